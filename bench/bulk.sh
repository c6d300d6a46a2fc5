#!/usr/bin/env bash
# Bulk: 500 customer subscriptions against FakeArm with 100 ms per call, 8 at a time against one at a time, with the
# requests per second the fake saw. Writes bench/results/bulk.md.  Usage: bench/bulk.sh [ROWS]
source "$(dirname "$0")/common.sh"
cd "$ROOT"
mvn -q -B -Dtest=BulkBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.rows="${1:-500}" test
cat "$RESULTS/bulk.md"
