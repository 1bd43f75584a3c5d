#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages secguard needs, or says what is missing.
#
#   scripts/system-deps.sh run          what `make run` loads: Python's venv, Qt's
#                                       libraries and platform plugins, a Japanese font
#   scripts/system-deps.sh test         the above, plus Xvfb, D-Bus, gnome-keyring, binutils,
#                                       poppler-utils
#   scripts/system-deps.sh debian-root  debootstrap, for scripts/debian-root.sh
#   scripts/system-deps.sh --list P     print profile P's packages, one a line
#   scripts/system-deps.sh bundle       the tools the PyInstaller bundle and .deb need
#
# Only apt-based systems are handled; elsewhere (macOS, other Linux) the wheels
# carry Qt itself and nothing is installed.  Nothing is installed unless we are
# root (CI, containers): a developer is shown the exact command instead.
set -euo pipefail

# Everything `make run` needs on a minimal Debian (debootstrap's minbase: the
# packages of Priority required and what they depend on), named even where
# another package here happens to pull it in today: the test profile used to
# hide a missing libglib2.0-0 that way.  tests/packaging/test_run_dependencies.py
# fails when a library that PySide6's Qt, its xcb/offscreen plugins or lrelease
# load comes from a package that is neither here nor in minbase.
run_packages=(
    # Debian's python3 cannot `python3 -m venv` without it (no ensurepip).
    python3-venv
    # QtCore, QtGui, QtNetwork, QtDBus and lrelease/lupdate link these.
    libglib2.0-0 libgssapi-krb5-2 libbrotli1 libdbus-1-3
    libfontconfig1 libfreetype6 libxkbcommon0 libegl1 libgl1
    # Qt 6.5+'s xcb plugin loads these at run time.  Its error message blames
    # libxcb-cursor0, but on Debian 12 icccm4 and keysyms1 are the usual culprits.
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
    libxcb1 libxcb-render0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0
    libxcb-glx0 libx11-6 libx11-xcb1
    # Without a CJK font every Japanese glyph is an empty box.
    fonts-ipafont-gothic
)
test_packages=(
    xvfb xauth dbus dbus-x11 gnome-keyring
    # readelf, for tests/packaging/test_run_dependencies.py.
    binutils
    # pdftotext and pdftoppm, to read back the PDF report in tests/reporting/.
    poppler-utils
)
debian_root_packages=(
    debootstrap
)
# packaging/icu_data.py trims ICU's data with icupkg and links it with gcc;
# readelf, objcopy and strip (PyInstaller runs it) come with binutils.
bundle_packages=(
    binutils gcc icu-devtools
)

packages_of() {
    case "$1" in
        run) printf '%s\n' "${run_packages[@]}" ;;
        test) printf '%s\n' "${run_packages[@]}" "${test_packages[@]}" ;;
        debian-root) printf '%s\n' "${debian_root_packages[@]}" ;;
        bundle) printf '%s\n' "${bundle_packages[@]}" ;;
        *) echo "usage: $0 [--list] run|test|debian-root|bundle" >&2; exit 2 ;;
    esac
}

if [ "${1:-}" = "--list" ]; then
    packages_of "${2:-}"
    exit 0
fi

profile="${1:-run}"
packages_of "$profile" >/dev/null  # a wrong profile stops here, with the usage line
mapfile -t wanted < <(packages_of "$profile")

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
