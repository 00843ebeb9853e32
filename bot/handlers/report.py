"""/laporan: the reflection report is a flow (bot/flows/report.py); this is its command."""

from __future__ import annotations

from telegram import Update

from bot.context import PanduContext
from bot.flows import commands
from bot.handlers.common import personal_data_allowed


async def report_command(update: Update, context: PanduContext) -> None:
    """Start, or offer to continue an unfinished draft."""
    if await personal_data_allowed(update, context, "report_need_consent"):
        await commands.begin(update, context, "report")
