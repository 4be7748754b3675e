#!/usr/bin/env bash
# Renders the release-gate part of docs/job-summary.md to docs/job-summary.png,
# with GitHub-like styles, in headless Chromium (Debian: apt-get install -y
# chromium python3-markdown). Run after scripts/render-job-summary.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-docs/job-summary.png}")
html=$(mktemp --suffix=.html)
profile=$(mktemp -d)
trap 'rm -rf "$html" "$profile"' EXIT

/usr/bin/python3 - "$html" <<'PY'
import sys, markdown
text = open('docs/job-summary.md', encoding='utf-8').read()
# The release gate only: the failing run is long; its findings are in the markdown copy.
text = text[text.index('## Release gate'):]
body = markdown.markdown(text, extensions=['tables', 'fenced_code', 'md_in_html'])
css = """
body { font: 14px/1.5 -apple-system, 'Segoe UI', 'Noto Sans', Helvetica, Arial, sans-serif;
       color: #1f2328; max-width: 1040px; margin: 24px; }
h2 { font-size: 20px; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; }
h3 { font-size: 18px; } h4 { font-size: 16px; } h5 { font-size: 14px; }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; vertical-align: top; }
tr:nth-child(2n) { background: #f6f8fa; }
code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font-size: 85%; }
details { margin: 4px 0; } summary { cursor: pointer; }
"""
open(sys.argv[1], 'w', encoding='utf-8').write(
    f'<!doctype html><meta charset="utf-8"><style>{css}</style>{body}')
PY

chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
  --user-data-dir="$profile" --window-size=1100,1180 \
  --screenshot="$out" "file://$html" 2>/dev/null
echo "wrote $out"
