# Shared by the benchmark scripts: the project root, an Xvfb display, and a median.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RESULTS="$ROOT/bench/results"
mkdir -p "$RESULTS"

start_display() {
  if [ -z "${DISPLAY:-}" ]; then
    Xvfb :97 -screen 0 1280x800x24 >/dev/null 2>&1 &
    XVFB_PID=$!
    export DISPLAY=:97
    trap 'kill $XVFB_PID 2>/dev/null || true' EXIT
    sleep 1
  fi
}

# Milliseconds a command takes, from fork to exit.
time_ms() {
  local t0 t1
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}

# Milliseconds from launch until the command prints a line containing WORD (the first window, for start-up: the
# time the process then takes to exit is not part of it). Prints NA when the line never came.
ms_until() {
  local word=$1 t0 t1="" line
  shift
  t0=$(date +%s%N)
  while IFS= read -r line; do
    if [ -z "$t1" ] && [[ $line == *"$word"* ]]; then t1=$(date +%s%N); fi
  done < <("$@" 2>/dev/null)
  if [ -z "$t1" ]; then echo NA; else echo $(( (t1 - t0) / 1000000 )); fi
}

median() {
  sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2] + a[NR/2+1]) / 2)}'
}

machine_line() {
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | sed -n 1p), $(date -u +%Y-%m-%d)"
}
