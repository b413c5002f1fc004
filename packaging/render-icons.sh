#!/usr/bin/env bash
# Renders the committed icons from resources/hookscribe.svg (run after changing the SVG):
# hicolor PNGs for Linux, hookscribe.ico for Windows, hookscribe.icns for macOS.
# Needs rsvg-convert (librsvg2-bin), convert (imagemagick) and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/hookscribe.svg
png() { echo "packaging/linux/icons/hicolor/$1x$1/apps/org.hookscribe.Hookscribe.png"; }
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$(dirname "$(png "$size")")"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$(png "$size")"
done
convert $(for s in 16 24 32 48 64 128 256; do png "$s"; done) packaging/windows/hookscribe.ico
png2icns packaging/macos/hookscribe.icns $(for s in 16 32 128 256 512; do png "$s"; done)
