#!/bin/sh
# Renders the app's icons from their one source, assets/icon.svg, in the sizes electron-builder needs:
# Linux a PNG per size (assets/icons/NxN.png), Windows one .ico (16 to 256), macOS one .icns.
# The outputs are committed, so neither CI nor a packager needs these tools; rerun after editing the SVG.
# Needs Debian's librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns).
set -eu
cd "$(dirname "$0")/../assets"

rm -rf icons && mkdir icons
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" icon.svg --output "icons/${size}x${size}.png"
done

# Windows draws 16-48 from bitmaps; 256 is stored as PNG (--raw), as Vista and later expect.
icotool --create --output icon.ico \
  icons/16x16.png icons/24x24.png icons/32x32.png icons/48x48.png icons/64x64.png icons/128x128.png \
  --raw=icons/256x256.png

# png2icns picks each PNG's icon type from its size.
png2icns icon.icns icons/16x16.png icons/32x32.png icons/48x48.png icons/128x128.png icons/256x256.png \
  icons/512x512.png icons/1024x1024.png >/dev/null
