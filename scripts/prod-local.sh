#!/usr/bin/env bash
# Runs Ariadne's prod profile on this machine without Docker, for end-to-end tests: Keycloak
# 26.7.3 from Maven Central with the realm in docker/keycloak, MariaDB from Debian's package, and
# the application jar. Everything listens on 127.0.0.1; state, logs and PIDs live under target/e2e/.
#
#   scripts/prod-local.sh start            Keycloak, MariaDB, then the app (build the jar first:
#                                          ./mvnw -Pproduction -DskipTests package)
#   scripts/prod-local.sh start-keycloak | start-db | start-app | stop | status
#   scripts/prod-local.sh reset            stop, then delete target/e2e (Keycloak imports the realm
#                                          only into an empty database: reset after changing it)
#
# Demo users: see docker/keycloak/ariadne-realm.json (password ariadne-demo). A bearer token for
# the API: curl -d grant_type=password -d client_id=ariadne-cli -d username=admin \
#   -d password=ariadne-demo http://localhost:8180/realms/ariadne/protocol/openid-connect/token
set -euo pipefail
cd "$(dirname "$0")/.."

KEYCLOAK_VERSION=26.7.3
KC_PORT=${KC_PORT:-8180}
DB_PORT=${DB_PORT:-3307}
APP_PORT=${APP_PORT:-8080}
WORK=$PWD/target/e2e
KC_HOME=$WORK/keycloak-$KEYCLOAK_VERSION
DB_DIR=$WORK/mariadb
DB_SOCKET=$WORK/mariadb.sock
KEYSET=$WORK/ariadne-keys.properties
# Read by Keycloak (placeholders in the realm file) and by the application alike, so both agree.
export ARIADNE_BASE_URL=${ARIADNE_BASE_URL:-http://localhost:$APP_PORT}
export ARIADNE_OIDC_CLIENT_SECRET=${ARIADNE_OIDC_CLIENT_SECRET:-ariadne-dev-secret}
# The issuer in every token; fixed so that tokens fetched through 127.0.0.1 are accepted too.
ISSUER=http://localhost:$KC_PORT/realms/ariadne
mkdir -p "$WORK"


# shellcheck source=lib/common.sh
. scripts/lib/common.sh
# shellcheck source=lib/mariadb.sh
. scripts/lib/mariadb.sh

start_keycloak() {
  running keycloak && { echo "Keycloak already running"; return 0; }
  export JAVA_HOME=${JAVA_HOME_OVERRIDE:-$(java_home)}
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    # Resolved through the local Maven repository, so it is downloaded once per machine.
    ./mvnw -q -B dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip \
      -DoutputDirectory="$WORK" -Dmdep.overWriteIfNewer=true
    (cd "$WORK" && unzip -q -o keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip && rm keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip)
  fi
  mkdir -p "$KC_HOME/data/import"
  if [ -d "$KC_HOME/data/h2" ] && ! cmp -s docker/keycloak/ariadne-realm.json "$KC_HOME/data/import/ariadne-realm.json"; then
    echo "The realm file changed since Keycloak imported it; the running realm keeps the old settings ($0 reset imports it again)" >&2
  fi
  cp docker/keycloak/ariadne-realm.json "$KC_HOME/data/import/"
  KC_BOOTSTRAP_ADMIN_USERNAME=kcadmin KC_BOOTSTRAP_ADMIN_PASSWORD=kcadmin-local \
    nohup "$KC_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --http-host=127.0.0.1 \
      --hostname="http://localhost:$KC_PORT" --import-realm > "$WORK/keycloak.log" 2>&1 &
  echo $! > "$WORK/keycloak.pid"
  wait_for "$ISSUER/.well-known/openid-configuration" 180 Keycloak
}

start_db() {
  running mariadb && { echo "MariaDB already running"; return 0; }
  if [ ! -x /usr/sbin/mariadbd ]; then
    [ "$(id -u)" -eq 0 ] || { echo "mariadb-server is missing: install it (apt-get install mariadb-server) or run as root" >&2; return 1; }
    echo "Installing Debian's mariadb-server"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
  fi
  mariadb_start
}

start_app() {
  running app && { echo "Ariadne already running"; return 0; }
  export JAVA_HOME=${JAVA_HOME_OVERRIDE:-$(java_home)}
  local jar candidate
  jar=
  for candidate in target/ariadne-*.jar; do [ -f "$candidate" ] && jar=$candidate && break; done
  [ -n "$jar" ] || { echo "No application jar: run ./mvnw -Pproduction -DskipTests package first" >&2; return 1; }
  [ -f "$KEYSET" ] || scripts/new-keyset.sh "$KEYSET"
  SPRING_PROFILES_ACTIVE=prod \
  ARIADNE_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/ariadne" ARIADNE_DB_USER=ariadne ARIADNE_DB_PASSWORD=ariadne-local \
  ARIADNE_OIDC_ISSUER_URI="$ISSUER" ARIADNE_OIDC_CLIENT_ID=ariadne-web \
  ARIADNE_KEYSET_FILE="$KEYSET" ARIADNE_BIND_ADDRESS=127.0.0.1 ARIADNE_PORT=$APP_PORT \
  ARIADNE_SECURE_COOKIE=false ARIADNE_DEMO_ENABLED=true ARIADNE_DATA_DIR="$WORK/app-data" \
    nohup "$JAVA_HOME/bin/java" -jar "$jar" > "$WORK/app.log" 2>&1 &
  echo $! > "$WORK/app.pid"
  wait_for "http://127.0.0.1:$APP_PORT/actuator/health" 180 Ariadne
}

stop_one() { # name
  if running "$1"; then
    local pid
    pid=$(cat "$WORK/$1.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && { echo "$1 ($pid) still running after 30s" >&2; return 1; }
    echo "$1 stopped"
  fi
  rm -f "$WORK/$1.pid"
}

status() {
  local s
  for s in keycloak mariadb app; do
    if running $s; then echo "$s: running (pid $(cat "$WORK/$s.pid"))"; else echo "$s: stopped"; fi
  done
}

case "${1:-start}" in
  start-keycloak) start_keycloak ;;
  start-db) start_db ;;
  start-app) start_app ;;
  start) start_keycloak; start_db; start_app ;;
  stop) stop_one app; stop_one keycloak; stop_one mariadb ;;
  status) status ;;
  reset) stop_one app; stop_one keycloak; stop_one mariadb; rm -rf "$WORK"; echo "target/e2e removed" ;;
  *) echo "usage: $0 start|start-keycloak|start-db|start-app|stop|status|reset" >&2; exit 2 ;;
esac
