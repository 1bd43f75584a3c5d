#!/usr/bin/env bash
# Installs a secguard .deb into a copy of a clean Debian 12 root and starts it
# with --self-test (as root: it uses chroot and mounts /proc and /dev there).
#
#   packaging/linux/test-deb.sh ROOT_DIR PACKAGE.deb
#
# ROOT_DIR is a minimal Debian 12 tree, e.g. from issue 10's
# scripts/debian-root.sh or, until that lands:
#   debootstrap --variant=minbase bookworm build/debian12-root http://deb.debian.org/debian
# The root itself is never changed: the package goes into a throw-away copy,
# and apt fetches its dependencies from the root's own Debian mirror.
set -euo pipefail

clean_root=$(realpath "${1:?usage: $0 ROOT_DIR PACKAGE.deb}")
deb=$(realpath "${2:?usage: $0 ROOT_DIR PACKAGE.deb}")
[ -x "$clean_root/usr/bin/apt-get" ] || { echo "$clean_root is not a Debian root" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "needs root (chroot)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/secguard-deb-test.XXXXXX")
root="$work/root"
cleanup() {
    umount "$root/dev" 2>/dev/null || true
    umount "$root/proc" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
cp -a "$clean_root" "$root"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
package=$(dpkg-deb -f "$deb" Package)

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"; }
in_root apt-get update -qq
in_root DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/$(basename "$deb")" >/dev/null
echo "installed $package into a copy of $clean_root"
in_root mkdir -p /tmp/home
chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp/home LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen "/usr/bin/$package" --self-test
