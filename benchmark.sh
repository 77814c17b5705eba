#!/usr/bin/env bash
# Benchmarks, each one command that prints a line per figure and writes target/benchmarks/NAME.json.
#
#   ./benchmark.sh import [ROWS]   the historical survey import: ROWS rows (default 200000) of the study
#                                  questionnaire through the JSON API into a test server on PostgreSQL
#                                  (127.0.0.1:5432, trust authentication), against the goal of 100,000 rows
#                                  in under 30 s; prints rows per second and the server's peak heap.
#
#   ./benchmark.sh start [RUNS]    the run command (./run.sh --detach) to "login ready" (the sign-in page of Keycloak
#                                  reached from the application), against Keycloak's start alone and Payara's start
#                                  plus deploy alone; RUNS timed runs of each (default 10) after one warm-up run.
#                                  Uses the run command's ports (8080, 4848, 8180): stop a running product first.
#
#   ./benchmark.sh report [TRAINEES]
#                                  the cross-programme comparison (every programme by cohort and wave, every indicator,
#                                  intervals, suppression, outlier flags) through the JSON API of a test server on
#                                  PostgreSQL, after generating the national dataset with TRAINEES per intake (default
#                                  70000: 16 deaneries, 65 specialties, 210,000 trainees, 420,000 responses) into its
#                                  database; against a hand-written PostgreSQL aggregate of the same counts.
#
#   ./benchmark.sh pages [RUNS] [SECONDS]
#                                  100 trainees with Keycloak accounts of their own sign in through Keycloak's form,
#                                  then open a survey, save a draft and submit it, wave after wave, all at once for
#                                  SECONDS (default 30), against the same users opening a trivial Faces page on the
#                                  same server (Gatling, in a JVM of its own); RUNS timed pairs (default 10) after one
#                                  warm-up pair, on PostgreSQL. Also writes memory.json: the server's heap after a full
#                                  collection at the end of the load.
#
#   ./benchmark.sh dataset JDBC_URL [TRAINEES] [SEED]
#                                  only the national dataset, into a PostgreSQL database the product has started on
#                                  once (it migrates the schema and loads the questionnaire); PGUSER and PGPASSWORD
#                                  give the credentials (default user postgres).
#
# The import, report and pages benchmarks build the product, start Keycloak and a test Payara domain of their own (ports
# 20000 and up) and stop them afterwards; nothing else may use those ports meanwhile.
set -euo pipefail
cd "$(dirname "$0")"

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
now() { date +%s.%N; }
since() { awk -v now="$(now)" -v then="$1" 'BEGIN { print now - then }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The sign-in page of Keycloak, reached from a page of the application that needs a signed-in user.
login_ready() {
    for _ in $(seq 1 120); do
        if curl -fsSL --max-time 5 "http://localhost:8080/reports/prevalence.xhtml" 2>/dev/null | grep -q 'kc-form-login'; then
            return 0
        fi
        sleep 0.25
    done
    echo "The sign-in page was not reached within 30 s" >&2
    return 1
}

start_benchmark() {
    local runs="$1" out=system-tests/target/benchmarks keycloak_home=ear/target/keycloak/keycloak-26.7.3 t i
    mkdir -p "$out"
    ./run.sh stop >/dev/null 2>&1 || true
    echo "Warm-up: the first run builds the application, creates the domain, imports the realm, loads the demo data"
    ./run.sh --detach >/dev/null
    login_ready
    ./run.sh stop >/dev/null
    : >"$out/start-runs.txt"
    for i in $(seq 1 "$runs"); do
        t=$(now)
        bash config/keycloak/keycloak.sh start "$keycloak_home" 8180 >/dev/null
        local keycloak_s
        keycloak_s=$(since "$t")
        bash config/keycloak/keycloak.sh stop "$keycloak_home" >/dev/null

        t=$(now)
        WELFARE_OIDC_ISSUER=http://localhost:8180/realms/deanery ./run.sh --detach >/dev/null
        local payara_s
        payara_s=$(since "$t")
        ./run.sh stop >/dev/null

        t=$(now)
        ./run.sh --detach >/dev/null
        login_ready
        local run_s
        run_s=$(since "$t")
        ./run.sh stop >/dev/null
        echo "$run_s $keycloak_s $payara_s" >>"$out/start-runs.txt"
        printf 'start run %d: run command %.1f s, Keycloak alone %.1f s, Payara and deploy alone %.1f s\n' \
            "$i" "$run_s" "$keycloak_s" "$payara_s"
    done
    local run_median keycloak_median payara_median floor ratio
    run_median=$(awk '{ print $1 }' "$out/start-runs.txt" | median)
    keycloak_median=$(awk '{ print $2 }' "$out/start-runs.txt" | median)
    payara_median=$(awk '{ print $3 }' "$out/start-runs.txt" | median)
    floor=$(printf '%s\n%s\n' "$keycloak_median" "$payara_median" | sort -g | tail -1)
    ratio=$(awk -v a="$run_median" -v b="$floor" 'BEGIN { print a / b }')
    printf 'start median_s %.2f\n' "$run_median"
    printf 'start keycloak_median_s %.2f\n' "$keycloak_median"
    printf 'start payara_median_s %.2f\n' "$payara_median"
    printf 'start floor_median_s %.2f (the slower of the two)\n' "$floor"
    printf 'start ratio %.2f (goal 1.2)\n' "$ratio"
    printf '{"median_s": %.2f, "floor_median_s": %.2f, "ratio": %.2f, "keycloak_median_s": %.2f, "payara_median_s": %.2f, "runs": %d, "goal": "ratio <= 1.2", "goal_met": %s}\n' \
        "$run_median" "$floor" "$ratio" "$keycloak_median" "$payara_median" "$runs" \
        "$(awk -v r="$ratio" 'BEGIN { print (r <= 1.2) ? "true" : "false" }')" >"$out/start.json"
    echo "Wrote $out/start.json:"
    cat "$out/start.json"
}

# Builds the product and runs one benchmark test against a test server of its own; prints its figures.
system_test() {
    local name="$1" test="$2" profiles="$3" json=system-tests/target/benchmarks/$1.json
    shift 3
    rm -f "$json"
    ./mvnw -B -q install -DskipTests -DskipITs
    ./mvnw -B verify -pl system-tests -P"$profiles" \
        -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test="$test" "$@" \
        | grep -E "^($name|memory|national-dataset) |Tests run:|BUILD|ERROR" || true
    if [[ ! -s "$json" ]]; then
        echo "The benchmark did not finish; see system-tests/target/failsafe-reports." >&2
        exit 1
    fi
    for written in "$json" system-tests/target/benchmarks/memory.json; do
        if [[ "$written" == "$json" || ( "$name" == pages && -s "$written" ) ]]; then
            echo "Wrote $written:"
            cat "$written"
        fi
    done
}

name="${1:-}"
case "$name" in
    import)
        system_test historical-import HistoricalImportBenchmarkIT postgresql -Dbenchmark.rows="${2:-200000}"
        ;;
    report)
        system_test report NationalReportBenchmarkIT postgresql,national -Dnational.trainees="${2:-70000}"
        ;;
    pages)
        rm -f system-tests/target/benchmarks/memory.json
        system_test pages PagesBenchmarkIT postgresql,national -Dpages.runs="${2:-10}" -Dpages.seconds="${3:-30}"
        ;;
    dataset)
        [ $# -ge 2 ] || { usage; exit 2; }
        ./mvnw -B -q install -DskipTests -DskipITs
        ./mvnw -B -q test-compile exec:java -pl system-tests -Dexec.classpathScope=test \
            -Dexec.mainClass=uk.deanery.welfare.benchmarks.national.NationalDataset \
            -Dexec.args="$2 ${3:-70000} ${4:-12}"
        ;;
    start)
        runs="${2:-10}"
        start_benchmark "$runs"
        ;;
    *)
        usage
        exit 2
        ;;
esac
