#!/usr/bin/env bash
# Smoke test of the packaged app-image: both launchers start from the trimmed runtime with the ahead-of-time cache,
# the CLI answers, the window opens (under Xvfb) and reaches a demo result, a damaged cache changes nothing the user
# sees, and the image and installers stay within their size budgets.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE/.."
IMAGE=target/dist/azs-csp-troubleshooter
IMAGE_BUDGET_MB=${IMAGE_BUDGET_MB:-170}      # installed size, cache included
INSTALLER_BUDGET_MB=${INSTALLER_BUDGET_MB:-80}
[ -d "$IMAGE" ] || { echo "smoke: no app-image at $IMAGE (build with -Pjpackage)"; exit 1; }
CACHE="$IMAGE/lib/app/azs-csp-troubleshooter.aot"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

size_mb=$(du -sm "$IMAGE" | cut -f1)
echo "smoke: app-image is ${size_mb} MB with its cache (budget ${IMAGE_BUDGET_MB} MB)"
[ "$size_mb" -le "$IMAGE_BUDGET_MB" ] || { echo "smoke: app-image over budget"; exit 1; }
for f in target/dist/*.deb target/dist/*.tar.gz; do
  [ -f "$f" ] || continue
  mb=$(( ($(stat -c %s "$f") + 1048575) / 1048576 ))
  echo "smoke: $(basename "$f") is ${mb} MB (budget ${INSTALLER_BUDGET_MB} MB)"
  [ "$mb" -le "$INSTALLER_BUDGET_MB" ] || { echo "smoke: installer over budget"; exit 1; }
done
[ -s "$CACHE" ] || { echo "smoke: no ahead-of-time cache at $CACHE"; exit 1; }
# The cache leaves out the classes of signed jars: the build removes the Azure SDK's signature files.
for jar in "$IMAGE"/lib/app/lib/*.jar; do
  unzip -Z1 "$jar" > "$WORK/entries.txt"
  if grep -Eq '^META-INF/[^/]+\.(SF|RSA|DSA|EC)$' "$WORK/entries.txt"; then echo "smoke: $jar is still signed"; exit 1; fi
done

LABEL=smoke
source "$HERE/check-launchers.sh"

command -v xvfb-run >/dev/null 2>&1 || { echo "smoke: xvfb-run missing, GUI launcher not started"; exit 1; }
check_launchers "$IMAGE" "$WORK/home"

# The cache is really used: with -XX:AOTMode=on the JVM refuses to start without it.
JAVA_TOOL_OPTIONS="-XX:AOTMode=on" "$IMAGE/bin/azs-csp" --version >/dev/null 2>&1 \
  || { echo "smoke: the launchers do not use the ahead-of-time cache"; exit 1; }
echo "smoke: both launchers map the ahead-of-time cache"

# A copy of the image elsewhere (dates kept, as tar, dpkg and installers keep them) still uses its cache.
cp -a "$IMAGE" "$WORK/moved"
JAVA_TOOL_OPTIONS="-XX:AOTMode=on" "$WORK/moved/bin/azs-csp" --version >/dev/null 2>&1 \
  || { echo "smoke: the cache is not used once the image is moved"; exit 1; }
echo "smoke: the cache still maps after the image is moved"

# A damaged cache: the app starts as it would without one, and says nothing about it.
head -c 2000000 /dev/urandom > "$WORK/moved/lib/app/azs-csp-troubleshooter.aot"
check_launchers "$WORK/moved" "$WORK/home2"
if grep -qi "aot\|shared archive" "$WORK/version.txt" "$WORK/diag.json" "$WORK/diag.err"; then
  echo "smoke: the JVM talks about the damaged cache"; exit 1
fi
echo "smoke: with a damaged cache the app starts normally and quietly"
