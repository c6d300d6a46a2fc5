#!/usr/bin/env bash
# Renders app-icon.svg to the PNG sizes, the Windows .ico and the macOS .icns used by the window and the installers.
# Needs: librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" app-icon.svg -o "png/app-icon-$s.png"
done
convert png/app-icon-16.png png/app-icon-24.png png/app-icon-32.png png/app-icon-48.png png/app-icon-64.png png/app-icon-256.png app-icon.ico
png2icns app-icon.icns png/app-icon-16.png png/app-icon-32.png png/app-icon-48.png png/app-icon-128.png png/app-icon-256.png png/app-icon-512.png >/dev/null
# The window icon ships inside the jar.
mkdir -p ../src/main/resources/dev/azscsp/ui/icons
for s in 16 32 48 64 128 256; do cp "png/app-icon-$s.png" ../src/main/resources/dev/azscsp/ui/icons/; done
