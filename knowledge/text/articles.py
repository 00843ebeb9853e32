"""How rules name their articles ("Pasal 5", "Pasal 16A") and each other ("Nomor 3 Tahun 2024",
"Nomor 800/0412/BKD/2025"): ingest reads the articles an amendment changes and the rules a
document revokes, search the article a passage belongs to and the rules a document cites, by
the same patterns."""

from __future__ import annotations

import re

ARTICLE = re.compile(r"\bpasal\s+(\d{1,3}[A-Z]?)\b", re.I)

# "800/0412/BKD/2025", "SE-02/SU/KP.02/2026", "KEP-15/PUSBANGKOM/2026", "3 Tahun 2024"
RULE_NUMBER = r"((?:[a-z]{1,8}[-.])*\d[\w.]*(?:/[\w.-]*\w)+|\d+\s+tahun\s+\d{4})"
CITED_NUMBER = re.compile(rf"\bnomor\W{{0,4}}{RULE_NUMBER}", re.I)


# a rule's number as chat shortens it: "perkadis 4/2023" is "Nomor 4 Tahun 2023"
RULE_SHORT = re.compile(r"\b(\d{1,3})/((?:19|20)\d\d)\b")
_YEAR_NUMBERED = re.compile(r"\b(\d{1,3})\s+tahun\s+((?:19|20)\d\d)\b")
# the kinds of rule a question or a title names ("perkadis 4/2023", "SE 2024", "perbup no 5")
RULE_KINDS = (
    "peraturan keputusan kepkadis kepkaban sk se perbup pergub perwali perda perkada perkadis "
    "perka perkaban perkalaksa perdir perins pp uu permen"
)


def long_form(text: str) -> str:
    """Lower-cased, "4/2023" written as rules write it, "4 tahun 2023"."""
    return RULE_SHORT.sub(r"\1 tahun \2", text.lower())


def year_numbers(text: str) -> list[str]:
    """The rule numbers a text writes as "N Tahun YYYY" or "N/YYYY", in order, read
    "7 tahun 2026"."""
    return [f"{n} tahun {y}" for n, y in _YEAR_NUMBERED.findall(long_form(text))]


def number_key(number: str) -> str:
    return " ".join(number.lower().split())


def cited_numbers(text: str) -> set[str]:
    """The rules a text names by number ("Peraturan Kepala Dinas Nomor 11 Tahun 2024")."""
    return {number_key(m.group(1)) for m in CITED_NUMBER.finditer(text)}
