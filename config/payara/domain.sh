#!/usr/bin/env bash
# Creates, configures, starts and stops a Payara domain from the files in this repository.
# Used by ./run.sh for the product domain and by system-tests/pom.xml for the test domain, so both are
# configured the same way.
#
#   domain.sh prepare PAYARA_HOME DOMAIN PORTBASE   create if missing, start, configure (idempotent)
#   domain.sh stop    PAYARA_HOME DOMAIN            stop if running
#
# PORTBASE "default" keeps Payara's own ports (HTTP 8080, admin 4848).
# Environment:
#   WELFARE_DB_URL       JDBC URL (jdbc:h2:file:... or jdbc:postgresql://...)   required for prepare
#   WELFARE_DB_USER      database user (PostgreSQL)
#   WELFARE_DB_PASSWORD  database password (PostgreSQL)
#   WELFARE_DRIVERS_DIR  directory whose *.jar files are copied into the domain's lib/ (the PostgreSQL driver)
#   WELFARE_CONFIG       MicroProfile Config properties stored in the domain: "key=value", separated by ; or newlines
#   WELFARE_ADMIN_PASSWORD_FILE  an asadmin password file (a line AS_ADMIN_PASSWORD=...): the domain's admin user
#                        "admin" gets that password when the domain is created, and every asadmin call uses it.
#                        Without it the admin has no password, which only the demo and the tests may use (the
#                        admin listener is on 127.0.0.1 either way).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

die() { echo "domain.sh: $*" >&2; exit 1; }

# The admin credentials every asadmin call passes: the password file when there is one.
auth=()
if [ -n "${WELFARE_ADMIN_PASSWORD_FILE:-}" ]; then
    [ -r "$WELFARE_ADMIN_PASSWORD_FILE" ] || die "WELFARE_ADMIN_PASSWORD_FILE $WELFARE_ADMIN_PASSWORD_FILE is not readable"
    grep -q '^AS_ADMIN_PASSWORD=.' "$WELFARE_ADMIN_PASSWORD_FILE" \
        || die "WELFARE_ADMIN_PASSWORD_FILE needs a line AS_ADMIN_PASSWORD=<the password>"
    auth=(--user admin --passwordfile "$WELFARE_ADMIN_PASSWORD_FILE")
fi

asadmin_for() {
    local home="$1" admin_port="$2"
    shift 2
    "$home/bin/asadmin" --interactive=false "${auth[@]}" --host localhost --port "$admin_port" "$@"
}

admin_port_of() {
    local portbase="$1"
    if [ "$portbase" = "default" ]; then echo 4848; else echo $((portbase + 48)); fi
}

# asadmin separates pool properties with ':' and '='; inside a multimode file the escape itself needs escaping.
escape_property() {
    printf '%s' "$1" | sed -e 's/:/\\\\:/g' -e 's/=/\\\\=/g'
}

pool_commands() {
    local url="$WELFARE_DB_URL" class props validation
    case "$url" in
        jdbc:h2:*)
            class=org.h2.jdbcx.JdbcDataSource
            props="URL=$(escape_property "$url")"
            validation=org.glassfish.api.jdbc.validation.H2ConnectionValidation
            ;;
        jdbc:postgresql:*)
            class=org.postgresql.ds.PGSimpleDataSource
            props="URL=$(escape_property "$url")"
            validation=org.glassfish.api.jdbc.validation.PostgresConnectionValidation
            # Payara's pool refuses to connect without a password property, even where the server trusts.
            [ -n "${WELFARE_DB_USER:-}" ] || die "WELFARE_DB_USER is not set (needed for PostgreSQL)"
            [ -n "${WELFARE_DB_PASSWORD:-}" ] || die "WELFARE_DB_PASSWORD is not set (needed for PostgreSQL)"
            props="$props:user=$(escape_property "$WELFARE_DB_USER"):password=$(escape_property "$WELFARE_DB_PASSWORD")"
            # The driver sends a batch of inserts as multi-row inserts: one round trip for many rows.
            props="$props:reWriteBatchedInserts=true"
            ;;
        *) die "unsupported WELFARE_DB_URL '$url' (use jdbc:h2:file:... or jdbc:postgresql://...)" ;;
    esac
    # Each connection is checked with the database's own validation query as it is taken from the pool; the first one
    # found dead (the database restarted) closes all the others, and new ones are retried once a second for 20 s, so
    # the pool reconnects by itself (./faults.sh postgresql).
    cat <<CMDS
create-jdbc-connection-pool --datasourceclassname $class --restype javax.sql.DataSource --steadypoolsize 2 --maxpoolsize 20 --isconnectvalidatereq=true --validationmethod custom-validation --validationclassname $validation --failconnection=true --creationretryattempts 20 --creationretryinterval 1 --property $props welfare-pool
create-jdbc-resource --connectionpoolid welfare-pool jdbc/welfare
CMDS
}

