#!/usr/bin/env bash
# Set up (idempotent) and run every check: lint, then the whole test suite, offline.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. .venv/bin/activate
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 ANONYMIZED_TELEMETRY=False
ruff check .
python -m pytest -q "$@"
