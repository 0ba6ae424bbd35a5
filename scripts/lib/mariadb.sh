# Shared by scripts/prod-local.sh and scripts/two-nodes.sh (sourced, not run): a MariaDB server of
# Debian's package in a folder of its own, on loopback, with the application's database and user.
# Needs WORK, DB_DIR, DB_SOCKET and DB_PORT set, and the caller's running() (is WORK/NAME.pid alive).

# Starts mariadbd with any extra server options given, waits until it answers, creates the database
# `ariadne` and the user ariadne/ariadne-local (both kept when they exist).
mariadb_start() {
  if [ ! -d "$DB_DIR/mysql" ]; then
    mkdir -p "$DB_DIR"
    mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$DB_DIR" \
      --auth-root-authentication-method=normal > "$WORK/mariadb-install.log" 2>&1
  fi
  nohup /usr/sbin/mariadbd --no-defaults --user="$(id -un)" --datadir="$DB_DIR" --socket="$DB_SOCKET" \
    --port="$DB_PORT" --bind-address=127.0.0.1 --pid-file="$WORK/mariadbd.pid" --tmpdir="$WORK" "$@" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci > "$WORK/mariadb.log" 2>&1 &
  echo $! > "$WORK/mariadb.pid"
  local start=$SECONDS
  until mariadb --no-defaults -uroot --socket="$DB_SOCKET" -e "SELECT 1" >/dev/null 2>&1; do
    running mariadb || { echo "MariaDB stopped; see $WORK/mariadb.log" >&2; return 1; }
    (( SECONDS - start > 60 )) && { echo "MariaDB did not answer within 60s" >&2; return 1; }
    sleep 1
  done
  mariadb --no-defaults -uroot --socket="$DB_SOCKET" <<SQL
CREATE DATABASE IF NOT EXISTS ariadne CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'ariadne'@'127.0.0.1' IDENTIFIED BY 'ariadne-local';
GRANT ALL PRIVILEGES ON ariadne.* TO 'ariadne'@'127.0.0.1';
SQL
  echo "MariaDB ready on 127.0.0.1:$DB_PORT after $((SECONDS - start))s (database ariadne, user ariadne/ariadne-local)"
}
