#!/usr/bin/env bash
# Set up (idempotent), index the shipped knowledge base if missing or stale, start Pandu:
# the Telegram bot when TELEGRAM_BOT_TOKEN is set, the terminal chat otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. .venv/bin/activate
exec pandu "$@"
