#!/usr/bin/env bash
# Debian packages for real-screen checks: Xvfb (screenshots), a CJK font (Chinese text in
# screenshots) and the libraries Qt's xcb platform plugin loads. Safe to run repeatedly.
set -euo pipefail
packages=(xvfb xauth fonts-noto-cjk libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1
          libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libegl1 libgl1)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
