#!/usr/bin/env bash
# Runs Ariadne's prod profile on this machine without Docker: Keycloak 26.7.3 from Maven Central
# with the realm in docker/keycloak, MariaDB from Debian's package, and the application jar.
# Everything listens on 127.0.0.1; state, logs and PIDs live under target/e2e/.
#
#   scripts/prod-local.sh start            Keycloak, MariaDB, then the app (build the jar first:
#                                          ./mvnw -Pproduction -DskipTests package)
#   scripts/prod-local.sh start-keycloak | start-db | start-app | stop | status
set -euo pipefail
cd "$(dirname "$0")/.."

KEYCLOAK_VERSION=26.7.3
KC_PORT=${KC_PORT:-8180}
DB_PORT=${DB_PORT:-3307}
APP_PORT=${APP_PORT:-8080}
WORK=target/e2e
KC_HOME=$WORK/keycloak-$KEYCLOAK_VERSION
DB_DIR=$WORK/mariadb
mkdir -p "$WORK"

java_home() {
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    v=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
    [ -n "$v" ] && [ "${v%%.*}" -ge 21 ] && { echo "$candidate"; return 0; }
  done
  echo "No JDK 21+ found" >&2; return 1
}
export JAVA_HOME=${JAVA_HOME_OVERRIDE:-$(java_home)}

wait_for() { # url seconds name
  local url=$1 limit=$2 name=$3 start=$SECONDS
  until curl -sf -o /dev/null "$url"; do
    if (( SECONDS - start > limit )); then echo "$name did not answer at $url within ${limit}s" >&2; return 1; fi
    sleep 1
  done
  echo "$name ready after $((SECONDS - start))s"
}

running() { [ -f "$WORK/$1.pid" ] && kill -0 "$(cat "$WORK/$1.pid")" 2>/dev/null; }

start_keycloak() {
  running keycloak && { echo "Keycloak already running"; return 0; }
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    # Cached in the local Maven repository, so CI downloads it once.
    ./mvnw -q -B dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip \
      -DoutputDirectory="$WORK" -Dmdep.overWriteIfNewer=true
    (cd "$WORK" && unzip -q -o keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip && rm keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip)
  fi
  mkdir -p "$KC_HOME/data/import"
  cp docker/keycloak/ariadne-realm.json "$KC_HOME/data/import/"
  KC_BOOTSTRAP_ADMIN_USERNAME=kcadmin KC_BOOTSTRAP_ADMIN_PASSWORD=kcadmin-local \
    nohup "$KC_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --http-host=127.0.0.1 --import-realm \
      > "$WORK/keycloak.log" 2>&1 &
  echo $! > "$WORK/keycloak.pid"
  wait_for "http://127.0.0.1:$KC_PORT/realms/ariadne/.well-known/openid-configuration" 180 Keycloak
}

start_db() {
  running mariadb && { echo "MariaDB already running"; return 0; }
  if ! command -v mariadbd >/dev/null && [ ! -x /usr/sbin/mariadbd ]; then
    echo "Installing Debian's mariadb-server"
    apt-get update -qq && apt-get install -y -qq mariadb-server >/dev/null
  fi
  local bin=/usr/sbin/mariadbd
  if [ ! -d "$DB_DIR/mysql" ]; then
    mkdir -p "$DB_DIR"
    mariadb-install-db --no-defaults --user=root --datadir="$PWD/$DB_DIR" --auth-root-authentication-method=normal \
      > "$WORK/mariadb-install.log" 2>&1
  fi
  nohup "$bin" --no-defaults --user=root --datadir="$PWD/$DB_DIR" --socket="$PWD/$WORK/mariadb.sock" \
    --port="$DB_PORT" --bind-address=127.0.0.1 --pid-file="$PWD/$WORK/mariadbd.pid" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci > "$WORK/mariadb.log" 2>&1 &
  echo $! > "$WORK/mariadb.pid"
  for _ in $(seq 1 60); do
    mariadb --no-defaults -uroot --socket="$PWD/$WORK/mariadb.sock" -e "SELECT 1" >/dev/null 2>&1 && break
    sleep 1
  done
  mariadb --no-defaults -uroot --socket="$PWD/$WORK/mariadb.sock" <<SQL
CREATE DATABASE IF NOT EXISTS ariadne CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'ariadne'@'127.0.0.1' IDENTIFIED BY 'ariadne-local';
GRANT ALL PRIVILEGES ON ariadne.* TO 'ariadne'@'127.0.0.1';
SQL
  echo "MariaDB ready on 127.0.0.1:$DB_PORT"
}

start_app() {
  running app && { echo "Ariadne already running"; return 0; }
  local jar
  jar=$(ls target/ariadne-*.jar 2>/dev/null | grep -v plain | head -1 || true)
  [ -n "$jar" ] || { echo "No application jar: run ./mvnw -Pproduction -DskipTests package first" >&2; return 1; }
  SPRING_PROFILES_ACTIVE=prod \
  ARIADNE_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/ariadne" ARIADNE_DB_USER=ariadne ARIADNE_DB_PASSWORD=ariadne-local \
  ARIADNE_OIDC_ISSUER_URI="http://localhost:$KC_PORT/realms/ariadne" \
  ARIADNE_OIDC_CLIENT_ID=ariadne-web ARIADNE_OIDC_CLIENT_SECRET=ariadne-dev-secret \
  ARIADNE_BASE_URL="http://localhost:$APP_PORT" ARIADNE_BIND_ADDRESS=127.0.0.1 ARIADNE_PORT=$APP_PORT \
  ARIADNE_SECURE_COOKIE=false ARIADNE_DEMO_ENABLED=true ARIADNE_DATA_DIR="$PWD/$WORK/app-data" \
    nohup "$JAVA_HOME/bin/java" -jar "$jar" > "$WORK/app.log" 2>&1 &
  echo $! > "$WORK/app.pid"
  wait_for "http://127.0.0.1:$APP_PORT/actuator/health" 180 Ariadne
}

stop_one() {
  if running "$1"; then kill "$(cat "$WORK/$1.pid")" 2>/dev/null || true; fi
  rm -f "$WORK/$1.pid"
}

case "${1:-start}" in
  start-keycloak) start_keycloak ;;
  start-db) start_db ;;
  start-app) start_app ;;
  start) start_keycloak; start_db; start_app ;;
  stop) stop_one app; stop_one keycloak; stop_one mariadb; echo stopped ;;
  status) for s in keycloak mariadb app; do running $s && echo "$s: running" || echo "$s: stopped"; done ;;
  *) echo "usage: $0 start|start-keycloak|start-db|start-app|stop|status" >&2; exit 2 ;;
esac
