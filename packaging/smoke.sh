#!/usr/bin/env bash
# Smoke test of the packaged app-image: both launchers start from the trimmed runtime, the CLI answers, the window
# opens (under Xvfb) and closes when asked, and the image stays within its size budget.
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE=target/dist/azs-csp-troubleshooter
BUDGET_MB=${BUDGET_MB:-90}
[ -d "$IMAGE" ] || { echo "smoke: no app-image at $IMAGE (build with -Pjpackage)"; exit 1; }
GUI="$IMAGE/bin/azs-csp-troubleshooter"
CLI="$IMAGE/bin/azs-csp"

size_mb=$(du -sm "$IMAGE" | cut -f1)
echo "smoke: app-image is ${size_mb} MB (budget ${BUDGET_MB} MB)"
[ "$size_mb" -le "$BUDGET_MB" ] || { echo "smoke: over budget"; exit 1; }

"$CLI" --version | tee /tmp/azscsp-smoke-version.txt
grep -q "AzS CSP Troubleshooter" /tmp/azscsp-smoke-version.txt
"$CLI" catalog --lang fr > /tmp/azscsp-smoke-catalog.txt
grep -q "Actions suivantes" /tmp/azscsp-smoke-catalog.txt
grep -q "L’inscription fournie est introuvable" /tmp/azscsp-smoke-catalog.txt
echo "smoke: CLI launcher answers --version and catalog --lang fr"
set +e
"$CLI" diagnose --auth demo --scenario customer-subscriptions-not-allowed --format json > /tmp/azscsp-smoke-diag.json
code=$?
set -e
[ "$code" -eq 1 ] || { echo "smoke: diagnose exit code $code, expected 1"; exit 1; }
grep -q '"primaryCode" : "CustomerSubscriptionsNotAllowed"' /tmp/azscsp-smoke-diag.json
echo "smoke: diagnose through the demo gives its card and exit code 1"

# The window: JAVA_TOOL_OPTIONS reaches the launcher's JVM (jpackage launchers ignore JDK_JAVA_OPTIONS); the app
# prints WINDOW_SHOWN once the stage is up, then exits.
if command -v xvfb-run >/dev/null 2>&1; then
  out=$(JAVA_TOOL_OPTIONS="-Dazscsp.exitAfterShown=true" timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$GUI" 2>&1) || {
    echo "$out"; echo "smoke: GUI launcher failed"; exit 1; }
  grep -q "WINDOW_SHOWN" <<<"$out" || { echo "$out"; echo "smoke: the window did not show"; exit 1; }
  echo "smoke: GUI launcher opened its window and exited"
  # Every page on the way to a result: the demo run to its card, so the pages' classes and resources load too.
  out=$(JAVA_TOOL_OPTIONS="-Dazscsp.demoRunAndExit=customer-subscriptions-not-allowed -Dazscsp.home=$(mktemp -d)" \
        timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$GUI" 2>&1) || { echo "$out"; echo "smoke: GUI demo run failed"; exit 1; }
  grep -q "RESULT_SHOWN" <<<"$out" || { echo "$out"; echo "smoke: the demo did not reach its result"; exit 1; }
  echo "smoke: GUI launcher ran a demo scenario to its result page"
else
  echo "smoke: xvfb-run missing, GUI launcher not started"; exit 1
fi
