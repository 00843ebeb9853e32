"""`pandu doctor`: what stands between this machine and a working Pandu, one check at a time,
each with a clear message. Read-only: it migrates, indexes and sends nothing."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from bot.settings import Settings

OK, SKIPPED, FAILED = "ok", "dilewati", "GAGAL"
NEW = "belum ada tabel; skema dibuat saat Pandu mulai"


@dataclass
class Check:
    name: str
    state: str
    detail: str


def run_checks(settings: Settings, build_embedder: Callable) -> list[Check]:
    folder = _data_dir(settings)
    database = _database(settings)
    checks = [folder, database]
    # the index is read through the store, which would create or migrate the schema: only
    # on a database already current
    ready = database.state == OK and not database.detail.endswith(NEW)
    checks += _index_and_model(settings, build_embedder, ready)
    checks.append(_telegram(settings))
    return checks


def _guarded(name: str, probe: Callable[[], tuple[str, str]]) -> Check:
    try:
        state, detail = probe()
    except Exception as exc:  # noqa: BLE001  (a check reports the failure; it never crashes)
        state, detail = FAILED, f"{exc.__class__.__name__}: {str(exc)[:160]}"
    return Check(name, state, detail)


def _data_dir(settings: Settings) -> Check:
    def probe() -> tuple[str, str]:
        from bot.services import check_writable

        check_writable(settings.data_dir)
        return OK, f"{settings.data_dir} dapat ditulis"

    return _guarded("Folder data", probe)


def _database(settings: Settings) -> Check:
    def probe() -> tuple[str, str]:
        from alembic.script import ScriptDirectory
        from sqlalchemy import inspect

        from storage.db import alembic_config, current_revision, make_engine

        engine = make_engine(settings.sql_url())
        where = engine.url.render_as_string(hide_password=True)
        if engine.url.get_backend_name() == "sqlite" and not Path(engine.url.database).exists():
            return OK, f"{where}: {NEW}"  # not created here: doctor only reads
        with engine.connect() as connection:
            tables = inspect(connection).get_table_names()
            head = ScriptDirectory.from_config(alembic_config(connection)).get_current_head()
        if not tables:
            return OK, f"{where}: {NEW}"
        current = current_revision(engine)
        if current != head:
            upgrade = f"skema pada revisi {current}, terbaru {head}: jalankan pandu db upgrade"
            return FAILED, f"{where}: {upgrade}"
        return OK, f"{where}: skema terbaru ({head})"

    return _guarded("Basis data", probe)


def _index_and_model(settings: Settings, build_embedder: Callable, ready: bool) -> list[Check]:
    def index() -> tuple[str, str]:
        from bot.services import open_store
        from knowledge.search.store import ModelMismatchError

        store = open_store(settings) if ready else None  # the schema is current: no write
        files = store.snapshot()[2] if store else []
        if not files:
            return FAILED, "indeks kosong: jalankan pandu ingest (pandu juga mengindeks saat mulai)"
        try:
            store.check_model(build_embedder(settings).name)
        except ModelMismatchError as exc:
            return FAILED, str(exc)
        return OK, f"{len(files)} berkas, versi {store.version()}, model {store.indexed_model()}"

    def model() -> tuple[str, str]:
        started = time.perf_counter()
        build_embedder(settings).encode_query("uji")
        took = time.perf_counter() - started
        return OK, f"{settings.embedding_model} dimuat dan menjawab dalam {took:.1f} dtk"

    def vectors() -> tuple[str, str]:
        if not settings.chroma_url:
            return SKIPPED, "vektor di folder data (PANDU_CHROMA_URL kosong)"
        url = settings.chroma_url.rstrip("/")
        reply = httpx.get(f"{url}/api/v2/heartbeat", timeout=5)
        if reply.status_code != 200:
            return FAILED, f"{url} menjawab {reply.status_code}: bukan server Chroma 1.x?"
        return OK, f"server Chroma {url} menjawab"

    return [
        _guarded("Server vektor", vectors),
        _guarded("Indeks", index),
        _guarded("Model embedding", model),
    ]


def _telegram(settings: Settings) -> Check:
    def probe() -> tuple[str, str]:
        from bot.run import TokenProblem, check_token

        if settings.telegram_bot_token is None:
            return SKIPPED, "TELEGRAM_BOT_TOKEN belum diatur (pandu chat bekerja tanpa Telegram)"
        try:
            token = check_token(settings)
        except TokenProblem as exc:
            return FAILED, str(exc)
        base = (settings.telegram_api_base_url or "https://api.telegram.org").rstrip("/")
        base = base.removesuffix("/bot")
        reply = httpx.get(f"{base}/bot{token}/getMe", timeout=10).json()
        if not reply.get("ok"):
            return FAILED, f"Telegram menolak token: {reply.get('description', '')[:120]}"
        return OK, f"terhubung sebagai @{reply['result'].get('username', '?')}"

    check = _guarded("Telegram", probe)
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    if token:  # an error text may quote the URL: never show the token
        check.detail = check.detail.replace(token, "***")
    return check
