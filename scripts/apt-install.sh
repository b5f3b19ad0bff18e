#!/usr/bin/env bash
# Install the Debian packages named as arguments that are not installed yet (idempotent,
# quiet; apt-get runs only when something is missing; sudo only when not root).
set -euo pipefail
missing=()
for p in "$@"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive DEBCONF_NOWARNINGS=yes $sudo_cmd apt-get install -y -qq \
  --no-install-recommends "${missing[@]}" >/dev/null
