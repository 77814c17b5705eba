#!/usr/bin/env bash
# Signs in the demo users at the same moment against a running product (./run.sh), through Keycloak's real login
# form, and checks that every session lands on its role's page and opens every page its role may open.
#
#   system-tests/sign-in-load.sh [SESSIONS_PER_USER] [ROUNDS]     default 7 x 8 users = 56 at once, 1 round
#
# WELFARE_BASE_URL overrides http://localhost:8080/. Needs only a JDK (javac and java on the PATH or in JAVA_HOME):
# it compiles the same classes the system tests use. Exits 1 if any sign-in failed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="${JAVA_HOME:+$JAVA_HOME/bin/}"
src="$here/src/test/java/uk/deanery/welfare/systemtest"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"${bin}javac" -d "$out" "$src/KeycloakLogin.java" "$src/DemoUsers.java" "$src/ConcurrentSignIns.java"
"${bin}java" -cp "$out" -Dwelfare.baseUrl="${WELFARE_BASE_URL:-http://localhost:8080/}" \
    uk.deanery.welfare.systemtest.ConcurrentSignIns "${1:-7}" "${2:-1}"
