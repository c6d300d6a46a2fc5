#!/usr/bin/env bash
# Diagnosis latency: run to result through the real Azure adapter against FakeArm with 150 ms per call, the client
# warmed up first, against the critical path. Writes bench/results/latency.md.  Usage: bench/latency.sh
source "$(dirname "$0")/common.sh"
cd "$ROOT"
mvn -q -B -Dtest=DiagnosisLatencyBench -Dsurefire.failIfNoSpecifiedTests=false test
cat "$RESULTS/latency.md"
