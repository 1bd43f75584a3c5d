#!/usr/bin/env bash
# Runs COMMAND as root inside a root made by scripts/debian-root.sh, with the
# host's /dev, /proc and /sys and its name servers (apt and pip need the
# network), and unmounts them again however the command ends.
#
#   scripts/in-debian-root.sh DIR COMMAND [ARG...]
#
# SECGUARD_ROOT_DOWNLOADS=DIR keeps apt's and pip's downloads in DIR/apt and
# DIR/pip between runs (downloads only: what gets installed is still decided
# inside the root).
set -euo pipefail

[ $# -ge 2 ] || { echo "usage: $0 DIR COMMAND [ARG...]" >&2; exit 2; }
root=$(realpath "$1")
shift
[ -x "$root/bin/sh" ] || { echo "$0: $root is not a Debian root" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "$0: mount and chroot need root" >&2; exit 1; }

mounted=()
bind() {
    mkdir -p "$2"
    mount --bind "$1" "$2"
    mounted=("$2" "${mounted[@]}")
}
unmount_all() {
    for dir in "${mounted[@]}"; do
        umount -l "$dir" || echo "$0: could not unmount $dir" >&2
    done
}
trap unmount_all EXIT

bind /dev "$root/dev"
bind /dev/pts "$root/dev/pts"
bind /proc "$root/proc"
bind /sys "$root/sys"
if [ -n "${SECGUARD_ROOT_DOWNLOADS:-}" ]; then
    # apt makes its own partial/ there, owned by its _apt user.
    mkdir -p "$SECGUARD_ROOT_DOWNLOADS/apt" "$SECGUARD_ROOT_DOWNLOADS/pip"
    bind "$SECGUARD_ROOT_DOWNLOADS/apt" "$root/var/cache/apt/archives"
    bind "$SECGUARD_ROOT_DOWNLOADS/pip" "$root/root/.cache/pip"
fi
cp -L /etc/resolv.conf "$root/etc/resolv.conf"

# A clean environment, as a login on that machine would have: nothing of the
# host's (its PATH, Python or pip settings) leaks in...
environment=(
    HOME=/root TERM="${TERM:-dumb}" LANG=C.UTF-8
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
)
# ...except the certificates this machine trusts: the root goes out through
# the same network, which may inspect TLS with a CA of its own, so pip there
# trusts what pip here does (PIP_CERT, else the system's bundle).
host_ca=${PIP_CERT:-/etc/ssl/certs/ca-certificates.crt}
if [ -f "$host_ca" ]; then
    cp -L "$host_ca" "$root/etc/host-network-ca.crt"
    environment+=(PIP_CERT=/etc/host-network-ca.crt)
fi

env -i "${environment[@]}" chroot "$root" "$@"
