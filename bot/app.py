"""The composition root: one place that wires settings, services and handlers together."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import secrets
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from telegram import BotCommand, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest, HTTPXRequest

from bot.answering import Answers, ProcessAnswers
from bot.callbacks import CallbackCodec
from bot.context import PanduContext, Services
from bot.flows import commands as flow_commands
from bot.flows import engine as flow_engine
from bot.flows import mentoring as mentor_flows
from bot.flows.curate import CURATE
from bot.flows.evaluation import EVALUATION
from bot.flows.learning import LEARNING
from bot.flows.profile import PROFILE
from bot.flows.reason import REASON
from bot.flows.report import REPORT
from bot.handlers import (
    admin,
    catalog,
    curation,
    evaluation,
    general,
    hr,
    learning,
    mentoring,
    onboarding,
    questions,
    reminders,
    report,
    supervisor,
)
from bot.inbox import Dispatcher
from bot.settings import Settings
from ingest.pipeline import Ingestor
from knowledge.answers import Answerer
from knowledge.search import Embedder, KnowledgeStore, Searcher
from storage import units
from storage.clock import Clock, SystemClock
from storage.db import session_scope

log = logging.getLogger(__name__)
TOKEN_PATTERN = re.compile(r"^\d+:[A-Za-z0-9_-]+$")  # the shape only: test servers use short tokens
LOCAL_TOKEN = "123456:pandu-local-chat-token-000000"
COMMANDS = [
    ("start", "Mulai dan pemberitahuan privasi"),
    ("bantuan", "Apa yang bisa Pandu lakukan"),
    ("pelatihan", "Jelajahi katalog pelatihan"),
    ("jp", "Log belajar dan capaian JP tahun ini"),
    ("umpanbalik", "Nilai pelatihan atau Pandu"),
    ("laporan", "Laporan penerapan hasil pelatihan"),
    ("lewati", "Lewati pertanyaan opsional"),
    ("pengingat", "Atur pengingat laporan"),
    ("profil", "Lihat atau ubah profil"),
    ("bahasa", "Ganti bahasa"),
    ("privasi", "Pemberitahuan privasi"),
    ("hapusdata", "Hapus semua data Anda"),
    ("batal", "Batalkan proses"),
]
MESSAGES = filters.UpdateType.MESSAGE  # edited messages are never answered twice
NOT_TEXT = (
    filters.Sticker.ALL
    | filters.PHOTO
    | filters.VOICE
    | filters.AUDIO
    | filters.VIDEO
    | filters.VIDEO_NOTE
    | filters.LOCATION
    | filters.Document.ALL
    | filters.CONTACT
    | filters.ANIMATION
    | filters.POLL
    | filters.VENUE
    | filters.Dice.ALL
)


def callback_secret(data_dir: Path) -> bytes:
    """A per-installation key that signs button data; created once, kept in the data dir."""
    path = data_dir / "callback.key"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        path.write_bytes(secrets.token_bytes(32))
        os.chmod(path, 0o600)
    return path.read_bytes()


def build_services(
    settings: Settings,
    store: KnowledgeStore,
    embedder: Embedder,
    *,
    processes: int = 0,
    clock: Clock | None = None,
) -> Services:
    """processes > 0: answers in that many worker processes (the bot); else threads here.
    The clock is the system's unless a test or a replay hands in another."""
    clock = clock or SystemClock(settings.timezone)
    if processes > 0:
        public = settings.model_dump_json(exclude={"telegram_bot_token"})
        answers: Answers = ProcessAnswers(public, processes)
    else:
        searcher = Searcher(store, embedder, cache_size=settings.query_cache_size)
        answerers = {lang: Answerer(searcher, lang=lang, clock=clock) for lang in ("id", "en")}
        answers = Answers(answerers, settings.knowledge_threads)
    if settings.units_file is not None:  # the agency's unit list, mapped onto typed units
        with session_scope(store.engine) as session:
            units.load(session, specs=units.read_units(settings.units_file), now=clock.now())
    return Services(
        settings=settings,
        engine=store.engine,
        answers=answers,
        codec=CallbackCodec(callback_secret(settings.data_dir)),
        clock=clock,
        ingestor=Ingestor(store, embedder, progress=False),
    )


class PacedRateLimiter(AIORateLimiter):
    """PTB's limiter (pacing, retries on 429), except for the typing indicator: it is not a
    message, and pacing it would halve the answers a bot can send per second."""

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        if endpoint == "sendChatAction":
            return await callback(*args, **kwargs)
        return await super().process_request(
            callback, args, kwargs, endpoint, data, rate_limit_args
        )


def build_application(
    settings: Settings,
    services: Services,
    *,
    request: BaseRequest | None = None,
    rate_limit: bool = True,
    worker: str = "local",
) -> Application:
    """The Application with every handler; ``worker`` names this process among the ones
    sharing the database (bot.inbox)."""
    token = (
        settings.telegram_bot_token.get_secret_value()
        if settings.telegram_bot_token
        else LOCAL_TOKEN
    )
    builder = (
        Application.builder()
        .token(token)
        .context_types(ContextTypes(context=PanduContext))
        .updater(None)  # updates come through the inbox (bot/inbox.py), stored before confirmed
    )
    if settings.telegram_api_base_url:
        base = settings.telegram_api_base_url.rstrip("/").removesuffix("/bot")
        builder = builder.base_url(f"{base}/bot").base_file_url(f"{base}/file/bot")
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    else:
        builder = builder.request(
            HTTPXRequest(connection_pool_size=64, read_timeout=30, connect_timeout=10)
        )
        builder = builder.get_updates_request(HTTPXRequest(read_timeout=40))
    if rate_limit and settings.rate_limit_per_second > 0:
        builder = builder.rate_limiter(
            PacedRateLimiter(overall_max_rate=settings.rate_limit_per_second, max_retries=3)
        )
    app = builder.build()
    services.dispatcher = Dispatcher(
        app, services.engine, services.clock, name=worker, only_chat=services.reminders_only_to
    )
    if app.job_queue is not None:  # reminders live in SQL; the job only sends what is due
        interval = settings.reminder_check_seconds
        app.job_queue.run_repeating(reminders.job, interval=interval, first=min(interval, 30))
    app.bot_data["services"] = services
    register_handlers(app)
    return app


