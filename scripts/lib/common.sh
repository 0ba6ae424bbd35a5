# Shared by scripts/prod-local.sh and scripts/two-nodes.sh (sourced, not run). Needs WORK set.

# A JDK of version 21 or newer: JAVA_HOME, Temurin 25, or any under /usr/lib/jvm.
java_home() {
  local candidate v
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -z "$candidate" ] || [ ! -x "$candidate/bin/java" ]; then continue; fi
    v=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
    [ -n "$v" ] && [ "${v%%.*}" -ge 21 ] && { echo "$candidate"; return 0; }
  done
  echo "No JDK 21+ found" >&2; return 1
}

# Whether the process whose pid is in WORK/NAME.pid is alive.
running() { [ -f "$WORK/$1.pid" ] && kill -0 "$(cat "$WORK/$1.pid")" 2>/dev/null; }

# Waits until the URL answers; with a pid name, gives up early when that process stopped.
wait_for() { # url seconds name pidname
  local url=$1 limit=$2 name=$3 start=$SECONDS
  until curl -sf -o /dev/null "$url"; do
    if [ -n "${4:-}" ] && ! running "$4"; then echo "$name stopped; see $WORK/$4.log" >&2; return 1; fi
    if (( SECONDS - start > limit )); then echo "$name did not answer at $url within ${limit}s" >&2; return 1; fi
    sleep 1
  done
  echo "$name ready after $((SECONDS - start))s"
}
