#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages secguard needs, or says what is missing.
#
#   scripts/system-deps.sh run    Qt's xcb platform plugin and a Japanese font
#   scripts/system-deps.sh test   the above, plus Xvfb, D-Bus and gnome-keyring
#   scripts/system-deps.sh bundle the tools the PyInstaller bundle and .deb need
#
# Only apt-based systems are handled; elsewhere (macOS, other Linux) the wheels
# carry Qt itself and nothing is installed.  Nothing is installed unless we are
# root (CI, containers): a developer is shown the exact command instead.
set -euo pipefail

profile="${1:-run}"

# Qt 6.5+'s xcb plugin loads these at run time.  Its error message blames
# libxcb-cursor0, but on Debian 12 icccm4 and keysyms1 are the usual culprits.
run_packages=(
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
    libegl1 libgl1 libfontconfig1 libdbus-1-3
    # Without a CJK font every Japanese glyph is an empty box.
    fonts-ipafont-gothic
)
test_packages=(
    xvfb xauth dbus dbus-x11 gnome-keyring
)
# packaging/icu_data.py trims ICU's data with icupkg and links it with gcc;
# readelf, objcopy and strip (PyInstaller runs it) come with binutils.
bundle_packages=(
    binutils gcc icu-devtools
)

case "$profile" in
    run) wanted=("${run_packages[@]}") ;;
    test) wanted=("${run_packages[@]}" "${test_packages[@]}") ;;
    bundle) wanted=("${bundle_packages[@]}") ;;
    *) echo "usage: $0 run|test|bundle" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
    # Not Debian/Ubuntu: PySide6 wheels bundle Qt; fonts and keyring come with the OS.
    exit 0
fi

missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$pkg")
done

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    exit 0
fi

echo "secguard needs these system packages, which are not installed:" >&2
echo "    ${missing[*]}" >&2
echo "Install them with:" >&2
echo "    sudo apt-get install ${missing[*]}" >&2
exit 1
