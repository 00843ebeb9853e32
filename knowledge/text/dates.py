"""Indonesian dates: parse what people and documents write, format what users read."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "pebruari": 2,
    "maret": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "nopember": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
}
MONTH_NAMES = [
    "",
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]

YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def years(text: str) -> set[str]:
    """The years a text writes ("2027")."""
    return set(YEAR.findall(text))


def is_year(word: str) -> bool:
    return bool(YEAR.fullmatch(word))


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_WORDS = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$")


def parse_date(text: str | date | None) -> date | None:
    """Parse ISO, dd/mm/yyyy (or . -) and "12 Maret 2027"; None when it is not a real date."""
    if text is None or isinstance(text, date):
        return text
    value = re.sub(r"\s+", " ", str(text).strip().lower().replace(",", " ")).strip()
    value = re.sub(r"^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\s+", "", value)
    try:
        if m := _ISO.match(value):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC.match(value):
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            return date(year, int(m[2]), int(m[1]))
        if (m := _WORDS.match(value)) and m[2] in MONTHS:
            return date(int(m[3]), MONTHS[m[2]], int(m[1]))
    except ValueError:
        return None
    return None


def format_date(value: date | None) -> str:
    """12 Maret 2027."""
    if value is None:
        return "-"
    return f"{value.day} {MONTH_NAMES[value.month]} {value.year}"
