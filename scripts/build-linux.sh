#!/usr/bin/env bash
# Build crmdesk for Linux: the PyInstaller one-folder bundle, a .tar.gz and a .deb.
#
#     bash scripts/build-linux.sh          # then: bash scripts/check-linux-package.sh
#
# Outputs (dist/ is git-ignored):
#     dist/crmdesk/                                   the bundle (dist/crmdesk/crmdesk)
#     dist/crmdesk-<version>-linux-x86_64.tar.gz      unpack anywhere, run crmdesk-<version>/crmdesk
#     dist/crmdesk_<version>_amd64.deb                installs /opt/crmdesk, /usr/bin/crmdesk,
#                                                     a .desktop entry and hicolor icons
#
# Needs Debian or Ubuntu (apt, dpkg-deb) and uv. The bundle needs a glibc at least as new as
# the build host's: build on the oldest distribution you support.
set -euo pipefail
cd "$(dirname "$0")/.."

# -- 1. what the Qt platform plugins link against, on the build host ------------------------
# PyInstaller resolves every plugin's libraries here: the small xcb helpers are copied into the
# bundle (users' desktops often lack libxcb-cursor0 and the X11 plugin would not load); the
# rest are the desktop's own libraries, which the .deb depends on (see DEPENDS below).
BUILD_PACKAGES=(
  binutils dpkg desktop-file-utils
  libgl1 libegl1 libfontconfig1 libfreetype6 libdbus-1-3 libx11-6 libx11-xcb1 libxcb1
  libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
  libxcb-xfixes0 libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0
  libwayland-client0 libwayland-cursor0 libwayland-egl1 libgtk-3-0 libcups2
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
  local missing=() pkg candidate
  for pkg in "$@"; do
    # bookworm's names, or Ubuntu 24.04 / trixie's "t64" renames of the same libraries
    if dpkg -s "$pkg" >/dev/null 2>&1 || dpkg -s "${pkg}t64" >/dev/null 2>&1; then
      continue
    fi
    missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "build-linux: installing ${missing[*]}"
  as_root apt-get update -qq
  local resolved=()
  for pkg in "${missing[@]}"; do
    candidate=$(apt-cache policy "$pkg" 2>/dev/null | awk '/Candidate:/ {print $2}')
    if [ -n "$candidate" ] && [ "$candidate" != "(none)" ]; then
      resolved+=("$pkg")
    else
      resolved+=("${pkg}t64")
    fi
  done
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${resolved[@]}" >/dev/null
}

command -v dpkg >/dev/null || { echo "build-linux: needs Debian or Ubuntu (dpkg)" >&2; exit 1; }
install_missing "${BUILD_PACKAGES[@]}"

VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' crmdesk/__init__.py)
[ -n "$VERSION" ] || { echo "build-linux: no __version__ in crmdesk/__init__.py" >&2; exit 1; }
ARCH=$(dpkg --print-architecture)   # amd64
MACHINE=$(uname -m)                 # x86_64
echo "build-linux: crmdesk $VERSION ($ARCH)"

# -- 2. the bundle ----------------------------------------------------------------------------
uv run --locked --group build pyinstaller build.spec --noconfirm --log-level WARN
BUNDLE=dist/crmdesk
[ -x "$BUNDLE/crmdesk" ] || { echo "build-linux: $BUNDLE/crmdesk was not built" >&2; exit 1; }

# -- 3. the archive -----------------------------------------------------------------------------
TARBALL="dist/crmdesk-$VERSION-linux-$MACHINE.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner \
  --transform "s,^crmdesk,crmdesk-$VERSION,S" -C dist -cf - crmdesk | gzip -6n >"$TARBALL"

