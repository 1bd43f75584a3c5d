#!/usr/bin/env bash
# Builds, signs and notarizes secguard.app and its .dmg (run on a Mac, not on the Linux CI).
#
#   SIGNING_IDENTITY="Developer ID Application: Example Securities (TEAMID)" \
#   NOTARY_PROFILE=secguard-notary \
#   packaging/macos/build-dmg.sh [PRESET]
#
# Needs: Xcode's command-line tools, Python 3.11+ with `pip install -e .[dev]`,
# the Developer ID Application certificate in the login keychain, and a
# notarytool profile stored once with:
#   xcrun notarytool store-credentials secguard-notary \
#       --apple-id release@example.co.jp --team-id TEAMID --password <app-specific password>
# Without SIGNING_IDENTITY it builds an unsigned .app and .dmg for testing and
# says so; nothing unsigned is notarized.  Every step stops the script on failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

preset="${1:-}"
python3 packaging/build.py ${preset:+--preset "$preset"}
app=dist/secguard.app
[ -d "$app" ] || { echo "PyInstaller made no $app" >&2; exit 1; }
"$app/Contents/MacOS/secguard" --self-test

name=secguard
if [ -n "$preset" ]; then
    name="secguard-$preset"
fi
version=$("$app/Contents/MacOS/secguard" --version | awk '{print $NF}')
dmg="dist/$name-$version.dmg"

if [ -n "${SIGNING_IDENTITY:-}" ]; then
    # Inside out: every library and executable first, the app last; the hardened
    # runtime and a secure timestamp are what notarization requires.  No
    # entitlements: secguard neither JIT-compiles nor loads unsigned code.
    sign() {
        codesign --force --timestamp --options runtime --sign "$SIGNING_IDENTITY" "$@"
    }
    while IFS= read -r -d '' binary; do
        if file -b "$binary" | grep -q "Mach-O"; then
            sign "$binary"
        fi
    done < <(find "$app/Contents/Frameworks" "$app/Contents/MacOS" -type f -print0)
    sign "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
fi

rm -f "$dmg"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "$name" -srcfolder "$staging" -ov -format UDZO "$dmg"

if [ -n "${SIGNING_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$SIGNING_IDENTITY" "$dmg"
    : "${NOTARY_PROFILE:?set NOTARY_PROFILE to the notarytool keychain profile}"
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
else
    echo "warning: SIGNING_IDENTITY not set: $dmg is unsigned and not notarized (testing only)" >&2
fi
echo "$dmg"
