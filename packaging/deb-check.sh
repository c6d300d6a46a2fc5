#!/usr/bin/env bash
# The .deb as a Linux user meets it (run by .ci/run, as root, on a throwaway CI machine): installed with apt, both
# launchers started from /opt with the ahead-of-time cache in use, upgraded in place by a newer version, removed
# with nothing left behind but the user's settings.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE/.."
PKG=azs-csp-troubleshooter
OPT=/opt/$PKG
deb=$(ls target/dist/${PKG}_*_amd64.deb 2>/dev/null || true)
[ -n "$deb" ] && [ -f "$deb" ] || { echo "deb-check: no .deb in target/dist (build with -Pjpackage -Dinstaller)"; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "deb-check: needs root (apt)"; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
LABEL=deb-check
source "$HERE/check-launchers.sh"
export DEBIAN_FRONTEND=noninteractive

apt_install() {
  apt-get install -y -q "$@" >"$WORK/apt.log" 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q "$@"; }
}

# jpackage's post-install script registers the menu entry with xdg-desktop-menu, which fails where no system menu
# folder exists (a bare CI machine; every desktop has one).
mkdir -p /usr/share/applications /usr/share/desktop-directories
if dpkg -s "$PKG" >/dev/null 2>&1; then dpkg --purge "$PKG" >/dev/null 2>&1 || true; fi
apt_install "./$deb"
echo "deb-check: installed $(dpkg-query -W -f '${Package} ${Version}' "$PKG")"

HOME_DIR="$WORK/user-home"
check_launchers "$OPT" "$HOME_DIR"
JAVA_TOOL_OPTIONS="-XX:AOTMode=on" "$OPT/bin/azs-csp" --version >/dev/null 2>&1 \
  || { echo "deb-check: the installed launchers do not map the ahead-of-time cache"; exit 1; }
echo "deb-check: the installed launchers use the ahead-of-time cache"
[ -f "$HOME_DIR/settings.json" ] || { echo "deb-check: the window kept no settings"; exit 1; }

# Upgrade in place: the same package with a higher version installs over this one; one installation remains.
version=$(dpkg-deb -f "$deb" Version)
next="${version%.*}.$(( ${version##*.} + 1 ))"
dpkg-deb -R "$deb" "$WORK/next"
sed -i "s/^Version: .*/Version: $next/" "$WORK/next/DEBIAN/control"
dpkg-deb -Zgzip -z1 -b "$WORK/next" "$WORK/${PKG}_${next}_amd64.deb" >/dev/null   # fast: only the version differs
apt_install "$WORK/${PKG}_${next}_amd64.deb"
[ "$(dpkg-query -W -f '${Version}' "$PKG")" = "$next" ] || { echo "deb-check: the upgrade to $next did not take"; exit 1; }
[ "$(dpkg-query -W -f '${Package}\n' "$PKG" | wc -l)" -eq 1 ] || { echo "deb-check: more than one installation after the upgrade"; exit 1; }
"$OPT/bin/azs-csp" --version > "$WORK/version.txt"
grep -q "AzS CSP Troubleshooter" "$WORK/version.txt"
echo "deb-check: $version upgraded in place to $next"

apt-get remove -y -q "$PKG" >/dev/null
if dpkg -s "$PKG" >/dev/null 2>&1 && [ "$(dpkg-query -W -f '${Status}' "$PKG")" != "deinstall ok config-files" ]; then
  echo "deb-check: still installed after removal"; exit 1
fi
[ ! -e "$OPT" ] || { ls -R "$OPT"; echo "deb-check: files left in $OPT"; exit 1; }
for f in /usr/share/applications/*"$PKG"*; do
  [ ! -e "$f" ] || { echo "deb-check: menu entry left: $f"; exit 1; }
done
[ -f "$HOME_DIR/settings.json" ] || { echo "deb-check: removing the app removed the user's settings"; exit 1; }
echo "deb-check: removed; nothing left but the user's settings"
