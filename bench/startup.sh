#!/usr/bin/env bash
# Start-up: launch until the first window is shown (the app prints WINDOW_SHOWN from the stage's shown event; the
# time the process then takes to quit is not counted), against a bare JavaFX window started with plain `java` from
# the same JavaFX jars (the floor):
#   - `java -jar` on the system JDK (17) against the floor on the same JDK: as a user starts it, the window moving to a
#     second JVM with its class-data archive (app.FastStart; the archive is written by the first start, measured once on
#     its own), and, for comparison, with that restart turned off;
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
JAR=target/app/azs-csp-troubleshooter.jar

# The first start after an install or an update: no archive yet, so this one writes it when it quits.
first_start=$(ms_until WINDOW_SHOWN java -Dazscsp.exitAfterShown=true -Dazscsp.home="$HOME_DIR" -jar "$JAR")
ls "$HOME_DIR"/cache/start-*.jsa >/dev/null 2>&1 || { echo "startup: the first start wrote no class-data archive"; exit 1; }

app_java=(); app_java_off=(); hello_java=(); app_image=(); hello_image=()
for i in $(seq 1 "$ROUNDS"); do
  app_java+=("$(ms_until WINDOW_SHOWN java -Dazscsp.exitAfterShown=true -Dazscsp.home="$HOME_DIR" -jar "$JAR")")
  app_java_off+=("$(ms_until WINDOW_SHOWN java -Dazscsp.fastStart=false -Dazscsp.exitAfterShown=true -Dazscsp.home="$HOME_DIR" -jar "$JAR")")
  hello_java+=("$(ms_until WINDOW_SHOWN java -cp "$HELLO:$FX" HelloFx)")
  if [ -x "$IMAGE/bin/azs-csp-troubleshooter" ] && [ -x "$PKG_JDK/bin/java" ]; then
    app_image+=("$(JAVA_TOOL_OPTIONS="-Dazscsp.exitAfterShown=true -Dazscsp.home=$HOME_DIR" ms_until WINDOW_SHOWN "$IMAGE/bin/azs-csp-troubleshooter")")
    hello_image+=("$(ms_until WINDOW_SHOWN "$PKG_JDK/bin/java" -cp "$HELLO:$FX" HelloFx)")
  fi
done

m() { printf '%s\n' "$@" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
AJ=$(m "${app_java[@]}"); AO=$(m "${app_java_off[@]}"); HJ=$(m "${hello_java[@]}")
{
  echo "# Start-up: launch to first window shown"
  echo
  machine_line
  echo "Rounds: $ROUNDS (median; all samples below). The floor is a bare JavaFX window started with plain \`java\`."
  echo
  echo "| launch | app (ms) | floor (ms) | ratio | goal |"
  echo "|---|---|---|---|---|"
  JV=$(java -version 2>&1 | sed -n 1p | cut -d'"' -f2)
  echo "| \`java -jar\` on the system JDK ($JV), the window in a second JVM with the class-data archive | $AJ | $HJ | $(ratio "$AJ" "$HJ") | ≤ 1.60 |"
  echo "| the same, first start after an install or update (writes the archive; one sample) | $first_start | $HJ | $(ratio "$first_start" "$HJ") | |"
  echo "| the same with \`-Dazscsp.fastStart=false\` (the window in the JVM that was started) | $AO | $HJ | $(ratio "$AO" "$HJ") | |"
  if [ ${#app_image[@]} -gt 0 ]; then
    AI=$(m "${app_image[@]}"); HI=$(m "${hello_image[@]}")
    echo "| app-image: JDK $("$PKG_JDK/bin/java" -version 2>&1 | sed -n 1p | cut -d'"' -f2) runtime with its ahead-of-time cache; floor on that plain JDK | $AI | $HI | $(ratio "$AI" "$HI") | ≤ 1.20 |"
  fi
  echo
  echo "Samples, app java: ${app_java[*]}"
  echo "Samples, app java, restart off: ${app_java_off[*]}"
  echo "Samples, floor java: ${hello_java[*]}"
  [ ${#app_image[@]} -gt 0 ] && echo "Samples, app image: ${app_image[*]}" && echo "Samples, floor JDK 25: ${hello_image[*]}"
  true
} | tee "$RESULTS/startup.md"
