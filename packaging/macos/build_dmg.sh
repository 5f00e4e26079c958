#!/usr/bin/env bash
# Build RecruitDesk.app with PyInstaller, sign it, put it in a .dmg, notarise and staple both.
#
#     packaging/macos/build_dmg.sh            (from the repository root, on macOS, in the venv)
#
# Environment:
#   MACOS_SIGN_IDENTITY   "Developer ID Application: Firm Name (TEAMID)"; without it the app is
#                         signed ad hoc ("-"): fine for a local test, NOT for distribution, and
#                         the Keychain item it creates is tied to that one ad-hoc build (below).
#   NOTARY_PROFILE        a notarytool keychain profile (xcrun notarytool store-credentials ...);
#   or APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD
#                         (an app-specific password) - without either, notarisation is skipped.
#   SKIP_BUILD=1          reuse dist/RecruitDesk.app
#
# Output: dist/RecruitDesk-<version>.dmg
#
# KEYCHAIN ACCESS DEPENDS ON A STABLE CODE SIGNATURE. RecruitDesk keeps each vault's device key
# in the login Keychain. macOS grants the app silent access to that item because the item's
# access control names the app's designated requirement (Developer ID team + bundle identifier
# be.recruitdesk.RecruitDesk). Every release must therefore be signed with the SAME Developer ID
# (same team) and keep the same bundle identifier. An unsigned build, an ad-hoc-signed build, a
# build signed by another team, or a bundle modified and re-signed after signing (even `codesign
# --force` by a packaging tool) has a different requirement: it loses access to the Keychain item,
# the user gets a Keychain password prompt or the app reports that the keychain is unavailable,
# and the vault can then only be unlocked with the recovery key (after which the app re-enrols a
# new device key for the new signature).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT="$(pwd)"
VERSION="$(python3 -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')"
APP="dist/RecruitDesk.app"
DMG="dist/RecruitDesk-${VERSION}.dmg"
ENTITLEMENTS="packaging/macos/entitlements.plist"
IDENTITY="${MACOS_SIGN_IDENTITY:--}"

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
    python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/recruitdesk.spec
fi
[[ -d "$APP" ]] || { echo "build_dmg.sh: $APP is missing" >&2; exit 1; }

if [[ "$IDENTITY" == "-" ]]; then
    echo "build_dmg.sh: MACOS_SIGN_IDENTITY is not set: signing ad hoc. Not for distribution; such a build" >&2
    echo "              cannot keep access to the Keychain item of another build (see the header)." >&2
fi

# Sign inside-out: every Mach-O file first (dylibs, .so, Qt frameworks, the helper executables),
# then the bundle. --deep is deprecated for signing and would not apply the entitlements right.
sign() {
    codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" --sign "$IDENTITY" "$@"
}
if [[ "$IDENTITY" == "-" ]]; then
    # Ad hoc: no hardened runtime (library validation needs a Team ID), no timestamp.
    sign() { codesign --force --sign - "$@"; }
fi
while IFS= read -r -d '' file; do
    if file -b "$file" | grep -q "Mach-O"; then
        sign "$file"
    fi
done < <(find "$APP/Contents/Frameworks" "$APP/Contents/Resources" -type f -print0 2>/dev/null)
while IFS= read -r -d '' framework; do
    sign "$framework"
done < <(find "$APP/Contents/Frameworks" -type d -name "*.framework" -print0 2>/dev/null)
sign "$APP/Contents/MacOS/RecruitDesk"
sign "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"
codesign --display --requirements - "$APP" || true

# Smoke test the signed bundle before packaging it.
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/RecruitDesk" --version
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/RecruitDesk" --demo --smoke-test

# The disk image: the app and a link to /Applications.
STAGING="$(mktemp -d)"
trap 'rm -rf "$STAGING"' EXIT
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"
rm -f "$DMG"
hdiutil create -volname "RecruitDesk ${VERSION}" -srcfolder "$STAGING" -fs HFS+ -format UDZO -ov "$DMG"
if [[ "$IDENTITY" != "-" ]]; then
    codesign --force --timestamp --sign "$IDENTITY" "$DMG"
fi

# Notarisation: Apple scans the signed dmg; stapling attaches the ticket for offline Gatekeeper checks.
notarise() {
    if [[ -n "${NOTARY_PROFILE:-}" ]]; then
        xcrun notarytool submit "$1" --keychain-profile "$NOTARY_PROFILE" --wait
    else
        xcrun notarytool submit "$1" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD" --wait
    fi
}
if [[ "$IDENTITY" != "-" && ( -n "${NOTARY_PROFILE:-}" || -n "${APPLE_ID:-}" ) ]]; then
    notarise "$DMG"
    xcrun stapler staple "$DMG"
    # The app inside the dmg is covered by the dmg's ticket; staple the .app in dist/ as well for
    # people who copy it out of the build folder directly.
    ditto -c -k --keepParent "$APP" "dist/RecruitDesk-${VERSION}-app.zip"
    notarise "dist/RecruitDesk-${VERSION}-app.zip"
    xcrun stapler staple "$APP"
    spctl --assess --type execute --verbose=4 "$APP"
    spctl --assess --type open --context context:primary-signature --verbose=4 "$DMG"
else
    echo "build_dmg.sh: notarisation skipped (needs MACOS_SIGN_IDENTITY and NOTARY_PROFILE or APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD)." >&2
fi
echo "built $ROOT/$DMG"
