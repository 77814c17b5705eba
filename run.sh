#!/usr/bin/env bash
# Runs the whole product on this machine: builds the EAR, provisions Payara Server and Keycloak into ear/target,
# starts Keycloak (http://localhost:8180, realm "deanery" with the demo users from config/keycloak) and a Payara
# domain configured from config/payara, deploys the application at http://localhost:8080/ (schema migrations
# and, on an empty database, the demo data run at startup) and waits. Ctrl-C stops both.
#
#   ./run.sh            build, start, deploy, wait (Ctrl-C stops everything it started)
#   ./run.sh --detach   the same, but return once the application is up
#   ./run.sh stop       stop what an earlier --detach run started
#
# Database: embedded H2 in data/h2 by default (kept between runs). For PostgreSQL set
#   WELFARE_DB_URL=jdbc:postgresql://HOST:5432/DB WELFARE_DB_USER=... WELFARE_DB_PASSWORD=... ./run.sh
# WELFARE_DEMO_DATA=false skips the demo data. WELFARE_MAIL_HOST / WELFARE_MAIL_PORT send email through an SMTP
# server; without them, email is only kept in the outbox page. WELFARE_OIDC_ISSUER, WELFARE_OIDC_CLIENT_ID and
# WELFARE_OIDC_CLIENT_SECRET point the application at another OpenID provider (then no Keycloak is started).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
root="$PWD"
payara_home="$root/ear/target/payara/payara6"
keycloak_home="$root/ear/target/keycloak/keycloak-26.7.3"
keycloak_port=8180
domain=welfare
app_url="http://localhost:8080/"

stop_product() {
    echo "Stopping the welfare tracker..."
    bash "$root/config/payara/domain.sh" stop "$payara_home" "$domain"
    if [ -x "$keycloak_home/bin/kc.sh" ]; then
        bash "$root/config/keycloak/keycloak.sh" stop "$keycloak_home" >/dev/null 2>&1 || true
    fi
    echo "Stopped."
}

if [ "${1:-}" = "stop" ]; then
    stop_product
    exit 0
fi
detach=false
[ "${1:-}" = "--detach" ] && detach=true

# The build is skipped when the EAR is newer than every source, build file and configuration file (Maven takes some
# 20 s even when there is nothing to do); WELFARE_REBUILD=true builds anyway.
ear="$root/ear/target/welfare.ear"
if [ "${WELFARE_REBUILD:-false}" != "true" ] && [ -f "$ear" ] && [ -x "$keycloak_home/bin/kc.sh" ] \
    && [ -x "$payara_home/bin/asadmin" ] \
    && [ -z "$(find "$root/pom.xml" "$root"/*/pom.xml "$root"/*/src/main "$root/config" -newer "$ear" -print -quit)" ]; then
    echo "The application is built and up to date (WELFARE_REBUILD=true builds it again)."
else
    echo "Building the application, provisioning Payara and Keycloak (the first run downloads ~500 MB)..."
    ./mvnw -B -q -Prun -DskipTests -Dspotless.check.skip=true package -pl ear -am
fi
[ -x "$keycloak_home/bin/kc.sh" ] || { echo "Keycloak was not provisioned at $keycloak_home" >&2; exit 1; }

if [ "${WELFARE_DEMO_DATA:-true}" = "false" ] && [ -z "${WELFARE_ADMIN_PASSWORD_FILE:-}" ]; then
    echo "Refusing to start without demo data while Payara's admin has no password: set WELFARE_ADMIN_PASSWORD_FILE" >&2
    echo "to a file with the line AS_ADMIN_PASSWORD=<password> (README, Running it for real)." >&2
    exit 1
fi
export WELFARE_DB_URL="${WELFARE_DB_URL:-jdbc:h2:file:$root/data/h2/welfare}"
export WELFARE_DRIVERS_DIR="$root/ear/target/drivers"
issuer="${WELFARE_OIDC_ISSUER:-http://localhost:$keycloak_port/realms/deanery}"
export WELFARE_CONFIG="welfare.demo-data=${WELFARE_DEMO_DATA:-true};welfare.oidc.issuer=$issuer;welfare.base-url=${app_url%/}"
if [ -n "${WELFARE_MAIL_HOST:-}" ]; then
    WELFARE_CONFIG="$WELFARE_CONFIG;welfare.mail.host=$WELFARE_MAIL_HOST;welfare.mail.port=${WELFARE_MAIL_PORT:-25}"
fi
mkdir -p "$root/data"

# On Ctrl-C stop everything, even if the terminal (or a pipe such as "| tee") is already gone.
on_interrupt() {
    trap '' INT TERM PIPE
    set +e
    stop_product
    exit 0
}
if ! $detach; then
    trap on_interrupt INT TERM
fi
# Keycloak and Payara start side by side: neither needs the other until someone signs in.
keycloak_pid=""
# Its very first start builds and imports the realm while Payara starts beside it: on 2 cores that can take minutes.
export KEYCLOAK_START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-300}"
if [ -z "${WELFARE_OIDC_ISSUER:-}" ]; then
    echo "Starting Keycloak on http://localhost:$keycloak_port (first start imports the realm, ~40 s)..."
    bash "$root/config/keycloak/keycloak.sh" start "$keycloak_home" "$keycloak_port" &
    keycloak_pid=$!
fi
bash "$root/config/payara/domain.sh" prepare "$payara_home" "$domain" default

echo "Deploying the application..."
if ! "$payara_home/bin/asadmin" --interactive=false deploy --force=true --name welfare "$ear" >/dev/null; then
    echo "Deployment failed; see $payara_home/glassfish/domains/$domain/logs/server.log" >&2
    exit 1
fi

for _ in $(seq 1 60); do
    if curl -fsS -o /dev/null "${app_url}index.xhtml"; then
        break
    fi
    sleep 1
done
if [ -n "$keycloak_pid" ] && ! wait "$keycloak_pid"; then
    echo "Keycloak did not start; see $keycloak_home/keycloak.log" >&2
    exit 1
fi

cat <<MSG

The welfare tracker is running.
  Log in at:     ${app_url}   (single sign-on through $issuer)
  Demo users:    trainee1, trainee2, supervisor1, tpd1, admin1, analyst1 (all with password "demo"; more in README.md)
  Reports:       ${app_url}reports/prevalence.xhtml   (as admin1, analyst1 or tpd1)
  JSON API:      ${app_url}api/v1/   (bearer token: client welfare-api, secret in README.md; OpenAPI at ${app_url}openapi)
  Mail sent:     ${app_url}admin/outbox.xhtml   (as admin1; no SMTP server unless WELFARE_MAIL_HOST is set)
  Database:      ${WELFARE_DB_URL%%;*}
  Server log:    ${payara_home#"$root"/}/glassfish/domains/$domain/logs/server.log
MSG

if $detach; then
    echo "Stop it with: ./run.sh stop"
    exit 0
fi
echo "Press Ctrl-C to stop."
tail -f /dev/null &
wait $!
