#!/usr/bin/env bash
# Debian packages for the real tray test (tests/ui/test_tray_real.py): a virtual X server, an
# XEmbed tray host, a D-Bus session bus with a notification daemon (read back through
# `dunstctl history`), the xcb platform plugin's libraries, a CJK font and screenshot tools.
# Idempotent and quiet: apt-get runs only when a package is missing (checked with dpkg -s).
set -euo pipefail
packages=(xvfb xauth trayer dunst dbus-daemon dbus-x11 libxcb-cursor0 libxkbcommon-x11-0
          libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
          libxcb-xinerama0 libegl1 libgl1 fonts-noto-cjk x11-apps imagemagick xdotool)
bash "$(dirname "$0")/apt-install.sh" "${packages[@]}"
