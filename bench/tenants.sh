#!/usr/bin/env bash
# Tenants (TenantsBench): a registration with MAPPINGS mapped customer subscriptions (default 200, pages of 100) and an
# expected list of EXPECTED lines (default 250), FakeArm answering every call after DELAY_MS (default 100) ms, through
# the real adapter with the default concurrency and rate limits: the listing, a read of every mapped customer
# subscription and the reconciliation, timed as a whole. Target: under 5 s. Writes bench/results/tenants.md.
# Usage: [MAPPINGS=200] [EXPECTED=250] [DELAY_MS=100] bench/tenants.sh
source "$(dirname "$0")/common.sh"
cd "$ROOT"
mvn -q -B -o -Dtest=TenantsBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.mappings="${MAPPINGS:-200}" \
    -Dbench.expected="${EXPECTED:-250}" -Dbench.delayMs="${DELAY_MS:-100}" test
cat "$RESULTS/tenants.md"
