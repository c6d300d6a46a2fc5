#!/usr/bin/env bash
# Bulk, two measures (BulkBench):
#  - 500 customer subscriptions against FakeArm with 100 ms per call, 8 at a time against one at a time, with the
#    requests per second the fake saw. Writes bench/results/bulk.md. COMPARE_ROWS=0 skips it. FAULT_EVERY=N (e.g. 10)
#    runs the comparison a second time with every read of one customer subscription in N failing for good (500, or a
#    body that is not JSON): their rows must come out incomplete, none lost, and the speed-up hold.
#  - Scale: the `bulk` command in a fresh JVM, once per heap cap in XMX (default "300m 128m"), on ROWS rows (default
#    100000) against a registration with as many mapped customers (pages of PAGE_SIZE, default 1000), FakeArm in
#    another process with no delay, --max-calls-per-second CALLS_PER_SECOND (default 1000): wall time against the
#    floor ARM's rates set, the app's CPU per row and peak memory (needs /usr/bin/time). JVM_ARGS go to the app's JVM.
#    Writes bench/results/bulk-scale.md. ROWS=0 skips it.
# Usage: [FAULT_EVERY=10] [COMPARE_ROWS=500] bench/bulk.sh [ROWS]   (ROWS=0: no scale run)
source "$(dirname "$0")/common.sh"
cd "$ROOT"
mvn -q -B -o -Dtest=BulkBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.rows="${COMPARE_ROWS:-500}" \
    -Dbench.faultEvery="${FAULT_EVERY:-0}" \
    -Dbench.scaleRows="${1:-100000}" -Dbench.pageSize="${PAGE_SIZE:-1000}" -Dbench.xmx="${XMX:-300m 128m}" \
    -Dbench.callsPerSecond="${CALLS_PER_SECOND:-1000}" -Dbench.jvmArgs="${JVM_ARGS:-}" test
[ "${COMPARE_ROWS:-500}" = 0 ] || cat "$RESULTS/bulk.md"
[ "${1:-100000}" = 0 ] || cat "$RESULTS/bulk-scale.md"
