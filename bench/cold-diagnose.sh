#!/usr/bin/env bash
# Cold first diagnosis: a fresh process running `diagnose` against FakeArm (another process, no added latency), and
# where the time goes: JVM and command line (`--version`), sign-in and SDK set-up, the calls (the run's own timing).
# Median of ROUNDS.  Usage: bench/cold-diagnose.sh [ROUNDS]   (default 7)
source "$(dirname "$0")/common.sh"
ROUNDS=${1:-7}
cd "$ROOT"
[ -f target/app/azs-csp-troubleshooter.jar ] || mvn -q -o -DskipTests package
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt >/dev/null
WORK=$(mktemp -d)
mkdir -p "$WORK/bin" && cp bench/fake-az "$WORK/bin/az"
coproc FAKE { java -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" dev.azscsp.bench.FakeArmServer "$WORK/trust.p12"; }
read -r line <&"${FAKE[0]}"; PORT=${line#PORT=}
JAVA=(java -Dazscsp.home="$WORK/home" -Djavax.net.ssl.trustStore="$WORK/trust.p12" -Djavax.net.ssl.trustStorePassword=changeit
      -jar target/app/azs-csp-troubleshooter.jar)
ARGS=(diagnose --auth azure-cli --arm-endpoint "https://127.0.0.1:$PORT/" --subscription dd8597b4-8739-4467-8b10-f8679f62bfbf
      --registration reg1 --customer-subscription e09a4e93-29a7-4eba-a6d4-76202383f07f --format json)
export PATH="$WORK/bin:$PATH"

version=(); full=(); calls=()
for i in $(seq 1 "$ROUNDS"); do
  version+=("$(time_ms "${JAVA[@]}" --version)")
  t0=$(date +%s%N)
  "${JAVA[@]}" "${ARGS[@]}" > "$WORK/out.json" 2>/dev/null || true
  t1=$(date +%s%N)
  full+=("$(( (t1 - t0) / 1000000 ))")
  calls+=("$(grep -o '"elapsedMs" : [0-9]*' "$WORK/out.json" | grep -o '[0-9]*$')")
done
# The same through the packaged command-line launcher (target/dist, -Pjpackage): JDK 25 runtime and the
# ahead-of-time cache trained at packaging time. JAVA_TOOL_OPTIONS carries the test trust store and home.
packaged=()
CLI=target/dist/azs-csp-troubleshooter/bin/azs-csp
if [ -x "$CLI" ]; then
  for i in $(seq 1 "$ROUNDS"); do
    packaged+=("$(JAVA_TOOL_OPTIONS="-Dazscsp.home=$WORK/home -Djavax.net.ssl.trustStore=$WORK/trust.p12 -Djavax.net.ssl.trustStorePassword=changeit" \
                 time_ms "$CLI" "${ARGS[@]}")")
  done
fi
exec {FAKE[1]}>&-
m() { printf '%s\n' "$@" | median; }
V=$(m "${version[@]}"); F=$(m "${full[@]}"); C=$(m "${calls[@]}")
{
  echo "# Cold first diagnosis: a fresh process, FakeArm in another process, no added latency"
  echo
  machine_line
  echo "Rounds: $ROUNDS (median)"
  echo
  echo "| part | ms |"
  echo "|---|---|"
  echo "| JVM start and command line (\`--version\`) | $V |"
  echo "| catalog, sign-in (az), SDK set-up, report | $((F - V - C)) |"
  echo "| the checks' calls (first calls pay class loading) | $C |"
  echo "| **whole \`diagnose\`** | **$F** |"
  [ ${#packaged[@]} -gt 0 ] && echo "| whole \`diagnose\` through the packaged launcher (JDK 25, ahead-of-time cache) | $(m "${packaged[@]}") |"
  echo
  echo "Samples, --version: ${version[*]}"
  echo "Samples, diagnose: ${full[*]}"
  echo "Samples, calls: ${calls[*]}"
  [ ${#packaged[@]} -gt 0 ] && echo "Samples, packaged launcher: ${packaged[*]}"
  true
} | tee "$RESULTS/cold-diagnose.md"
rm -rf "$WORK"
