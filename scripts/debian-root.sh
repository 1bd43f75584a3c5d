#!/usr/bin/env bash
# Builds a minimal Debian root in DIR: debootstrap's minbase variant (the
# packages of Priority required, plus apt), with the release's updates and
# security sources, and nothing else.  That is the barest Debian a person can
# have, so whatever secguard needs beyond it must come from our own files.
#
#   scripts/debian-root.sh DIR            Debian 12 (bookworm)
#   scripts/debian-root.sh DIR trixie     another release
#
# Run a command inside it with scripts/in-debian-root.sh DIR COMMAND...
# For example, to install a package file into a clean root:
#
#   scripts/debian-root.sh /tmp/clean-root
#   cp dist/secguard.deb /tmp/clean-root/tmp/
#   scripts/in-debian-root.sh /tmp/clean-root \
#       sh -c 'apt-get update && apt-get install -y /tmp/secguard.deb'
#   rm -rf --one-file-system /tmp/clean-root      # when done
#
# debootstrap takes a few minutes, so the finished root is kept as a tarball
# in $SECGUARD_CACHE_DIR (default ~/.cache/secguard) and unpacked from there
# while it is younger than a week; SECGUARD_DEBIAN_ROOT_FRESH=1 builds anew.
# Needs root.  DIR must not exist or be empty.  Installs debootstrap through
# scripts/system-deps.sh when it is missing.
set -euo pipefail

usage() {
    echo "usage: $0 DIR [SUITE]" >&2
    exit 2
}

[ $# -ge 1 ] && [ $# -le 2 ] || usage
root=$1
suite=${2:-bookworm}
mirror=${SECGUARD_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security_mirror=${SECGUARD_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
cache_dir=${SECGUARD_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/secguard}
tarball="$cache_dir/debian-$suite-minbase-$(dpkg --print-architecture).tar.gz"
max_age_days=7

if [ "$(id -u)" -ne 0 ]; then
    echo "$0: debootstrap needs root" >&2
    exit 1
fi
if [ -e "$root" ] && [ -n "$(ls -A "$root")" ]; then
    echo "$0: $root is not empty" >&2
    exit 1
fi
mkdir -p "$root"
# As a real / is: a mktemp -d folder (0700) would lock apt's _apt user out.
chmod 0755 "$root"

if [ "${SECGUARD_DEBIAN_ROOT_FRESH:-0}" != 1 ] && [ -f "$tarball" ] \
    && [ -n "$(find "$tarball" -mtime -"$max_age_days")" ]; then
    echo "Unpacking the minimal Debian $suite root kept in $tarball"
    tar -xzpf "$tarball" -C "$root"
    exit 0
fi

if ! command -v debootstrap >/dev/null 2>&1; then
    "$(dirname "$0")/system-deps.sh" debian-root
fi

echo "Building a minimal Debian $suite root in $root (debootstrap minbase)"
debootstrap --variant=minbase "$suite" "$root" "$mirror"

# A real installation also gets its release's fixes; without them a package
# that a point release fixed would be judged on its old version.
cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security_mirror $suite-security main
SOURCES
# apt's downloaded lists and packages are not part of the root we keep.
# (Files only: the partial/ folders keep the owner apt gave them.)
find "$root/var/lib/apt/lists" "$root/var/cache/apt/archives" -maxdepth 1 -type f -delete

mkdir -p "$cache_dir"
tar -czpf "$tarball.partial" -C "$root" .
mv "$tarball.partial" "$tarball"
echo "Kept the root as $tarball"
