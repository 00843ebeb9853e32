"""Summary periods as short codes for buttons: this month, last month, this year, or two
typed dates ("01/10/2026 - 31/10/2026", kept as "20261001.20261031")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from knowledge.text.dates import parse_date

NAMED = ("bi", "bl", "ty")  # bulan ini, bulan lalu, tahun ini
_RANGE = re.compile(r"\s*(?:-|–|s\.?d\.?|sampai|hingga)\s*")
_CODE = re.compile(r"(\d{8})\.(\d{8})")


def bounds(code: str, today: date) -> tuple[date, date] | None:
    if code == "bi":
        return today.replace(day=1), today
    if code == "bl":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    if code == "ty":
        return date(today.year, 1, 1), today
    found = _CODE.fullmatch(code)
    if not found:
        return None
    try:
        start, end = (date(int(v[:4]), int(v[4:6]), int(v[6:])) for v in found.groups())
    except ValueError:
        return None
    return (start, end) if start <= end else None


def typed(text: str) -> str | None:
    """The code of two typed dates, start not after end; None when they are not that."""
    parts = _RANGE.split(text.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    start, end = parse_date(parts[0]), parse_date(parts[1])
    if start is None or end is None or start > end:
        return None
    return f"{start:%Y%m%d}.{end:%Y%m%d}"
