#!/usr/bin/env bash
# Writes a new Ariadne key file for ARIADNE_KEYSET_FILE: one AES-256-GCM key set (field
# encryption) and one HMAC-SHA256 PRF key set (blind indexes), in the layout the application reads
# (a properties file whose values are Base64-encoded Tink JSON key sets). Needs only python3.
#
#   scripts/new-keyset.sh FILE
#
# It refuses to overwrite an existing file: replacing the key file makes every encrypted field
# unreadable. Back the new file up at once, apart from the database backups.
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 FILE" >&2; exit 2; }
file=$1
if [ -e "$file" ]; then
  echo "$file exists; not overwriting a key file (encrypted data would become unreadable)" >&2
  exit 1
fi
mkdir -p "$(dirname "$file")"
umask 077

python3 - "$file" <<'PY'
import base64, json, secrets, sys

def key_id():
    return secrets.randbelow(2**31 - 1) + 1

def keyset(type_url, serialized_key, prefix):
    kid = key_id()
    return {
        "primaryKeyId": kid,
        "key": [{
            "keyData": {
                "typeUrl": "type.googleapis.com/google.crypto.tink." + type_url,
                "value": base64.b64encode(serialized_key).decode("ascii"),
                "keyMaterialType": "SYMMETRIC",
            },
            "status": "ENABLED",
            "keyId": kid,
            "outputPrefixType": prefix,
        }],
    }

# Protobuf wire format, written out by hand because the messages are tiny:
# AesGcmKey { version = 0; key_value (field 3) = 32 random bytes }
aes_gcm = bytes([0x1A, 32]) + secrets.token_bytes(32)
# HmacPrfKey { version = 0; params (field 2) = { hash (field 1) = SHA256 (3) }; key_value (field 3) }
hmac_prf = bytes([0x12, 2, 0x08, 3, 0x1A, 32]) + secrets.token_bytes(32)

def encoded(ks):
    return base64.b64encode(json.dumps(ks, separators=(",", ":")).encode("utf-8")).decode("ascii")

with open(sys.argv[1], "x", encoding="utf-8") as out:
    out.write("# Ariadne key sets (Tink). Secret: back up, never commit, never put beside DB backups.\n")
    out.write("aead=" + encoded(keyset("AesGcmKey", aes_gcm, "TINK")) + "\n")
    out.write("prf=" + encoded(keyset("HmacPrfKey", hmac_prf, "RAW")) + "\n")
PY
echo "Wrote $file (mode 600). Back it up now, apart from the database backups."
