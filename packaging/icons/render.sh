#!/usr/bin/env bash
# Renders the app icon's PNGs from kineret-coach.svg (Debian: apt-get install librsvg2-bin).
# The PNGs are committed, so building and installing never need this.
set -euo pipefail
cd "$(dirname "$0")"
for n in 48 128 256; do
  rsvg-convert --width "$n" --height "$n" --output "kineret-coach-$n.png" kineret-coach.svg
done
file kineret-coach-*.png
