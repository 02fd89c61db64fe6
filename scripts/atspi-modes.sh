#!/usr/bin/env bash
# atspi-modes.sh [BINARY] [OUT_DIR]
# What Orca reads in each mode: runs scripts/atspi-dump.sh on the home screen, the site map
# (Today's "Log today's dose": a spot chosen, the enlarged area, the dose form), teach mode's
# set-up, the kiosk's attract screen, a kiosk visit and the kiosk's staff keypad (the corner
# held 4 s). Writes one tree per screen to OUT_DIR (default target/atspi) and prints each
# summary line; exits non-zero when any node is marked '!!' (interactive, an image, a dialog or
# the window without a name) or a tree could not be read.
# BINARY defaults to target/debug/kineret-coach (build it first: cargo build). Window
# positions below are for the script's 1280x800 screen. Needs what atspi-dump.sh needs.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
bin=$(realpath -m "${1:-$root/target/debug/kineret-coach}")
out=$(realpath -m "${2:-$root/target/atspi}")
[ -x "$bin" ] || { echo "no program at $bin (cargo build first)" >&2; exit 2; }
mkdir -p "$out"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export APP=kineret-coach WAIT="${WAIT:-5}" SIZE=1280x800
kiosk=(--mode kiosk --kiosk-config "$root/examples/kiosk.ron")
status=0
run() {
  local name=$1; shift
  local line
  line=$("$here/atspi-dump.sh" "$out/$name.txt" "$@" 2>&1) || status=1
  printf '%-12s %s\n' "$name" "$line"
  grep -q '^!!' "$out/$name.txt" 2>/dev/null && { grep '^!!' "$out/$name.txt"; status=1; }
}
run home -- "$bin" --lang en --region EU --data-dir "$data"
run site-map "mousemove 119 288 click 1" "sleep 1" -- "$bin" --lang en --region EU --data-dir "$data"
run teach -- "$bin" --mode teach --lang en --data-dir "$data"
run kiosk -- "$bin" "${kiosk[@]}"
run kiosk-visit "mousemove 640 330 click 1" "sleep 1" -- "$bin" "${kiosk[@]}"
run kiosk-pin "mousemove 1250 770 mousedown 1" "sleep 4" "mouseup 1" "sleep 1" -- "$bin" "${kiosk[@]}"
echo "trees in $out"
exit $status