prepare() {
    local home="$1" domain="$2" portbase="$3"
    [ -x "$home/bin/asadmin" ] || die "no Payara at $home (the build provisions it)"
    [ -n "${WELFARE_DB_URL:-}" ] || die "WELFARE_DB_URL is not set"
    local admin_port domain_dir
    admin_port="$(admin_port_of "$portbase")"
    domain_dir="$home/glassfish/domains/$domain"

    if [ ! -d "$domain_dir" ]; then
        echo "Creating Payara domain '$domain'"
        # With a password file the admin user gets its password; without one, none (demo and tests only).
        local no_password=(--nopassword=true)
        [ ${#auth[@]} -eq 0 ] || no_password=()
        if [ "$portbase" = "default" ]; then
            "$home/bin/asadmin" --interactive=false "${auth[@]}" create-domain "${no_password[@]}" "$domain" >/dev/null
        else
            "$home/bin/asadmin" --interactive=false "${auth[@]}" create-domain "${no_password[@]}" --portbase "$portbase" \
                "$domain" >/dev/null
        fi
    fi
    # A driver added to lib/ is only seen after a (re)start.
    local drivers_added=false jar
    if [ -n "${WELFARE_DRIVERS_DIR:-}" ]; then
        for jar in "$WELFARE_DRIVERS_DIR"/*.jar; do
            [ -f "$jar" ] || continue
            if ! cmp -s "$jar" "$domain_dir/lib/$(basename "$jar")"; then
                cp -f "$jar" "$domain_dir/lib/"
                drivers_added=true
            fi
        done
    fi

    if ! "$home/bin/asadmin" list-domains 2>/dev/null | grep -q "^$domain running"; then
        echo "Starting Payara domain '$domain'"
        "$home/bin/asadmin" --interactive=false "${auth[@]}" start-domain "$domain" >/dev/null
    elif [ "$drivers_added" = true ]; then
        echo "Restarting Payara domain '$domain' to load new JDBC drivers"
        "$home/bin/asadmin" --interactive=false "${auth[@]}" restart-domain "$domain" >/dev/null
    fi

    # A deployment left behind by an interrupted run would block the next one (tests deploy under the same name).
    asadmin_for "$home" "$admin_port" undeploy welfare >/dev/null 2>&1 || true
    # Recreate the pool every time, so a changed database URL takes effect; the first delete fails harmlessly.
    asadmin_for "$home" "$admin_port" delete-jdbc-connection-pool --cascade=true welfare-pool >/dev/null 2>&1 || true
    local commands
    commands="$(mktemp)"
    {
        pool_commands
        cat "$here/domain.asadmin"
        if [ -n "${WELFARE_CONFIG:-}" ]; then
            while IFS='=' read -r key value; do
                [ -n "$key" ] || continue
                echo "set-config-property --source=domain --propertyName=$key --propertyValue=$value"
            done < <(tr ';' '\n' <<<"$WELFARE_CONFIG")
        fi
    } >"$commands"
    if ! asadmin_for "$home" "$admin_port" multimode --file "$commands" >"$commands.out" 2>&1 \
        || grep -q 'failed\.' "$commands.out"; then
        cat "$commands.out" >&2
        rm -f "$commands" "$commands.out"
        die "configuring domain '$domain' failed"
    fi
    rm -f "$commands" "$commands.out"
    if ! asadmin_for "$home" "$admin_port" ping-connection-pool welfare-pool >/dev/null 2>&1; then
        die "the database at $WELFARE_DB_URL cannot be reached from Payara (see $domain_dir/logs/server.log)"
    fi
    echo "Payara domain '$domain' is running (admin port $admin_port)"
}

stop() {
    local home="$1" domain="$2" port
    [ -x "$home/bin/asadmin" ] || return 0
    # Undeploy first: on its next start the domain would otherwise load this deployment from files the next build
    # replaces, and log a failed deployment (SEVERE, with a stack trace) before the fresh one goes in.
    port=$(grep -o 'protocol="admin-listener" address="[^"]*" port="[0-9]*"' \
        "$home/glassfish/domains/$domain/config/domain.xml" 2>/dev/null | grep -o '[0-9]*"$' | tr -d '"' | head -n 1)
    if [ -n "$port" ]; then
        asadmin_for "$home" "$port" undeploy welfare >/dev/null 2>&1 || true
    fi
    "$home/bin/asadmin" --interactive=false "${auth[@]}" stop-domain "$domain" >/dev/null 2>&1 || true
}

case "${1:-}" in
    prepare) shift; [ $# -eq 3 ] || die "usage: domain.sh prepare PAYARA_HOME DOMAIN PORTBASE"; prepare "$@" ;;
    stop) shift; [ $# -eq 2 ] || die "usage: domain.sh stop PAYARA_HOME DOMAIN"; stop "$@" ;;
    *) die "usage: domain.sh prepare|stop ..." ;;
esac
