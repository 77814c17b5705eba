#!/usr/bin/env bash
# Local-development Keycloak for the welfare tracker (realm "deanery").
#
#   keycloak.sh start  KEYCLOAK_HOME [PORT]   start kc.sh start-dev in the background, import the realm
#                                             if absent, wait until the realm answers (idempotent)
#   keycloak.sh stop   KEYCLOAK_HOME          stop it (pid file; TERM, wait, then KILL)
#   keycloak.sh status KEYCLOAK_HOME [PORT]   exit 0 if running and the realm answers
#   keycloak.sh reset  KEYCLOAK_HOME          stop and delete the dev-file H2 database
#                                             (KEYCLOAK_HOME/data/h2), so the next start re-imports
#                                             realm-deanery.json
#
# KEYCLOAK_HOME is an unpacked keycloak-quarkus-dist 26.x, e.g.
#   mvn -q dependency:unpack -Dartifact=org.keycloak:keycloak-quarkus-dist:26.7.3:zip -DoutputDirectory=/tmp/kc
#   -> KEYCLOAK_HOME=/tmp/kc/keycloak-26.7.3
# PORT defaults to 8180. Issuer: http://localhost:PORT/realms/deanery (always use "localhost").
#
# The realm is imported only if it does not exist yet (Keycloak skips existing realms): after editing
# realm-deanery.json run "reset" (or delete KEYCLOAK_HOME/data/h2) and start again.
#
# Environment:
#   WELFARE_OIDC_CLIENT_SECRET  secret of client "welfare-tracker" (default welfare-dev-secret);
#   WELFARE_API_CLIENT_SECRET   secret of client "welfare-api" (default welfare-api-demo-secret);
#                               substituted into the realm file by Keycloak at import time only
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD  master admin (default admin/admin,
#                               LOCAL DEV ONLY; only used when the master realm is first created)
#   KEYCLOAK_START_TIMEOUT      seconds to wait for the realm (default 120)
#   JAVA_HOME / java on PATH    JDK 17+
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REALM_FILE="$SCRIPT_DIR/realm-deanery.json"
REALM=deanery
DEFAULT_PORT=8180

usage() {
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

die() { echo "keycloak.sh: $*" >&2; exit 1; }

[ $# -ge 2 ] || usage
CMD=$1
KC_HOME=${2%/}
PORT=${3:-$DEFAULT_PORT}
[[ "$PORT" =~ ^[0-9]+$ ]] || die "PORT must be a number: $PORT"

[ -x "$KC_HOME/bin/kc.sh" ] || die "$KC_HOME/bin/kc.sh not found - is KEYCLOAK_HOME an unpacked keycloak-quarkus-dist?"
KC_HOME=$(cd "$KC_HOME" && pwd)
PID_FILE="$KC_HOME/keycloak.pid"
LOG_FILE="$KC_HOME/keycloak.log"
PORT_FILE="$KC_HOME/keycloak.port"
WELL_KNOWN="http://localhost:$PORT/realms/$REALM/.well-known/openid-configuration"

running_pid() {
    # prints the pid if the pid file names a live process, else nothing
    [ -f "$PID_FILE" ] || return 1
    local pid
    pid=$(cat "$PID_FILE" 2>/dev/null || true)
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    echo "$pid"
}

realm_answers() {
    curl -fsS -o /dev/null --max-time 5 "$WELL_KNOWN" 2>/dev/null
}

port_in_use() {
    # true if something accepts TCP connections on localhost:PORT
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null
}

check_java() {
    local java=java
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; fi
    command -v "$java" >/dev/null 2>&1 || die "java not found (set JAVA_HOME or put a JDK 17+ on PATH)"
    local v
    v=$("$java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
    if [ -n "$v" ] && [ "$v" -lt 17 ]; then die "Keycloak 26 needs Java 17+, found $v ($java)"; fi
}

do_start() {
    local pid
    if pid=$(running_pid); then
        if realm_answers; then
            echo "Keycloak already running (pid $pid) on http://localhost:$PORT"
            return 0
        fi
        local other_port
        other_port=$(cat "$PORT_FILE" 2>/dev/null || echo "?")
        if [ "$other_port" != "$PORT" ]; then
            die "Keycloak from $KC_HOME is already running (pid $pid) on port $other_port, not $PORT; stop it first"
        fi
        echo "Keycloak (pid $pid) is running but not ready yet; waiting"
    else
        rm -f "$PID_FILE"
        if realm_answers; then
            echo "A Keycloak with realm '$REALM' already answers on http://localhost:$PORT (not started by this script for $KC_HOME); using it"
            return 0
        fi
        port_in_use && die "port $PORT is already in use by another process"
        check_java
        [ -f "$REALM_FILE" ] || die "realm file not found: $REALM_FILE"
        mkdir -p "$KC_HOME/data/import"
        cp "$REALM_FILE" "$KC_HOME/data/import/realm-deanery.json"
        if [ -d "$KC_HOME/data/h2" ]; then
            echo "Starting Keycloak on port $PORT (existing database $KC_HOME/data/h2: realm import skipped if realm exists)"
        else
            echo "Starting Keycloak on port $PORT (new database: importing realm '$REALM')"
        fi
        : > "$LOG_FILE"
        (
            cd "$KC_HOME"
            export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
            export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
            # setsid: own process group, so "stop" can signal the whole tree and a Ctrl-C in the
            # calling shell does not kill it
            # allow-concurrent-requests: brute-force detection stays on (the realm's settings), but a second
            # correct sign-in of the same person while the first is still in progress (a double click, two tabs,
            # two devices) is let through instead of being refused as "temporarily disabled".
            exec setsid "$KC_HOME/bin/kc.sh" start-dev \
                --http-port="$PORT" \
                --hostname="http://localhost:$PORT" \
                --import-realm \
                --spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true \
                </dev/null >>"$LOG_FILE" 2>&1
        ) &
        pid=$!
        echo "$pid" > "$PID_FILE"
        echo "$PORT" > "$PORT_FILE"
    fi

    local timeout=${KEYCLOAK_START_TIMEOUT:-120}
    local start=$SECONDS
    until realm_answers; do
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$PID_FILE" "$PORT_FILE"
            echo "keycloak.sh: Keycloak exited during startup. Last lines of $LOG_FILE:" >&2
            tail -n 40 "$LOG_FILE" >&2 || true
            exit 1
        fi
        if [ $((SECONDS - start)) -ge "$timeout" ]; then
            echo "keycloak.sh: realm '$REALM' did not answer at $WELL_KNOWN within ${timeout}s (pid $pid still running; 'keycloak.sh stop $KC_HOME' to stop it). Last lines of $LOG_FILE:" >&2
            tail -n 40 "$LOG_FILE" >&2 || true
            exit 1
        fi
        sleep 1
    done
    echo "Keycloak ready after $((SECONDS - start))s (pid $pid): issuer http://localhost:$PORT/realms/$REALM, admin console http://localhost:$PORT/admin/ , log $LOG_FILE"
}

do_stop() {
    local pid
    if ! pid=$(running_pid); then
        echo "Keycloak not running (no live pid in $PID_FILE)"
        rm -f "$PID_FILE" "$PORT_FILE"
        return 0
    fi
    echo "Stopping Keycloak (pid $pid)"
    # pid is the leader of its own process group (setsid): signal the group (kc.sh + java)
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    local i
    for i in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "Keycloak did not stop after 30s; sending KILL"
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
        sleep 1
    fi
    rm -f "$PID_FILE" "$PORT_FILE"
    echo "Keycloak stopped"
}

do_status() {
    local pid
    if pid=$(running_pid); then
        if realm_answers; then
            echo "running (pid $pid), realm '$REALM' answers at http://localhost:$PORT/realms/$REALM"
            return 0
        fi
        echo "process running (pid $pid, port $(cat "$PORT_FILE" 2>/dev/null || echo '?')) but realm '$REALM' does not answer on port $PORT"
        return 1
    fi
    if realm_answers; then
        echo "not started by this script for $KC_HOME, but realm '$REALM' answers on port $PORT"
        return 0
    fi
    echo "not running"
    return 3
}

do_reset() {
    do_stop
    rm -rf "$KC_HOME/data/h2"
    echo "Deleted $KC_HOME/data/h2; the next start re-imports realm '$REALM'"
}

case "$CMD" in
    start)  do_start ;;
    stop)   do_stop ;;
    status) do_status ;;
    reset)  do_reset ;;
    *)      usage ;;
esac
