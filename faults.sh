#!/usr/bin/env bash
# Fault tests (issue 12), each one command that prints what it counted and fails when anything is lost. Each builds
# the product and runs against a test server of its own on PostgreSQL (127.0.0.1:5432, trust authentication), with
# Keycloak, on ports 20000 and up; nothing else may use those ports meanwhile.
#
#   ./faults.sh changes   1,000 concurrent status changes to one concern by deanery admins, 16 at a time, each with
#                         the version it read: prints the changes acknowledged, stored, told (refused as a concurrent
#                         change) and lost, and writes system-tests/target/faults/concurrent-changes.json. Fails if a
#                         change is lost, stored though refused, or fails other than as a concurrent change.
#
#   ./faults.sh keycloak  every demo user signed in and opening their pages while Keycloak is stopped for 6 s and
#                         started again: prints pages opened and failed, sign-ins tried while it was down and how many
#                         got the "Sign-in service unavailable" page (and how fast), and how long sign-in took to work
#                         again; writes system-tests/target/faults/keycloak-stop.json.
#
#   ./faults.sh postgresql
#                         20 trainees opening, saving and submitting surveys for 40 s (Gatling) while PostgreSQL is
#                         restarted (pg_ctlcluster restart -m fast: needs root or the postgres user): prints requests
#                         and failures, the error window, submissions acknowledged (and after the restart), stored and
#                         lost; writes system-tests/target/faults/postgresql-restart.json. Fails if an acknowledged
#                         submission is lost, requests fail for 10 s or more, or nothing is acknowledged after it.
set -euo pipefail
cd "$(dirname "$0")"

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

# Builds the product and runs one fault test; prints its figures and ends with the test's outcome.
fault_test() {
    local name="$1" test="$2" profiles="$3" json=system-tests/target/faults/$1.json status=0
    rm -f "$json"
    ./mvnw -B -q install -DskipTests -DskipITs
    ./mvnw -B verify -pl system-tests -P"$profiles" \
        -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test="$test" \
        >"system-tests/target/faults-$name.log" 2>&1 || status=$?
    grep -E "^$name |Tests run:|BUILD|\[ERROR\] +[A-Za-z]" "system-tests/target/faults-$name.log" || true
    if [[ -s "$json" ]]; then
        echo "Wrote $json:"
        cat "$json"
    fi
    if [[ $status -ne 0 ]]; then
        echo "The fault test failed; see system-tests/target/faults-$name.log and system-tests/target/failsafe-reports." >&2
    fi
    return "$status"
}

case "${1:-}" in
    changes)
        fault_test concurrent-changes ConcurrentChangesFaultIT postgresql
        ;;
    keycloak)
        fault_test keycloak-stop KeycloakStopFaultIT postgresql
        ;;
    postgresql)
        fault_test postgresql-restart PostgresRestartFaultIT postgresql,national
        ;;
    *)
        usage
        exit 2
        ;;
esac