# -- 4. the .deb ------------------------------------------------------------------------------
# The oldest glibc and libstdc++ the bundled binaries accept (from their symbol versions).
symbol_versions() {
  { find "$BUNDLE" -type f \( -name '*.so*' -o -perm -u+x \) -print0 |
    xargs -0 objdump -T 2>/dev/null || true; } | { grep -o "$1[0-9.]*" || true; } |
    sed "s/^$1//" | sort -uV | tail -1
}
GLIBC_MIN=$(symbol_versions 'GLIBC_')
GLIBCXX_MIN=$(symbol_versions 'GLIBCXX_3\.4\.')
case "${GLIBCXX_MIN:-0}" in # libstdc++ symbol version -> the GCC release that brought it
  2[0-8]) GCC_MIN=10 ;; 29) GCC_MIN=11 ;; 30) GCC_MIN=12 ;; 31|32) GCC_MIN=13 ;; *) GCC_MIN=14 ;;
esac

# Libraries the bundle takes from the system (build.spec leaves them out on purpose).
DEPENDS=(
  "libc6 (>= ${GLIBC_MIN:-2.28})" "libstdc++6 (>= $GCC_MIN)" "libgcc-s1" "zlib1g" "libzstd1"
  "libglib2.0-0t64 | libglib2.0-0" "libdbus-1-3" "libfontconfig1" "libfreetype6"
  "libgl1" "libegl1" "libx11-6" "libx11-xcb1" "libxcb1" "libxkbcommon0"
  "libwayland-client0" "libwayland-cursor0" "libwayland-egl1"
)
# Optional: the GTK look (Qt's gtk3 platform theme), printing the recovery code, Chinese text.
RECOMMENDS=("libgtk-3-0t64 | libgtk-3-0" "libcups2t64 | libcups2"
  "fonts-noto-cjk | fonts-wqy-microhei")
join() { local IFS=,; echo "$*" | sed 's/,/, /g'; }

STAGE=build/deb/root
rm -rf build/deb
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/doc/crmdesk"
cp -a "$BUNDLE" "$STAGE/opt/crmdesk"
ln -s /opt/crmdesk/crmdesk "$STAGE/usr/bin/crmdesk"   # the bootloader finds _internal/ by realpath
for png in resources/icons/crmdesk-*.png; do
  size=${png##*crmdesk-}; size=${size%.png}
  install -D -m 0644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/crmdesk.png"
done
cat >"$STAGE/usr/share/applications/crmdesk.desktop" <<'EOF'
[Desktop Entry]
Type=Application
Version=1.4
Name=crmdesk
GenericName=Customer Relationship Manager
GenericName[zh_CN]=客户关系管理
Comment=Encrypted desktop CRM: customers, follow-ups and reminders, offline
Comment[zh_CN]=加密的桌面客户管理：客户、跟进与提醒，离线可用
Exec=crmdesk
Icon=crmdesk
Terminal=false
Categories=Office;ContactManagement;
Keywords=CRM;customers;contacts;sales;follow-up;客户;跟进;
StartupNotify=true
StartupWMClass=crmdesk
EOF
cat >"$STAGE/usr/share/doc/crmdesk/copyright" <<'EOF'
crmdesk: proprietary. Bundles Qt 6 and PySide6 (LGPLv3), Python (PSF licence), SQLCipher
(BSD-style), and the Python packages listed in the application's About box.
EOF
chmod -R u=rwX,go=rX "$STAGE"
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat >"$STAGE/DEBIAN/control" <<EOF
Package: crmdesk
Version: $VERSION
Section: office
Priority: optional
Architecture: $ARCH
Maintainer: crmdesk maintainers <crmdesk@example.com>
Installed-Size: $INSTALLED_KB
Depends: $(join "${DEPENDS[@]}")
Recommends: $(join "${RECOMMENDS[@]}")
Homepage: https://example.com/crmdesk
Description: encrypted desktop CRM for field sales teams
 crmdesk keeps customers, contacts, follow-ups and key dates in an encrypted
 (SQLCipher) database on this computer, works offline, and reminds each
 salesperson whom to call today. English and Simplified Chinese.
 .
 The application is installed in /opt/crmdesk; each user's database lives in
 ~/.local/share/crmdesk and is never touched by installing or removing this
 package.
EOF
DEB="dist/crmdesk_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null

echo "build-linux: built"
for f in "$BUNDLE" "$TARBALL" "$DEB"; do
  printf '  %-45s %s\n' "$f" "$(du -sh "$f" | cut -f1)"
done
