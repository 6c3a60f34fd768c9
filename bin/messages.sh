#!/usr/bin/env bash
# Extract and compile translations. With --check: fail when a message is not extracted,
# or a Dutch entry is missing or fuzzy (the .po in git must be complete).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
po=bloei/locale/nl/LC_MESSAGES/django.po
if [ "${1:-}" = "--check" ]; then
  cp "$po" var/django.po.before
  (cd bloei && ../$PY ../manage.py makemessages -l nl --no-location --no-obsolete -v0)
  if ! diff -q <(grep -E '^(msgid|msgctxt)' var/django.po.before) <(grep -E '^(msgid|msgctxt)' "$po") >/dev/null; then
    echo "Translations are not up to date: run 'make messages' and translate the new entries."
    diff <(grep -E '^(msgid|msgctxt)' var/django.po.before) <(grep -E '^(msgid|msgctxt)' "$po") | head -20
    cp var/django.po.before "$po"; exit 1
  fi
  cp var/django.po.before "$po"
  untranslated=$(msgattrib --untranslated --no-obsolete "$po" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" | grep -c '^msgid ' || true)
  # msgattrib prints the header entry (msgid "") when it prints anything at all.
  if [ "$untranslated" -gt 1 ] || [ "$fuzzy" -gt 1 ]; then
    echo "Dutch translation incomplete: $((untranslated>0?untranslated-1:0)) untranslated, $((fuzzy>0?fuzzy-1:0)) fuzzy entries in $po"
    msgattrib --untranslated --no-obsolete "$po" | grep '^msgid ' | head -20
    exit 1
  fi
else
  (cd bloei && ../$PY ../manage.py makemessages -l nl --no-location --no-obsolete -v0)
fi
(cd bloei && ../$PY ../manage.py compilemessages -l nl -v0)
