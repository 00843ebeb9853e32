"""`pandu doctor` as an operator runs it: each check with a clear message and the exit code;
it creates nothing and never prints the token."""

import pytest

from tests.bot.test_cli import run
from tests.fakes import markdown_doc
from tests.support.botapi import BotApiStandIn

pytestmark = pytest.mark.model
TOKEN = "123456:doctor-TEST-token_abc"


def test_a_new_data_dir_says_what_is_missing_and_creates_nothing(tmp_path):
    data = tmp_path / "data"
    done = run(["doctor"], data)
    assert done.returncode == 1
    assert "Indeks           GAGAL" in done.stdout and "pandu ingest" in done.stdout
    assert "Telegram         dilewati" in done.stdout
    assert not (data / "pandu.db").exists()


def test_a_working_setup_passes_and_telegram_is_reached(tmp_path):
    data, kb = tmp_path / "data", tmp_path / "kb"
    kb.mkdir()
    (kb / "jp.md").write_text(markdown_doc("jp", "Kewajiban 20 JP", {"Jumlah": "20 JP setahun."}))
    assert run(["ingest", str(kb)], data).returncode == 0
    with BotApiStandIn(token=TOKEN) as server:
        env = {"PANDU_TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": server.base_url}
        done = run(["doctor"], data, **env)
        wrong = run(["doctor"], data, **{**env, "PANDU_TELEGRAM_BOT_TOKEN": "654321:another-token"})
    assert done.returncode == 0, done.stdout
    assert "Telegram         ok" in done.stdout and "terhubung sebagai @" in done.stdout
    assert "skema terbaru" in done.stdout and "1 berkas" in done.stdout
    assert wrong.returncode == 1 and "Telegram menolak token" in wrong.stdout
    for output in (done.stdout + done.stderr, wrong.stdout + wrong.stderr):
        assert TOKEN not in output and "another-token" not in output
