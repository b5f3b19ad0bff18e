#!/usr/bin/env bash
# Debian packages for real-screen checks: Xvfb (screenshots), a CJK font (Chinese text in
# screenshots) and the libraries Qt's xcb platform plugin loads. Safe to run repeatedly.
set -euo pipefail
packages=(xvfb xauth fonts-noto-cjk libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1
          libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libegl1 libgl1)
bash "$(dirname "$0")/apt-install.sh" "${packages[@]}"
