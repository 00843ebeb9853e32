#!/usr/bin/env bash
# Set up (idempotent) and run every check: lint, the whole test suite (offline), then the
# in-process suites again on a random day from 2026 to 2030 (faketime), so no test depends on
# the day it runs. Both runs spread the tests over every core (pytest-xdist; PANDU_TEST_WORKERS
# sets how many processes, 0 runs them in this one).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. .venv/bin/activate
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 ANONYMIZED_TELEMETRY=False
ruff check .
# the PostgreSQL tests need the local server (this machine's kind runs one; start it if down)
if command -v pg_isready >/dev/null && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
  for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
workers=(-n "${PANDU_TEST_WORKERS:-auto}" --dist loadfile)
python -m pytest -q "${workers[@]}" "$@"
if [ $# -eq 0 ] && command -v faketime >/dev/null; then
  day=$(python -c "import datetime, random; print(datetime.date(2026, 1, 1) + datetime.timedelta(days=random.randrange(5 * 365)))")
  echo "The in-process suites again, on $day:"
  faketime -f "@$day 10:00:00" python -m pytest -q "${workers[@]}" -p no:cacheprovider tests/bot tests/knowledge tests/storage
fi
