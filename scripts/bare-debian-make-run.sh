#!/usr/bin/env bash
# Proves the README's `make run` on a bare Debian: a fresh minimal root
# (scripts/debian-root.sh) with only `make` added, a copy of this checkout,
# and then, inside it as root, exactly `make run ARGS=--self-test`.  The venv,
# the system packages and the translations are all made there by the
# project's own files; nothing of this machine's is used.
#
#   scripts/bare-debian-make-run.sh [--make-test] [SUITE]   SUITE defaults to bookworm
#
# --make-test then also runs `make test` in the same root (a few minutes more),
# after `make run` has been proven on the bare root.
#
# When this machine has Xvfb, the window itself is opened too: the root's
# secguard is started on the xcb platform against an Xvfb display here and
# must still be running, with no Qt platform error, after a few seconds.
#
# Needs root and the network (Debian's mirror and PyPI).  Takes some minutes:
# see the README for figures.  Keeps downloads in ~/.cache/secguard/downloads
# (SECGUARD_CACHE_DIR) between runs; SECGUARD_KEEP_ROOT=1 leaves the root in
# place for a look inside.  Exit 0 when everything passed.
set -euo pipefail

make_test=0
if [ "${1:-}" = "--make-test" ]; then
    make_test=1
    shift
fi
suite=${1:-bookworm}
here=$(cd "$(dirname "$0")/.." && pwd)
cache_dir=${SECGUARD_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/secguard}
root=$(mktemp -d "${TMPDIR:-/tmp}/secguard-bare-$suite-XXXXXX")
started=$SECONDS
xvfb_pid=""
x11_mounted=0

cleanup() {
    if [ "$x11_mounted" = 1 ]; then umount -l "$root/tmp/.X11-unix" || true; fi
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    if [ "${SECGUARD_KEEP_ROOT:-0}" = 1 ]; then
        echo "The root is kept in $root"
    else
        # --one-file-system: never follow a mount that is somehow still there.
        rm -rf --one-file-system "$root"
    fi
}
trap cleanup EXIT

step() { printf '\n== %s (%ds)\n' "$1" $((SECONDS - started)); }

inside() {
    SECGUARD_ROOT_DOWNLOADS="$cache_dir/downloads" "$here/scripts/in-debian-root.sh" "$root" "$@"
}

step "minimal Debian $suite root"
SECGUARD_CACHE_DIR="$cache_dir" "$here/scripts/debian-root.sh" "$root" "$suite"

step "adding make, the one thing the README asks for"
inside sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends make >/dev/null'

step "copying the checkout (tracked and new files, no .venv or build products)"
mkdir -p "$root/root/secguard"
(
    cd "$here"
    git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
        # A file deleted but not yet committed as deleted is not copied.
        [ -e "$file" ] && printf '%s\0' "$file"
    done | tar --null -T - -cf -
) | tar -xf - -C "$root/root/secguard"

step "make run ARGS=--self-test"
inside sh -c 'cd /root/secguard && make run ARGS=--self-test'

if command -v Xvfb >/dev/null 2>&1; then
    step "the window on the xcb platform, against an Xvfb display of this machine"
    # -displayfd: Xvfb picks a free display and names it once it is ready.
    announcement="$root.display"
    mkfifo "$announcement"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$announcement" >/dev/null 2>&1 &
    xvfb_pid=$!
    display=""
    read -r display <"$announcement" || true
    rm -f "$announcement"
    [ -n "$display" ] || { echo "FAILED: Xvfb did not start" >&2; exit 1; }
    # The display's socket, seen from inside the root.
    mkdir -p "$root/tmp/.X11-unix"
    mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
    x11_mounted=1
    status=0
    inside sh -c "cd /root/secguard && DISPLAY=:$display QT_QPA_PLATFORM=xcb \
        timeout 8 .venv/bin/secguard >/tmp/window.log 2>&1" || status=$?
    cat "$root/tmp/window.log"
    # timeout's 124: the window was still open when we closed it.
    if [ "$status" -ne 124 ] || grep -q 'qt.qpa' "$root/tmp/window.log"; then
        echo "FAILED: secguard did not keep its window open on xcb (exit $status)" >&2
        exit 1
    fi
    echo "The window stayed open on xcb until it was closed."
else
    step "no Xvfb here: the xcb window is not tried (the self-test above ran off-screen)"
fi

if [ "$make_test" = 1 ]; then
    step "make test, in the same root"
    inside sh -c 'cd /root/secguard && make test'
fi

step "passed: make run works on a bare Debian $suite"
