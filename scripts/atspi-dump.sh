#!/usr/bin/env bash
# atspi-dump.sh OUT.txt [xdotool steps...] -- CMD [ARGS...]
# Copied from ../shared/tools and improved: it turns the bus's IsEnabled and ScreenReaderEnabled on,
# as a desktop with Orca running does; without that AccessKit publishes nothing.
# Starts CMD under Xvfb + openbox with a D-Bus session and the AT-SPI bus, waits for its window,
# runs each xdotool step (as in screenshot.sh), then writes the app's accessibility tree (what a
# screen reader sees: roles, names, boxes; '!!' marks an interactive node without a name) to OUT.txt.
# SIZE (default 1280x800), WAIT (default 3 s) and APP (default kineret-coach) can be set.
# Needs: apt-get install -y xvfb xauth openbox xdotool dbus-x11 at-spi2-core python3-pyatspi
set -u
[ $# -ge 3 ] || { echo "usage: $0 OUT.txt [xdotool steps...] -- CMD [ARGS...]" >&2; exit 2; }
out=$(realpath -m "$1"); shift
steps=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do steps+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
[ $# -gt 0 ] || { echo "no command after --" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
export DUMP_OUT="$out" DUMP_WAIT="${WAIT:-3}" DUMP_APP="${APP:-kineret-coach}" DUMP_PY="$here/atspi_tree.py"
export DUMP_STEPS="$(printf '%s\n' "${steps[@]+"${steps[@]}"}")"
xvfb-run -a -s "-screen 0 ${SIZE:-1280x800}x24" dbus-run-session -- bash -c '
  /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
  sleep 1
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled variant:boolean:true >/dev/null 2>&1
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:ScreenReaderEnabled variant:boolean:true >/dev/null 2>&1
  sleep 0.5
  openbox >/dev/null 2>&1 & sleep 1
  "$@" >/dev/null 2>&1 & pid=$!
  for i in $(seq 1 250); do
    [ -n "$(xdotool search --onlyvisible --pid $pid 2>/dev/null | head -n 1)" ] && break; sleep 0.02
  done
  sleep "$DUMP_WAIT"
  while IFS= read -r step; do
    [ -z "$step" ] && continue
    case "$step" in sleep*) $step ;; *) xdotool $step; sleep 0.3 ;; esac
  done <<< "$DUMP_STEPS"
  sleep 0.5
  /usr/bin/python3 "$DUMP_PY" "$DUMP_APP" >"$DUMP_OUT" 2>&1
  kill $pid 2>/dev/null; wait $pid 2>/dev/null' _ "$@" 2>/dev/null
[ -s "$out" ] && tail -n 1 "$out" || { echo "no tree written" >&2; exit 1; }
