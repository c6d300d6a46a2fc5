#!/usr/bin/env bash
# Start-up: launch to first window shown, the app against a bare JavaFX window started the same way (the floor),
# for the plain `java` launch and for the packaged app-image. Median of ROUNDS cold starts (fresh JVMs), run
# interleaved so a noisy neighbour hits both alike.  Usage: bench/startup.sh [ROUNDS]   (default 9)
source "$(dirname "$0")/common.sh"
ROUNDS=${1:-9}
cd "$ROOT"
[ -f target/app/azs-csp-troubleshooter.jar ] || mvn -q -o -DskipTests package
IMAGE=target/dist/azs-csp-troubleshooter
HELLO=target/bench-hello
mkdir -p "$HELLO"
FX=$(ls target/app/lib/javafx-*.jar | tr '\n' ':')
javac -d "$HELLO" -cp "$FX" bench/hello/HelloFx.java
start_display

app_java=(); hello_java=(); app_image=(); hello_image=()
for i in $(seq 1 "$ROUNDS"); do
  app_java+=("$(time_ms java -Dazscsp.exitAfterShown=true -jar target/app/azs-csp-troubleshooter.jar)")
  hello_java+=("$(time_ms java -cp "$HELLO:$FX" HelloFx)")
  if [ -x "$IMAGE/bin/azs-csp-troubleshooter" ]; then
    app_image+=("$(JAVA_TOOL_OPTIONS=-Dazscsp.exitAfterShown=true time_ms "$IMAGE/bin/azs-csp-troubleshooter")")
    hello_image+=("$(time_ms "$IMAGE/lib/runtime/bin/java" -cp "$HELLO:$FX" HelloFx)")
  fi
done

m() { printf '%s\n' "$@" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
AJ=$(m "${app_java[@]}"); HJ=$(m "${hello_java[@]}")
{
  echo "# Start-up: launch to first window shown"
  echo
  machine_line
  echo "Rounds: $ROUNDS (median; all samples below)"
  echo
  echo "| launch | app (ms) | bare JavaFX window (ms) | ratio | target |"
  echo "|---|---|---|---|---|"
  echo "| \`java -jar\` (system JDK) | $AJ | $HJ | $(ratio "$AJ" "$HJ") | ≤ 1.20 |"
  if [ ${#app_image[@]} -gt 0 ]; then
    AI=$(m "${app_image[@]}"); HI=$(m "${hello_image[@]}")
    echo "| app-image (bundled runtime) | $AI | $HI | $(ratio "$AI" "$HI") | ≤ 1.20 |"
  fi
  echo
  echo "Samples, app java: ${app_java[*]}"
  echo "Samples, floor java: ${hello_java[*]}"
  [ ${#app_image[@]} -gt 0 ] && echo "Samples, app image: ${app_image[*]}" && echo "Samples, floor image: ${hello_image[*]}"
  true
} | tee "$RESULTS/startup.md"
