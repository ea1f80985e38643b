#!/usr/bin/env bash
# Makes sure the in-editor and UI tests can run: Debian packages (Chromium, Kerberos headers for code-server's native
# module, unzip, CJK and emoji fonts for readable screenshots, poppler-utils for the report PDF), then Node 24 + code-server from npm into .cache/editor/.
# Called by `npm run test:editor` and `npm run test:ui` (via their pre-scripts), so `npm install` + `npm test` is the
# whole set-up. Idempotent: a machine that has everything spends well under a second here.
# When something cannot be installed (not root, no apt), it fails with one line saying the command to run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -qi 'Noto Color Emoji' || need+=(fonts-noto-color-emoji)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)   # the UI test renders the approval sheet's PDF to PNG

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "[ensure-editor] apt-get install ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "[ensure-editor] 不足しているパッケージがあります。次を実行してから npm test をやり直してください: sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
fi

bash "$ROOT/scripts/editor/install-editor.sh"
