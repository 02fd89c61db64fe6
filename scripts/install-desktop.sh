#!/usr/bin/env bash
# Installs Kineret Coach for one user, the XDG way: the program, its menu entry and its icon.
#
#   scripts/install-desktop.sh                  build (release) and install into ~/.local
#   scripts/install-desktop.sh --prefix DIR     into DIR/bin and DIR/share instead
#   scripts/install-desktop.sh --binary FILE    install FILE instead of building
#   scripts/install-desktop.sh --uninstall      remove what an install put there (never your data)
#
# What goes where (default prefix ~/.local; the data part follows $XDG_DATA_HOME when no
# --prefix is given):
#   ~/.local/bin/kineret-coach
#   ~/.local/share/applications/kineret-coach.desktop          (menu entry, with "Teach a patient")
#   ~/.local/share/icons/hicolor/{48x48,128x128,256x256}/apps/kineret-coach.png
#   ~/.local/share/icons/hicolor/scalable/apps/kineret-coach.svg
#
# Building needs cargo and, the first time, crates.io; nothing else is downloaded. Texts, fonts
# and pictures are inside the program, so the program needs no other file.
set -euo pipefail

app=kineret-coach
repo=$(cd "$(dirname "$0")/.." && pwd)
prefix=
binary=
uninstall=false

usage() { sed -n '2,8s/^# \{0,1\}//p' "$0"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { usage >&2; exit 2; }; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --binary) [ $# -ge 2 ] || { usage >&2; exit 2; }; binary=$2; shift 2 ;;
    --binary=*) binary=${1#--binary=}; shift ;;
    --uninstall) uninstall=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install-desktop.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

# The menu entry starts the program by its full path (a desktop session's PATH often lacks
# ~/.local/bin); the Exec line quotes it, so only characters that need more escaping are refused.
case "${prefix:-${HOME:-}}" in
  *[\"\`\$\\%]* | *$'\n'*) echo "install-desktop.sh: choose a --prefix without \" \` \$ \\ % or a line break" >&2; exit 2 ;;
esac

if [ -n "$prefix" ]; then
  mkdir -p "$prefix"
  prefix=$(cd "$prefix" && pwd)
  bindir=$prefix/bin
  datadir=$prefix/share
else
  : "${HOME:?HOME is not set}"
  bindir=$HOME/.local/bin
  datadir=${XDG_DATA_HOME:-$HOME/.local/share}
fi
appdir=$datadir/applications
icondir=$datadir/icons/hicolor
sizes="48 128 256"

refresh_caches() {
  # Menus notice new entries by themselves; these only speed that up, where they exist.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$appdir" 2>/dev/null || true
  fi
  touch "$icondir" 2>/dev/null || true
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icondir/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$icondir" 2>/dev/null || true
  fi
}

if $uninstall; then
  rm -fv "$bindir/$app" "$appdir/$app.desktop" "$icondir/scalable/apps/$app.svg"
  for n in $sizes; do rm -fv "$icondir/${n}x$n/apps/$app.png"; done
  [ -d "$appdir" ] && refresh_caches
  echo "Kineret Coach is uninstalled. Your injection log and settings are kept in"
  echo "${XDG_DATA_HOME:-$HOME/.local/share}/$app/ (delete that folder yourself if you want them gone)."
  exit 0
fi

if [ -z "$binary" ]; then
  command -v cargo >/dev/null 2>&1 || { echo "install-desktop.sh: cargo is needed to build (https://rustup.rs), or pass --binary FILE" >&2; exit 1; }
  echo "Building the release program (a few minutes the first time)..."
  (cd "$repo" && cargo build --release --locked)
  binary=${CARGO_TARGET_DIR:-$repo/target}/release/$app
fi
[ -x "$binary" ] || { echo "install-desktop.sh: $binary is not a program" >&2; exit 1; }

install -d "$bindir" "$appdir" "$icondir/scalable/apps"
install -m 755 "$binary" "$bindir/$app"
for n in $sizes; do
  install -d "$icondir/${n}x$n/apps"
  install -m 644 "$repo/packaging/icons/$app-$n.png" "$icondir/${n}x$n/apps/$app.png"
done
install -m 644 "$repo/packaging/icons/$app.svg" "$icondir/scalable/apps/$app.svg"

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
sed -e "s|^TryExec=$app\$|TryExec=$bindir/$app|" \
    -e "s|^Exec=$app\\b|Exec=\"$bindir/$app\"|" \
    "$repo/packaging/$app.desktop" >"$tmp"
install -m 644 "$tmp" "$appdir/$app.desktop"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$appdir/$app.desktop"
fi
refresh_caches

echo "Installed:"
echo "  $bindir/$app"
echo "  $appdir/$app.desktop"
echo "  $icondir/{48x48,128x128,256x256}/apps/$app.png and scalable/apps/$app.svg"
echo "Kineret Coach is in your applications menu (right-click it for \"Teach a patient\")."
echo "Remove it again with: $0 --uninstall${prefix:+ --prefix $prefix}"
