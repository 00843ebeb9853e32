"""Two `pandu run --webhook` processes behind one URL, on one PostgreSQL database and one
Chroma server, each with a data dir of its own: both keep indexed the folder `pandu ingest`
was given once, and updates of many chats given to them in turn, as a load balancer would,
are each handled once, and every chat's in order."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.conftest import create_pg_database, drop_pg_database
from tests.e2e.conftest import TOKEN
from tests.support.chroma_server import chroma_server, free_port  # noqa: F401  (a fixture)
from tests.support.updates import message_update, post_update

pytestmark = pytest.mark.e2e
CHATS = list(range(8100, 8130))
PER_CHAT = 10
PUBLIC = "https://pandu.example.org"


def worker_env(server, chroma_url: str, database: str, data_dir) -> dict[str, str]:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": server.base_url,
        "DATABASE_URL": database,
        "PANDU_CHROMA_URL": chroma_url,
        "PANDU_DATA_DIR": str(data_dir),
        "PANDU_LOG_LEVEL": "INFO",
    }
    env.pop("PANDU_KNOWLEDGE_PATHS", None)  # the folders come from the database
    return env


def start_worker(env: dict[str, str], port: int, log):
    command = [sys.executable, "-m", "bot.cli", "run", "--webhook", PUBLIC, "--port", str(port)]
    return subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)


def post(port: int, secret: str, update: dict) -> int:
    return post_update(f"http://127.0.0.1:{port}/telegram", secret, update)


def command(update_id: int, chat: int, n: int) -> dict:
    return message_update(update_id, chat, f"/uji{chat}_{n}")


def test_two_workers_handle_each_update_once_and_each_chat_in_order(
    server, kb, tmp_path, chroma_server  # noqa: F811
):
    database = create_pg_database("pandu_workers")
    ports = [free_port(), free_port()]
    logs = [open(tmp_path / f"worker{i}.log", "wb") for i in range(2)]  # noqa: SIM115
    envs = [
        worker_env(server, chroma_server.url, database, tmp_path / f"data{i}") for i in range(2)
    ]
    ingest = [sys.executable, "-m", "bot.cli", "ingest", str(kb)]  # on the first worker's host
    done = subprocess.run(ingest, env=envs[0], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    workers = [start_worker(envs[i], ports[i], logs[i]) for i in range(2)]
    try:
        registered = server.wait_until(
            lambda: len(server.calls("setWebhook")) >= 2 and server.calls("setWebhook"),
            timeout=180,
            what="both workers' setWebhook",
        )
        secrets = {call["params"]["secret_token"] for call in registered}
        assert len(secrets) == 1  # both workers check the same secret behind one URL
        secret = secrets.pop()
        for chat in CHATS:
            server.add_chat(chat, "private")
        updates = [
            command(50_000 + n * len(CHATS) + i, chat, n)
            for n in range(PER_CHAT)
            for i, chat in enumerate(CHATS)
        ]
        with ThreadPoolExecutor(4) as pool:  # several connections, each update to one worker
            codes = list(
                pool.map(lambda k: post(ports[k % 2], secret, updates[k]), range(len(updates)))
            )
        assert codes == [200] * len(updates)
        assert post(ports[1], secret, updates[3]) == 200  # a redelivery to the other worker
        server.wait_until(
            lambda: all(len(server.messages(c)) >= PER_CHAT for c in CHATS),
            timeout=180,
            what="every reply",
        )
        time.sleep(1.0)  # anything handled twice would arrive now
        for chat in CHATS:
            texts = [m.get("text", "") for m in server.messages(chat)]
            assert texts == [
                f"Perintah /uji{chat}_{n} tidak saya kenal. Ketik /bantuan untuk daftar perintah,"
                " atau tulis pertanyaan Anda langsung."
                for n in range(PER_CHAT)
            ], (chat, texts)
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()
        for log in logs:
            log.close()
        drop_pg_database(database)
    both = [(tmp_path / f"worker{i}.log").read_text(errors="replace") for i in range(2)]
    assert all("Traceback" not in log for log in both), both
    for log in both:  # the second worker never saw the ingest: the database told it
        indexing = next(line for line in log.splitlines() if "in the background:" in line)
        assert str(kb.resolve()) in indexing and "samples" not in indexing, indexing
    assert TOKEN not in "".join(both)
