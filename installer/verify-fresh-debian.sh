#!/usr/bin/env bash
# Proves the README's set-up commands on a fresh Debian 12: bootstraps a minimal bookworm into a
# folder, copies this checkout (and ../shared, which CI has beside it) in, and runs the README's
# test command inside, as root, with nothing installed by hand.
#   sudo installer/verify-fresh-debian.sh [ROOT_FOLDER]        (needs debootstrap; ~20 minutes)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
root=${1:-/var/tmp/securebase-fresh-debian}

command -v debootstrap >/dev/null || apt-get install -y --no-install-recommends debootstrap
if [ ! -x "$root/bin/bash" ]; then
  debootstrap --variant=minbase bookworm "$root"
fi

cleanup() { for m in dev/shm dev/pts dev sys proc; do umount -l "$root/$m" 2>/dev/null || true; done; }
trap cleanup EXIT
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --rbind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"

rm -rf "$root/work" && mkdir -p "$root/work"
mkdir -p "$root/work/main" && (cd "$here" && git ls-files -z | xargs -0 cp --parents -t "$root/work/main/")
[ -d "$here/../shared" ] && cp -r "$here/../shared" "$root/work/shared"

test_command=$(grep -m1 '^bash installer/install-deps.sh .*ctest' "$here/README.md")
[ -n "$test_command" ] || { echo "README test command not found" >&2; exit 1; }
echo "Running in a fresh Debian 12: $test_command"
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin CI=true \
  bash -c "cd /work/main && $test_command"
