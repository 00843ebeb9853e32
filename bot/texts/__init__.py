"""All user-facing texts, one module per language, looked up by key."""

from __future__ import annotations

from bot.texts import en
from bot.texts import id as id_

LANGUAGES = {"id": id_.TEXTS, "en": en.TEXTS}


def texts(lang: str | None) -> dict[str, str]:
    return LANGUAGES.get(lang or "id", id_.TEXTS)
