#!/usr/bin/env bash
# Regenerates the snapshot pictures in tests/snapshots/ (also the README's screenshots).
#
#   scripts/update-snapshots.sh           rewrite the pictures that no longer match
#   scripts/update-snapshots.sh --force   rewrite every picture
#
# Runs `UPDATE_SNAPSHOTS=1 cargo test --features snapshots --test snapshots`, then shrinks the
# rewritten pictures with optipng (lossless; skipped with a note when it is missing). Needs a
# Vulkan driver: on Debian and Ubuntu `apt-get install mesa-vulkan-drivers libvulkan1 optipng`
# (Mesa's lavapipe draws on the CPU, as CI does). The first build takes several minutes (wgpu).
# Look at every changed picture before committing it: `git status tests/snapshots`.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=1
case "${1:-}" in
  "") ;;
  --force) mode=force ;;
  *) sed -n '2,5s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
esac

stamp=$(mktemp)
trap 'rm -f "$stamp"' EXIT
UPDATE_SNAPSHOTS=$mode cargo test --features snapshots --test snapshots
# What the test keeps for comparing (the previous version, the changed pixels); git has the old one.
rm -f tests/snapshots/*.old.png tests/snapshots/*.diff.png

changed=$(find tests/snapshots -maxdepth 1 -name '*.png' ! -name '*.new.png' ! -name '*.diff.png' -newer "$stamp" | sort)
if [ -z "$changed" ]; then
  echo "No picture changed."
  exit 0
fi
if command -v optipng >/dev/null 2>&1; then
  # shellcheck disable=SC2086 # one file name a line, none with spaces
  optipng -quiet -o2 $changed
else
  echo "optipng is missing (apt-get install optipng): the pictures are left unshrunk." >&2
fi
echo "Rewritten:"
# shellcheck disable=SC2086
du -h $changed
# A picture no test draws any more.
for f in tests/snapshots/*.png; do
  name=$(basename "$f" .png)
  case "$name" in *.new | *.diff) continue ;; esac
  grep -q "\"$name\"" tests/snapshots.rs || echo "Not drawn by any test (remove it?): $f" >&2
done
