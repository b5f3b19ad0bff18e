#!/usr/bin/env bash
# Extract every translatable string into resources/translations/*.ts (keeping existing
# translations), then compile them into crmdesk/ui/translations/*.qm, which ship with the app.
# Run after changing user-facing text; tests/ui/test_translations.py fails when this is due.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find crmdesk -name '*.py' -not -name 'demo*' | sort)
for lang in zh_CN en; do
  uv run pyside6-lupdate -no-obsolete -locations none "${sources[@]}" \
    -ts "resources/translations/crmdesk_${lang}.ts" >/dev/null
done
mkdir -p crmdesk/ui/translations
for ts in resources/translations/*.ts; do
  name=$(basename "$ts" .ts)
  uv run pyside6-lrelease -silent "$ts" -qm "crmdesk/ui/translations/${name}.qm"
done
