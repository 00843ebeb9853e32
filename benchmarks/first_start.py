"""Time from `pandu run` on a new data dir to the first reply, in one run:

    python -m benchmarks.first_start

- ``background`` (now): `pandu run` alone; it answers while the knowledge base is indexed
  in the background;
- ``index first`` (the plain baseline, how Pandu started before): `pandu ingest`, then
  `pandu run`, timed from the start of the ingest.

Both on the default knowledge base (national documents and samples) with the default model,
against the local Bot API stand-in. Reported: seconds to the reply to /start, and to the
end of indexing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.support.botapi import BotApiStandIn

HERE = Path(__file__).resolve().parent
TOKEN = "123456789:AAHpanduFirstStartBench_abcdefgh"
USER = 4040


def measure(index_first: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp, BotApiStandIn(token=TOKEN) as server:
        log_path = Path(tmp) / "bot.log"
        env = {
            **os.environ,
            "PANDU_DATA_DIR": str(Path(tmp) / "data"),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": server.base_url,
            "PANDU_LOG_LEVEL": "WARNING",
        }
        server.add_chat(USER, "private")
        began = time.monotonic()
        indexed = None
        if index_first:
            subprocess.run([sys.executable, "-m", "bot.cli", "ingest"], env=env, check=True,
                           capture_output=True)
            indexed = time.monotonic() - began
        with open(log_path, "wb") as log:
            bot = subprocess.Popen([sys.executable, "-m", "bot.cli", "run"], env=env,
                                   stdout=log, stderr=subprocess.STDOUT)
            try:
                server.send_command(USER, "/start")
                server.wait_for_messages(USER, 1, timeout=300)
                replied = time.monotonic() - began
                while b"indexing done" not in log_path.read_bytes():
                    if time.monotonic() - began > 600:
                        raise TimeoutError("indexing did not finish")
                    time.sleep(0.2)
                indexed = indexed or time.monotonic() - began
            finally:
                bot.terminate()
                bot.wait(timeout=30)
        return {
            "start": "index first (before)" if index_first else "background (now)",
            "first_reply_s": round(replied, 1),
            "index_complete_s": round(indexed, 1),
        }


def main() -> None:
    rows = [measure(index_first=True), measure(index_first=False)]
    print(json.dumps(rows, indent=2))
    out = HERE / "results" / "first_start.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