FLOWS = (  # every guided conversation
    PROFILE,
    REPORT,
    LEARNING,
    EVALUATION,
    REASON,
    supervisor.REVISION,
    mentor_flows.ASK,
    mentor_flows.ANSWER,
    mentor_flows.FOLLOWUP,
    CURATE,
)


def register_handlers(app: Application) -> None:
    flow_engine.register(*FLOWS)
    app.add_handler(TypeHandler(Update, _replayed), group=-1)
    app.add_handler(CommandHandler("start", onboarding.start, filters=MESSAGES))
    app.add_handler(
        CommandHandler(["profil", "profile"], onboarding.show_profile, filters=MESSAGES)
    )
    app.add_handler(CommandHandler(["bantuan", "help"], general.help_command, filters=MESSAGES))
    app.add_handler(CommandHandler(["batal", "cancel"], general.cancel_command, filters=MESSAGES))
    app.add_handler(
        CommandHandler(["privasi", "privacy"], general.privacy_command, filters=MESSAGES)
    )
    app.add_handler(
        CommandHandler(["bahasa", "language"], general.language_command, filters=MESSAGES)
    )
    app.add_handler(
        CommandHandler(["hapusdata", "deletedata"], general.delete_command, filters=MESSAGES)
    )
    app.add_handler(
        CommandHandler(["pelatihan", "trainings"], catalog.catalog_command, filters=MESSAGES)
    )
    app.add_handler(CommandHandler(["jp", "log"], learning.jp_command, filters=MESSAGES))
    app.add_handler(
        CommandHandler(["umpanbalik", "feedback"], evaluation.evaluation_command, filters=MESSAGES)
    )
    app.add_handler(CommandHandler(["laporan", "report"], report.report_command, filters=MESSAGES))
    app.add_handler(
        CommandHandler(["lewati", "skip"], flow_commands.skip_command, filters=MESSAGES)
    )
    app.add_handler(
        CommandHandler(["pengingat", "reminders"], reminders.reminders_command, filters=MESSAGES)
    )
    for names, handler in (
        (["ringkasan", "summary"], hr.summary_command),
        (["ekspor", "export"], hr.export_command),
        (["undang", "invite"], admin.invite_command),
        (["gabung", "join"], admin.join_command),
        (["atasan", "supervisor"], supervisor.invite_supervisor),
        (["mentor"], mentoring.ask_command),
        (["kurasi", "curate"], curation.curate_command),
        (["kurasi_daftar", "curated"], curation.list_command),
        (["mentor_saya", "my_mentoring"], mentoring.my_questions),
        (["antrian_mentor", "mentor_queue"], mentoring.queue_command),
        (["mentor_topik", "mentor_topics"], mentoring.topics_command),
        (["mentor_cuti", "mentor_pause"], mentoring.pause_command),
        (["peran", "roles"], admin.roles_command),
        (["unit", "units"], admin.units_command),
        (["audit"], admin.audit_command),
    ):
        app.add_handler(CommandHandler(names, handler, filters=MESSAGES))
    app.add_handler(MessageHandler(MESSAGES & filters.COMMAND, general.unknown_command))
    app.add_handler(MessageHandler(MESSAGES & filters.TEXT, questions.on_text))
    app.add_handler(MessageHandler(MESSAGES & NOT_TEXT, general.not_text))
    app.add_handler(CallbackQueryHandler(general.on_button))
    app.add_error_handler(general.on_error)


async def _replayed(update: Update, context: PanduContext) -> None:
    """An update that a flow already answered before a crash: its reply again, nothing redone.
    The first handler to reach the database: when it is away, one apology and nothing else
    is tried (each later handler would fail and apologise again)."""
    try:
        replayed = update.effective_user is not None and await flow_commands.replay(
            update, context
        )
    except SQLAlchemyError as exc:
        log.warning("database not reachable (%s); update %s apologised for", exc, update.update_id)
        await general.apologise(update, context)
        raise ApplicationHandlerStop from exc
    if replayed:
        raise ApplicationHandlerStop


async def open_app(app: Application, *, warm_up: bool = True) -> None:
    """Start everything but the transport: the Application, the knowledge (warm), then the
    inbox, which first handles what the last run left."""
    services: Services = app.bot_data["services"]
    await app.initialize()
    services.bot_username = app.bot.username or ""
    if warm_up:  # the model loads before any update is taken: the first users do not wait
        services.warming = asyncio.create_task(services.answers.warm_up())
        services.warming.add_done_callback(_warmed)
        await asyncio.wait([services.warming])
        try:
            await app.bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS])
        except Exception as exc:  # noqa: BLE001  (a cosmetic call; the bot works without it)
            log.warning("setMyCommands failed: %s", exc.__class__.__name__)
    await app.start()
    await services.dispatcher.start()


def _warmed(task: asyncio.Task) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.warning("warm-up failed: %s", task.exception().__class__.__name__)


async def close_app(app: Application) -> None:
    services: Services = app.bot_data["services"]
    await services.dispatcher.stop()
    if services.warming is not None:
        services.warming.cancel()
    if app.running:
        await app.stop()
    await app.shutdown()
