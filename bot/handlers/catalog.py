"""/pelatihan: browse the training catalog with inline keyboards (upcoming first, by
competency type, by method, by words), a detail view, and "Saya berminat"."""

from __future__ import annotations

from datetime import date

from telegram import Update

from bot.context import PanduContext
from bot.handlers.common import button, edit_or_send, has_consent, ids, keyboard, profile_of, send
from bot.render import escape
from knowledge.catalog import describe_training
from knowledge.text import tokenize
from storage import people
from storage.catalog import Training, get_training, list_trainings
from storage.db import session_scope

PAGE = 5
TYPES = ["teknis", "manajerial", "sosial kultural"]
METHODS = ["daring", "tatap muka", "blended"]
MAX_QUERY = 100


async def catalog_command(update: Update, context: PanduContext) -> None:
    """/pelatihan shows the menu; /pelatihan kata searches the catalog by words."""
    query = " ".join(context.args or []).strip()[:MAX_QUERY]
    if query:
        remember_query(context, ids(update)[1], query)
        await show_list(update, context, "q", 0, 0)
    else:
        await show_menu(update, context)


def remember_query(context: PanduContext, user_id: int, query: str) -> None:
    """Kept in memory only: a search is not personal data worth storing (nor losing sleep over
    after a restart, when its page buttons just find nothing)."""
    memory = context.services.catalog_queries
    memory.pop(user_id, None)
    memory[user_id] = query
    while len(memory) > 10_000:
        memory.pop(next(iter(memory)))


def _query(context: PanduContext, user_id: int) -> str:
    return context.services.catalog_queries.get(user_id, "")


async def show_menu(update: Update, context: PanduContext) -> None:
    t = context.t(ids(update)[1])
    rows = [
        [button(context, t["btn_upcoming"], "cl", "u", 0, 0)],
        [
            button(context, t["btn_by_type"], "cl", "T", 0, 0),
            button(context, t["btn_by_method"], "cl", "M", 0, 0),
        ],
    ]
    await edit_or_send(update, t["catalog_title"] + "\n" + t["catalog_sample_note"], keyboard(rows))


async def show_chooser(update: Update, context: PanduContext, mode: str) -> None:
    """The list of competency types (T) or methods (M) to pick from."""
    t = context.t(ids(update)[1])
    values, target, prompt = (
        (TYPES, "t", "choose_type") if mode == "T" else (METHODS, "m", "choose_method")
    )
    rows = [[button(context, v.title(), "cl", target, i, 0)] for i, v in enumerate(values)]
    rows.append([button(context, t["btn_back"], "cm")])
    await edit_or_send(update, t[prompt], keyboard(rows))


def _rows(context: PanduContext, user_id: int, mode: str, value: int) -> list[Training]:
    today = context.services.clock.today()
    with session_scope(context.services.engine) as session:
        rows = list_trainings(session)
    rows = [r for r in rows if r.tanggal_selesai is None or r.tanggal_selesai >= today]
    if mode == "t":
        return [r for r in rows if r.jenis_kompetensi.lower() == TYPES[value]]
    if mode == "m":
        return [r for r in rows if r.metode.lower() == METHODS[value]]
    if mode == "q":
        words = set(tokenize(_query(context, user_id)))
        scored = [
            (len(words & set(tokenize(f"{r.nama} {r.kode} {describe_training(r)}"))), r)
            for r in rows
        ]
        return [r for score, r in sorted(scored, key=lambda p: -p[0]) if score and words]
    return rows


async def show_list(
    update: Update, context: PanduContext, mode: str, value: int, page: int
) -> None:
    """One page of trainings as buttons, with previous/next and back."""
    t = context.t(ids(update)[1])
    if mode in ("T", "M"):
        await show_chooser(update, context, mode)
        return
    if (mode == "t" and not 0 <= value < len(TYPES)) or (
        mode == "m" and not 0 <= value < len(METHODS)
    ):
        await send(update, t["stale_button"])
        return
    rows = _rows(context, ids(update)[1], mode, value)
    today = context.services.clock.today()
    if not rows:
        empty = (
            t["catalog_search_empty"].format(query=escape(_query(context, ids(update)[1])))
            if mode == "q"
            else t["catalog_empty"]
        )
        await edit_or_send(update, empty, keyboard([[button(context, t["btn_back"], "cm")]]))
        return
    pages = (len(rows) + PAGE - 1) // PAGE
    page = min(max(page, 0), pages - 1)
    buttons = [
        [button(context, _label(r, today), "cd", r.kode[:24], mode, value, page)]
        for r in rows[page * PAGE : (page + 1) * PAGE]
    ]
    nav = []
    if page > 0:
        nav.append(button(context, t["btn_prev"], "cl", mode, value, page - 1))
    if page < pages - 1:
        nav.append(button(context, t["btn_next"], "cl", mode, value, page + 1))
    buttons += [nav, [button(context, t["btn_back"], "cm")]]
    text = t["catalog_page"].format(
        heading=_heading(context, ids(update)[1], mode, value), page=page + 1, pages=pages
    )
    await edit_or_send(update, text, keyboard(buttons))


def _heading(context: PanduContext, user_id: int, mode: str, value: int) -> str:
    t = context.t(user_id)
    if mode == "t":
        return t["heading_type"].format(value=TYPES[value])
    if mode == "m":
        return t["heading_method"].format(value=METHODS[value])
    if mode == "q":
        return t["heading_search"].format(value=escape(_query(context, user_id)))
    return t["heading_upcoming"]


def _label(row: Training, today: date) -> str:
    when = row.tanggal_mulai.strftime("%d/%m") if row.tanggal_mulai else ""
    name = row.nama if len(row.nama) <= 44 else row.nama[:43] + "…"
    closed = "🔒 " if row.registration_closed(today) else ""  # runs, no longer open
    return f"{closed}{when} {name}".strip()


async def show_detail(
    update: Update, context: PanduContext, kode: str, mode: str, value: str, page: str
) -> None:
    t = context.t(ids(update)[1])
    with session_scope(context.services.engine) as session:
        row = get_training(session, kode=kode)
    if row is None:
        await send(update, t["training_gone"])
        return
    text = f"<b>{escape(row.nama)}</b>\n{escape(describe_training(row))}"
    if row.registration_closed(context.services.clock.today()):
        text += "\n\n" + t["registration_closed_note"]
    if row.sample:
        text += "\n\n" + t["catalog_sample_note"]
    rows = [
        [button(context, t["btn_interest"], "ci", row.kode[:24])],
        [button(context, t["btn_back"], "cl", mode, value, page)],
    ]
    await edit_or_send(update, text, keyboard(rows))


async def interest_chosen(update: Update, context: PanduContext, kode: str) -> None:
    """Saya berminat: recorded once per user and training (with consent)."""
    _, user_id = ids(update)
    t = context.t(user_id)
    if not has_consent(context, user_id):
        await send(update, t["interest_need_consent"])
        return
    profile = profile_of(context, user_id)
    with session_scope(context.services.engine) as session:
        row = get_training(session, kode=kode)
        added = row is not None and people.add_interest(
            session,
            telegram_id=user_id,
            kode=kode,
            unit_kerja=profile.unit_kerja if profile else "",
        )
    if row is None:
        await send(update, t["training_gone"])
    else:
        await send(
            update,
            t["interest_saved"].format(name=escape(row.nama)) if added else t["interest_again"],
        )
