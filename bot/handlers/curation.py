"""/kurasi and /kurasi_daftar for mentors, HR officers and admins: write a general answer
into the knowledge base, list what is published, rewrite or withdraw it. The documents
follow within a minute (the job that indexes the curated folder)."""

from __future__ import annotations

import asyncio
import logging

from telegram import Update

from bot.context import PanduContext
from bot.flows import commands
from bot.handlers.common import button, ids, keyboard, send
from bot.hr.access import is_curator, only
from bot.render import escape
from ingest.curated import sync
from knowledge.search.store import IngestBusy
from storage import curated
from storage.db import session_scope

log = logging.getLogger(__name__)


curator_only = only(is_curator, "curate_refused")


@curator_only
async def curate_command(update: Update, context: PanduContext) -> None:
    await commands.begin(update, context, "curate")


@curator_only
async def list_command(update: Update, context: PanduContext) -> None:
    _, user_id = ids(update)
    t = context.t(user_id)
    with session_scope(context.services.engine) as session:
        rows = curated.published(session)
        lines = [t["curate_list_title"]] + [
            t["curate_list_line"].format(n=r.id, question=escape(r.question[:100])) for r in rows
        ]
    buttons = [
        [
            button(context, t["btn_curate_edit"].format(n=r.id), "ce", r.id),
            button(context, t["btn_curate_withdraw"].format(n=r.id), "cw", r.id),
        ]
        for r in rows[:20]
    ]
    await send(update, "\n".join(lines if rows else [t["curate_list_empty"]]), keyboard(buttons))


@curator_only
async def withdraw_chosen(update: Update, context: PanduContext, curated_id: str) -> None:
    t = context.t(ids(update)[1])
    with session_scope(context.services.engine) as session:
        done = curated_id.isdigit() and curated.withdraw(
            session, curated_id=int(curated_id), now=context.services.clock.now()
        )
    await send(update, t["curate_withdrawn" if done else "stale_button"].format(n=curated_id))


@curator_only
async def edit_chosen(update: Update, context: PanduContext, curated_id: str) -> None:
    with session_scope(context.services.engine) as session:
        row = (
            curated.get_curated(session, curated_id=int(curated_id))
            if curated_id.isdigit()
            else None
        )
        exists = row is not None and row.withdrawn_at is None
    if not exists:
        await send(update, context.t(ids(update)[1])["stale_button"])
        return
    await commands.begin(update, context, "curate", {"replaces": int(curated_id)})


async def index_curated(services) -> None:
    """The job's part: the curated folder brought in line with SQL, then indexed."""
    if services.ingestor is None:
        return
    try:
        report = await asyncio.to_thread(
            sync, services.engine, services.ingestor, services.settings.data_dir
        )
    except IngestBusy:
        log.info("curated answers wait: another ingest holds the data dir")
        return
    if report is not None:
        services.answers.refresh()
