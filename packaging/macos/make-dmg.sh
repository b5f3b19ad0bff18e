#!/usr/bin/env bash
# Package dist/crmdesk.app (from `pyinstaller build.spec` on macOS) as a drag-to-install .dmg.
#
#     uv run --group build pyinstaller build.spec --noconfirm
#     bash packaging/macos/make-dmg.sh            # -> dist/crmdesk-<version>-macos.dmg
#
# The disk image holds crmdesk.app and a link to /Applications. Optional signing and
# notarisation: set CODESIGN_IDENTITY ("Developer ID Application: ...") and, for notarytool,
# NOTARY_PROFILE (a keychain profile made with `xcrun notarytool store-credentials`).
# Unsigned builds open after right-click -> Open (Gatekeeper asks once).
#
# Not run in the crmdesk development environment (Linux): .github/workflows/build.yml runs it.
set -euo pipefail
cd "$(dirname "$0")/../.."

APP=dist/crmdesk.app
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' crmdesk/__init__.py)
DMG="dist/crmdesk-$VERSION-macos.dmg"
[ -d "$APP" ] || { echo "make-dmg: $APP is missing: run pyinstaller build.spec first" >&2; exit 1; }

plist_version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist")
[ "$plist_version" = "$VERSION" ] || { echo "make-dmg: Info.plist says $plist_version, not $VERSION" >&2; exit 1; }

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict "$APP"
fi

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "crmdesk $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO \
  -imagekey zlib-level=9 -ov "$DMG"
hdiutil verify "$DMG"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
  if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
  fi
fi
echo "make-dmg: $DMG ($(du -h "$DMG" | cut -f1))"
