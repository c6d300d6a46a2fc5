#!/usr/bin/env bash
# Footprint: peak memory (resident set) of a diagnosis on the command line and of the window running the demo to
# its result, and the app-image's size.  Usage: bench/footprint.sh
source "$(dirname "$0")/common.sh"
cd "$ROOT"
[ -f target/app/azs-csp-troubleshooter.jar ] || mvn -q -o -DskipTests package
start_display
WORK=$(mktemp -d)
peak_kb() { /usr/bin/time -f "%M" -o "$WORK/rss" "$@" >/dev/null 2>&1 || true; cat "$WORK/rss" | tail -1; }
CLI_KB=$(peak_kb java -Dazscsp.home="$WORK/h" -jar target/app/azs-csp-troubleshooter.jar diagnose --auth demo --scenario healthy)
GUI_KB=$(peak_kb java -Dazscsp.home="$WORK/h" -Dazscsp.demoRunAndExit=healthy -jar target/app/azs-csp-troubleshooter.jar)
IMAGE_MB=$( [ -d target/dist/azs-csp-troubleshooter ] && du -sm target/dist/azs-csp-troubleshooter | cut -f1 || echo "not built")
{
  echo "# Footprint"
  echo
  machine_line
  echo
  echo "| what | size |"
  echo "|---|---|"
  echo "| peak memory, \`diagnose --auth demo\` (CLI) | $((CLI_KB / 1024)) MB |"
  echo "| peak memory, window: demo run to its result | $((GUI_KB / 1024)) MB |"
  echo "| app-image (trimmed runtime + app + ahead-of-time cache) | $IMAGE_MB MB (budget 170 MB) |"
  echo
  echo "Default JVM heap settings (no -Xmx); resident set size as reported by /usr/bin/time."
} | tee "$RESULTS/footprint.md"
rm -rf "$WORK"
