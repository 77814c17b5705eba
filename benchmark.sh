#!/usr/bin/env bash
# Benchmarks, each one command that prints a line per figure and writes target/benchmarks/NAME.json.
#
#   ./benchmark.sh import [ROWS]   the historical survey import: ROWS rows (default 200000) of the study
#                                  questionnaire through the JSON API into a test server on PostgreSQL
#                                  (127.0.0.1:5432, trust authentication), against the goal of 100,000 rows
#                                  in under 30 s; prints rows per second and the server's peak heap.
#
# Each run builds the product, starts Keycloak and a test Payara domain of its own (ports 20000 and up) and stops
# them afterwards; nothing else may use those ports meanwhile.
set -euo pipefail
cd "$(dirname "$0")"

name="${1:-}"
case "$name" in
    import)
        rows="${2:-200000}"
        ./mvnw -B -q install -DskipTests -DskipITs
        ./mvnw -B verify -pl system-tests -Ppostgresql \
            -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
            -Dit.test=HistoricalImportBenchmarkIT -Dbenchmark.rows="$rows" \
            | grep -E "^historical-import |Tests run:|BUILD|ERROR" || true
        json=system-tests/target/benchmarks/historical-import.json
        if [[ ! -s "$json" ]]; then
            echo "The benchmark did not finish; see system-tests/target/failsafe-reports." >&2
            exit 1
        fi
        echo "Wrote $json:"
        cat "$json"
        ;;
    *)
        sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
