#!/usr/bin/env bash
# Start-up: launch until the first window is shown (the app prints WINDOW_SHOWN from the stage's shown event; the
# time the process then takes to quit is not counted), against a bare JavaFX window started with plain `java` from
# the same JavaFX jars (the floor):
#   - `java -jar` on the system JDK (17) against the floor on the same JDK;
#   - the packaged app-image (target/dist, -Pjpackage: JDK 25 runtime, ahead-of-time cache), the way an installed
#     app starts, against the floor on the plain JDK 25 the image was made from (PKG_JDK, else found in /usr/lib/jvm).
# Median of ROUNDS cold starts, interleaved so a noisy neighbour hits all alike.  Usage: bench/startup.sh [ROUNDS] (9)
source "$(dirname "$0")/common.sh"
ROUNDS=${1:-9}
cd "$ROOT"
[ -f target/app/azs-csp-troubleshooter.jar ] || mvn -q -o -DskipTests package
IMAGE=target/dist/azs-csp-troubleshooter
HELLO=target/bench-hello
mkdir -p "$HELLO"
FX=$(ls target/app/lib/javafx-*.jar | tr '\n' ':')
javac -d "$HELLO" -cp "$FX" bench/hello/HelloFx.java
PKG_JDK=${PKG_JDK:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | sed -n 1p)}
start_display
HOME_DIR=$(mktemp -d)

app_java=(); hello_java=(); app_image=(); hello_image=()
for i in $(seq 1 "$ROUNDS"); do
  app_java+=("$(ms_until WINDOW_SHOWN java -Dazscsp.exitAfterShown=true -Dazscsp.home="$HOME_DIR" -jar target/app/azs-csp-troubleshooter.jar)")
  hello_java+=("$(ms_until WINDOW_SHOWN java -cp "$HELLO:$FX" HelloFx)")
  if [ -x "$IMAGE/bin/azs-csp-troubleshooter" ] && [ -x "$PKG_JDK/bin/java" ]; then
    app_image+=("$(JAVA_TOOL_OPTIONS="-Dazscsp.exitAfterShown=true -Dazscsp.home=$HOME_DIR" ms_until WINDOW_SHOWN "$IMAGE/bin/azs-csp-troubleshooter")")
    hello_image+=("$(ms_until WINDOW_SHOWN "$PKG_JDK/bin/java" -cp "$HELLO:$FX" HelloFx)")
  fi
done

m() { printf '%s\n' "$@" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
AJ=$(m "${app_java[@]}"); HJ=$(m "${hello_java[@]}")
{
  echo "# Start-up: launch to first window shown"
  echo
  machine_line
  echo "Rounds: $ROUNDS (median; all samples below). The floor is a bare JavaFX window started with plain \`java\`."
  echo
  echo "| launch | app (ms) | floor (ms) | ratio | goal |"
  echo "|---|---|---|---|---|"
  echo "| \`java -jar\` on the system JDK ($(java -version 2>&1 | sed -n 1p | cut -d'"' -f2)) | $AJ | $HJ | $(ratio "$AJ" "$HJ") | ≤ 1.60 |"
  if [ ${#app_image[@]} -gt 0 ]; then
    AI=$(m "${app_image[@]}"); HI=$(m "${hello_image[@]}")
    echo "| app-image: JDK $("$PKG_JDK/bin/java" -version 2>&1 | sed -n 1p | cut -d'"' -f2) runtime with its ahead-of-time cache; floor on that plain JDK | $AI | $HI | $(ratio "$AI" "$HI") | ≤ 1.20 |"
  fi
  echo
  echo "Samples, app java: ${app_java[*]}"
  echo "Samples, floor java: ${hello_java[*]}"
  [ ${#app_image[@]} -gt 0 ] && echo "Samples, app image: ${app_image[*]}" && echo "Samples, floor JDK 25: ${hello_image[*]}"
  true
} | tee "$RESULTS/startup.md"
