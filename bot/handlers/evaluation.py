"""/umpanbalik: the evaluation is a flow (bot/flows/evaluation.py); this is its command."""

from __future__ import annotations

from telegram import Update

from bot.context import PanduContext
from bot.flows import commands
from bot.handlers.common import personal_data_allowed


async def evaluation_command(update: Update, context: PanduContext) -> None:
    if await personal_data_allowed(update, context, "eval_need_consent"):
        await commands.begin(update, context, "eval")
