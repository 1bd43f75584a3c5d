#!/usr/bin/env bash
# Builds a .deb from a PyInstaller bundle (`make deb`, `make deb PRESET=<name>`).
#
#   packaging/linux/build-deb.sh BUNDLE_DIR [OUTPUT_DIR]
#
# BUNDLE_DIR is dist/secguard (from packaging/build.py).  The package installs
# the bundle under /opt/<package>/, the command as /usr/bin/<package> and a
# desktop entry.  A branded bundle (built with a preset) becomes the package
# secguard-<preset id>, named after the brokerage in the menu, so two brands
# and the plain secguard can be installed side by side.
#
# Depends: every system library the bundle left to the system
# (dist/secguard.system-libraries.txt, written by the build) is looked up with
# dpkg -S on this build machine, plus the GL libraries and a Japanese font.
set -euo pipefail

bundle=$(realpath "${1:?usage: $0 BUNDLE_DIR [OUTPUT_DIR]}")
output=$(realpath -m "${2:-$(dirname "$bundle")}")
libraries="$(dirname "$bundle")/$(basename "$bundle").system-libraries.txt"
[ -x "$bundle/secguard" ] || { echo "no secguard executable in $bundle" >&2; exit 2; }
[ -f "$libraries" ] || { echo "missing $libraries (build with packaging/build.py)" >&2; exit 2; }

version=$("$bundle/secguard" --version | awk '{print $NF}')
arch=$(dpkg --print-architecture)
preset="$bundle/_internal/resources/preset/preset.json"
if [ -f "$preset" ]; then
    read -r preset_id brand_en brand_ja logo < <(python3 - "$preset" <<'PY'
import json, sys
p = json.load(open(sys.argv[1], encoding="utf-8"))
n = p["brand"]["names"]
print(p["id"], n["en"].replace(" ", "\x1f"), n["ja"].replace(" ", "\x1f"), p["brand"]["logo"])
PY
)
    brand_en=${brand_en//$'\x1f'/ }
    brand_ja=${brand_ja//$'\x1f'/ }
    package="secguard-$preset_id"
    name_en="$brand_en secguard"
    name_ja="$brand_ja secguard"
    icon_file="$bundle/_internal/resources/preset/$logo"
else
    package=secguard
    name_en=secguard
    name_ja=secguard
    icon_file=""
fi

# One Debian package per library the bundle expects from the system (one dpkg
# query for all: each query reads the whole package database).
mapfile -t names < <(xargs -n1 basename < "$libraries" | sort -u)
owners=$(dpkg -S "${names[@]}" 2>/dev/null || true)
depends=()
for name in "${names[@]}"; do
    owner=$(awk -v n="$name" '{ p = $NF; sub(/.*\//, "", p) } p == n { print $1; exit }' <<<"$owners")
    [ -n "$owner" ] || { echo "no Debian package owns $name" >&2; exit 1; }
    depends+=("${owner%%:*}")
done
# Qt loads libGL/libEGL (PyInstaller never bundles them) and needs a CJK font.
depends+=(libgl1 libegl1)
depends_line=$(printf '%s\n' "${depends[@]}" | sort -u | paste -sd, | sed 's/,/, /g')
depends_line="$depends_line, fonts-ipafont-gothic | fonts-noto-cjk | fonts-vlgothic"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications"
cp -a "$bundle" "$root/opt/$package"
ln -s "/opt/$package/secguard" "$root/usr/bin/$package"
icon=security-high
if [ -n "$icon_file" ]; then
    mkdir -p "$root/usr/share/icons/hicolor/128x128/apps"
    cp "$icon_file" "$root/usr/share/icons/hicolor/128x128/apps/$package.png"
    icon=$package
fi
cat > "$root/usr/share/applications/$package.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=$name_en
Name[ja]=$name_ja
Comment=Check that your online brokerage account is safe from takeover
Comment[ja]=ネット証券口座の乗っ取り対策をチェックします
Exec=/usr/bin/$package
Icon=$icon
Terminal=false
Categories=Utility;Security;
DESKTOP
installed_kb=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: $package
Version: $version
Architecture: $arch
Maintainer: secguard <secguard@invalid>
Section: utils
Priority: optional
Installed-Size: $installed_kb
Depends: $depends_line
Recommends: gnome-keyring | kwalletmanager
Description: self-check against online brokerage account takeover ($name_en)
 Walks through the seven precautions of Japan's Financial Services Agency
 (links, bookmarks, MFA, passwords, account reviews, updates, anti-malware),
 in Japanese and English.
CONTROL
mkdir -p "$output"
deb="$output/${package}_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz -z3 --build "$root" "$deb" >/dev/null
echo "$deb"
