# Sourced by smoke.sh (the app-image) and deb-check.sh (the installed .deb): both launchers of an app folder, as a
# user would run them. Needs WORK (a scratch folder) and LABEL (the prefix of messages) from the caller.
# check_launchers DIR HOME: DIR holds bin/azs-csp and bin/azs-csp-troubleshooter; HOME is the app's settings folder.
check_launchers() {
  local home=$2 cli="$1/bin/azs-csp" gui="$1/bin/azs-csp-troubleshooter" code out
  "$cli" --version > "$WORK/version.txt" 2>&1
  grep -q "AzS CSP Troubleshooter" "$WORK/version.txt" || { cat "$WORK/version.txt"; echo "$LABEL: --version"; exit 1; }
  "$cli" catalog --lang fr > "$WORK/catalog.txt"
  grep -q "Actions suivantes" "$WORK/catalog.txt"
  grep -q "L’inscription fournie est introuvable" "$WORK/catalog.txt"
  set +e
  "$cli" diagnose --auth demo --scenario customer-subscriptions-not-allowed --format json > "$WORK/diag.json" 2> "$WORK/diag.err"
  code=$?
  set -e
  [ "$code" -eq 1 ] || { cat "$WORK/diag.err"; echo "$LABEL: diagnose exit code $code, expected 1"; exit 1; }
  # The whole of standard output is the JSON document: nothing from the JVM before or after it.
  [ "$(head -c 1 "$WORK/diag.json")" = "{" ] || { head -3 "$WORK/diag.json"; echo "$LABEL: standard output is not only JSON"; exit 1; }
  grep -q '"primaryCode" : "CustomerSubscriptionsNotAllowed"' "$WORK/diag.json"
  echo "$LABEL: $cli answers --version, catalog --lang fr and diagnose (card, exit code 1, clean JSON)"

  # The window: JAVA_TOOL_OPTIONS reaches the launcher's JVM (jpackage launchers ignore JDK_JAVA_OPTIONS); the app
  # prints WINDOW_SHOWN once the stage is up, then exits.
  out=$(JAVA_TOOL_OPTIONS="-Dazscsp.exitAfterShown=true -Dazscsp.home=$home" timeout 120 \
        xvfb-run -a -s "-screen 0 1280x800x24" "$gui" 2>&1) || { echo "$out"; echo "$LABEL: GUI launcher failed"; exit 1; }
  grep -q "WINDOW_SHOWN" <<<"$out" || { echo "$out"; echo "$LABEL: the window did not show"; exit 1; }
  # Every page on the way to a result: the demo run to its card.
  out=$(JAVA_TOOL_OPTIONS="-Dazscsp.demoRunAndExit=customer-subscriptions-not-allowed -Dazscsp.home=$home" timeout 120 \
        xvfb-run -a -s "-screen 0 1280x800x24" "$gui" 2>&1) || { echo "$out"; echo "$LABEL: GUI demo run failed"; exit 1; }
  grep -q "RESULT_SHOWN" <<<"$out" || { echo "$out"; echo "$LABEL: the demo did not reach its result"; exit 1; }
  echo "$LABEL: $gui opened its window and ran a demo scenario to its result page"
}
