#!/usr/bin/env bash
# Runs the product as a Payara deployment group of two instances on this machine, on one PostgreSQL database
# (issue 12; README, "Past one machine"). The two-instance tests use it: ./mvnw verify -Ppostgresql,cluster.
#
#   cluster.sh prepare PAYARA_HOME DOMAIN PORTBASE   the domain (domain.sh prepare), then the deployment group
#                                                    welfare-dg with instances welfare-1 (ports PORTBASE+100...) and
#                                                    welfare-2 (PORTBASE+200...), started; a domain of that name made
#                                                    before is stopped and made again from nothing
#   cluster.sh deploy  PAYARA_HOME DOMAIN PORTBASE EAR   deploy EAR to the group, with availability (session
#                                                    replication) enabled
#   cluster.sh stop    PAYARA_HOME DOMAIN PORTBASE   stop the group, then the domain
#
# Environment as for domain.sh; WELFARE_DB_URL must be jdbc:postgresql://HOST:PORT/DB (an embedded database cannot
# be shared by two instances). psql must be on the PATH: the EJB timer service keeps its table in a schema of its
# own, ejb_timers, created here (in the application's schema Flyway would find a table it did not make, and stop).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
group=welfare-dg
config=welfare-dg-config
instances=(welfare-1 welfare-2)

die() { echo "cluster.sh: $*" >&2; exit 1; }

asadmin_at() {
    local home="$1" admin_port="$2"
    shift 2
    local auth=()
    [ -z "${WELFARE_ADMIN_PASSWORD_FILE:-}" ] || auth=(--user admin --passwordfile "$WELFARE_ADMIN_PASSWORD_FILE")
    "$home/bin/asadmin" --interactive=false "${auth[@]}" --host localhost --port "$admin_port" "$@"
}

# The database's host, port and name, from its JDBC URL.
database_of() {
    [[ "${WELFARE_DB_URL:-}" =~ ^jdbc:postgresql://([^:/]+)(:([0-9]+))?/([^?]+) ]] \
        || die "WELFARE_DB_URL must be jdbc:postgresql://HOST:PORT/DB for a deployment group (got '${WELFARE_DB_URL:-}')"
    db_host="${BASH_REMATCH[1]}"
    db_port="${BASH_REMATCH[3]:-5432}"
    db_name="${BASH_REMATCH[4]}"
}

escape_property() {
    printf '%s' "$1" | sed -e 's/:/\\:/g' -e 's/=/\\=/g'
}

prepare() {
    local home="$1" domain="$2" portbase="$3" port
    database_of
    command -v psql >/dev/null || die "psql is needed to create the timer service's schema"
    PGPASSWORD="${WELFARE_DB_PASSWORD:-}" psql -q -h "$db_host" -p "$db_port" -U "$WELFARE_DB_USER" -d "$db_name" \
        -c 'CREATE SCHEMA IF NOT EXISTS ejb_timers' >/dev/null

    # A group made before is made again from nothing: domain.sh configures a domain through the instances of its
    # group, and fails on one whose instances are stopped (the commands are not replicated to them).
    if [ -d "$home/glassfish/domains/$domain" ]; then
        stop "$home" "$domain" "$portbase"
        "$home/bin/asadmin" --interactive=false delete-domain "$domain" >/dev/null
        rm -rf "$home/glassfish/nodes/localhost-$domain"
    fi
    bash "$here/domain.sh" prepare "$home" "$domain" "$portbase"
    port=$((portbase + 48))
    # The data grid carries the replicated sessions; domain.asadmin turns it off for a single server.
    asadmin_at "$home" "$port" set-hazelcast-configuration --enabled=true --dynamic=true >/dev/null
    if ! asadmin_at "$home" "$port" list-deployment-groups | grep -q "^$group\b"; then
        asadmin_at "$home" "$port" create-deployment-group "$group" >/dev/null
    fi
    if ! asadmin_at "$home" "$port" list-configs | grep -q "^$config$"; then
        asadmin_at "$home" "$port" copy-config default-config "$config" >/dev/null
    fi
    # Timers on the shared database, never the embedded __TimerPool.
    asadmin_at "$home" "$port" delete-jdbc-connection-pool --cascade=true welfare-timer-pool >/dev/null 2>&1 || true
    asadmin_at "$home" "$port" create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
        --restype javax.sql.DataSource \
        --property "URL=$(escape_property "jdbc:postgresql://$db_host:$db_port/$db_name"):user=$(escape_property \
            "$WELFARE_DB_USER"):password=$(escape_property "$WELFARE_DB_PASSWORD"):currentSchema=ejb_timers" \
        welfare-timer-pool >/dev/null
    asadmin_at "$home" "$port" create-jdbc-resource --connectionpoolid welfare-timer-pool --target "$group" \
        jdbc/welfare-timers >/dev/null
    asadmin_at "$home" "$port" set \
        "configs.config.$config.ejb-container.ejb-timer-service.timer-datasource=jdbc/welfare-timers" >/dev/null
    local i=0 instance node
    node="localhost-$domain"
    for instance in "${instances[@]}"; do
        i=$((i + 1))
        if ! asadmin_at "$home" "$port" list-instances | grep -q "^$instance\b"; then
            asadmin_at "$home" "$port" create-instance --node "$node" --config "$config" \
                --portbase $((portbase + 100 * i)) "$instance" >/dev/null
            asadmin_at "$home" "$port" add-instance-to-deployment-group --instance "$instance" \
                --deploymentgroup "$group" >/dev/null
        fi
    done
    # domain.sh recreated the application's pool, which dropped its reference from the group.
    asadmin_at "$home" "$port" create-resource-ref --target "$group" jdbc/welfare >/dev/null 2>&1 || true
    asadmin_at "$home" "$port" start-deployment-group "$group" >/dev/null
    echo "Deployment group $group is running: ${instances[*]} on http://localhost:$((portbase + 180))/ and" \
        "http://localhost:$((portbase + 280))/"
}

deploy() {
    local home="$1" domain="$2" portbase="$3" ear="$4"
    [ -f "$ear" ] || die "no EAR at $ear"
    asadmin_at "$home" $((portbase + 48)) deploy --force=true --target "$group" --availabilityenabled=true \
        --name welfare "$ear" >/dev/null
}

stop() {
    local home="$1" domain="$2" portbase="$3"
    # Instance by instance, each given a minute: stop-deployment-group waits without end for an instance that was
    # killed (as the failover test does to welfare-1).
    local instance
    for instance in "${instances[@]}"; do
        timeout 60 "$home/bin/asadmin" --interactive=false \
            ${WELFARE_ADMIN_PASSWORD_FILE:+--user admin --passwordfile "$WELFARE_ADMIN_PASSWORD_FILE"} \
            --host localhost --port $((portbase + 48)) stop-instance --kill=true "$instance" >/dev/null 2>&1 || true
    done
    bash "$here/domain.sh" stop "$home" "$domain"
}

case "${1:-}" in
    prepare) shift; [ $# -eq 3 ] || die "usage: cluster.sh prepare PAYARA_HOME DOMAIN PORTBASE"; prepare "$@" ;;
    deploy) shift; [ $# -eq 4 ] || die "usage: cluster.sh deploy PAYARA_HOME DOMAIN PORTBASE EAR"; deploy "$@" ;;
    stop) shift; [ $# -eq 3 ] || die "usage: cluster.sh stop PAYARA_HOME DOMAIN PORTBASE"; stop "$@" ;;
    *) die "usage: cluster.sh prepare|deploy|stop ..." ;;
esac
