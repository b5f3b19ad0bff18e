#!/usr/bin/env bash
# Smoke-test what scripts/build-linux.sh built (CI runs both). Fails on the first broken check.
#
#     bash scripts/build-linux.sh && bash scripts/check-linux-package.sh
#
# 1. the frozen bundle's --self-test prints the OK line (QT_QPA_PLATFORM=offscreen, a clean HOME)
# 2. it does so on a virtual X server too (xvfb-run, QT_QPA_PLATFORM=xcb): the X11 plugin loads;
#    the X11 and Wayland platform plugins find every library they link against on this host
# 3. the .deb unpacks into a scratch root (dpkg-deb -x): control fields, launcher, icons, and a
#    .desktop file that desktop-file-validate accepts; the unpacked app passes --self-test too,
#    started through a symbolic link as /usr/bin/crmdesk is
# 4. sizes: the bundle on disk and the .tar.gz (a warning above 150 MB / 60 MB, not a failure)
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' crmdesk/__init__.py)
ARCH=$(dpkg --print-architecture)
BUNDLE=dist/crmdesk
TARBALL="dist/crmdesk-$VERSION-linux-$(uname -m).tar.gz"
DEB="dist/crmdesk_${VERSION}_${ARCH}.deb"
MAX_DISK_MB=150
MAX_TARBALL_MB=60

fail() { echo "check-linux-package: FAILED: $*" >&2; exit 1; }
need_packages() { # apt-get install the Debian packages that are missing (dpkg -s first)
  local missing=() pkg
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
for f in "$BUNDLE/crmdesk" "$TARBALL" "$DEB"; do
  [ -e "$f" ] || fail "$f is missing: run scripts/build-linux.sh first"
done

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/crmdesk-check.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -p "$SCRATCH/home"

self_test() { # $1: the executable, $2: the Qt platform, then a wrapper; prints the OK line or fails
  local out exe=$1 platform=${2:-offscreen}
  shift 2 || shift $#
  out=$(env -u LD_LIBRARY_PATH HOME="$SCRATCH/home" XDG_DATA_HOME="$SCRATCH/home/data" \
    XDG_CONFIG_HOME="$SCRATCH/home/config" QT_QPA_PLATFORM="$platform" \
    timeout 120 "$@" "$exe" --self-test) || fail "$exe --self-test ($platform) exited with $?"
  [[ "$out" =~ ^crmdesk\ self-test\ OK:\ crmdesk\ $VERSION,\ Qt\ [0-9.]+,\ SQLCipher\ .+,\ SQLite\ [0-9.]+$ ]] ||
    fail "$exe --self-test ($platform) printed: $out"
  echo "  $platform: $out"
}

echo "check-linux-package: crmdesk $VERSION"
echo "1. frozen self-test ($BUNDLE/crmdesk)"
self_test "$BUNDLE/crmdesk"
[ -z "$(ls -A "$SCRATCH/home")" ] || fail "the self-test wrote into HOME: $(ls -A "$SCRATCH/home")"

echo "2. the X11 platform plugin loads (a virtual X server)"
need_packages xvfb xauth
self_test "$BUNDLE/crmdesk" xcb xvfb-run -a -s "-screen 0 1280x800x24"
echo "   platform plugins' libraries"
for plugin in platforms/libqxcb.so platforms/libqwayland.so platforms/libqoffscreen.so \
  xcbglintegrations/libqxcb-glx-integration.so platformthemes/libqxdgdesktopportal.so; do
  path="$BUNDLE/_internal/PySide6/Qt/plugins/$plugin"
  [ -f "$path" ] || fail "$plugin is not in the bundle"
  missing=$(ldd "$path" | awk '/not found/ {print $1}' | tr '\n' ' ')
  [ -z "$missing" ] || fail "$plugin: missing ${missing}(see BUILD_PACKAGES in build-linux.sh)"
done
echo "  xcb, wayland, offscreen: every library found"

echo "3. the .deb ($DEB)"
ROOT="$SCRATCH/root"
dpkg-deb -x "$DEB" "$ROOT"
[ "$(dpkg-deb -f "$DEB" Package)" = crmdesk ] || fail "control: Package is not crmdesk"
[ "$(dpkg-deb -f "$DEB" Version)" = "$VERSION" ] || fail "control: Version is not $VERSION"
[ -n "$(dpkg-deb -f "$DEB" Depends)" ] || fail "control: no Depends"
[ "$(readlink "$ROOT/usr/bin/crmdesk")" = /opt/crmdesk/crmdesk ] ||
  fail "/usr/bin/crmdesk does not point at /opt/crmdesk/crmdesk"
for size in 16 24 32 48 64 128 256 512; do
  [ -s "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/crmdesk.png" ] ||
    fail "no ${size}x${size} icon"
done
DESKTOP="$ROOT/usr/share/applications/crmdesk.desktop"
[ -f "$DESKTOP" ] || fail "no /usr/share/applications/crmdesk.desktop"
need_packages desktop-file-utils
desktop-file-validate "$DESKTOP" || fail "desktop-file-validate rejected crmdesk.desktop"
grep -qx 'Exec=crmdesk' "$DESKTOP" || fail "the .desktop file does not run crmdesk"
echo "  control, launcher, icons, crmdesk.desktop: valid"
ln -s "$ROOT/opt/crmdesk/crmdesk" "$SCRATCH/crmdesk-launcher"
self_test "$SCRATCH/crmdesk-launcher"

echo "4. sizes"
disk_mb=$(($(du -sb "$BUNDLE" | cut -f1) / 1000000))
tar_mb=$(($(stat -c %s "$TARBALL") / 1000000))
deb_mb=$(($(stat -c %s "$DEB") / 1000000))
echo "  bundle on disk: $disk_mb MB (goal <= $MAX_DISK_MB)"
echo "  .tar.gz:        $tar_mb MB (goal <= $MAX_TARBALL_MB)"
echo "  .deb (xz):      $deb_mb MB"
[ "$disk_mb" -le "$MAX_DISK_MB" ] || echo "  WARNING: the bundle is over $MAX_DISK_MB MB on disk" >&2
[ "$tar_mb" -le "$MAX_TARBALL_MB" ] || echo "  WARNING: the .tar.gz is over $MAX_TARBALL_MB MB" >&2
echo "check-linux-package: OK"
