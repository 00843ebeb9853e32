"""JP (jam pelajaran) rules: how long a learning activity was, and what it counts for.

1 JP = 45 minutes. Non-classroom activities are converted with the table of the shipped
document "Konversi Jam Pelajaran (JP)" (an illustrative agency table), read from that
document itself so that what Pandu answers and what /jp computes cannot disagree. An agency
can pass its own table, written the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from functools import cache
from pathlib import Path

from knowledge.text.tokens import NUMBER_VALUES

MINUTES_PER_JP = 45
TABLE_DOCUMENT = Path(__file__).resolve().parent / "docs" / "konversi-jp.md"
TABLE_HEADER = ("kegiatan", "satuan", "jp yang diakui", "batas pengakuan")

UNITS = {
    "menit": "menit",
    "mnt": "menit",
    "jam": "jam",
    "hari": "hari",
    "hr": "hari",
    "sesi": "sesi",
    "pertemuan": "sesi",
    "kali": "kali",
    "semester": "semester",
    "smt": "semester",
    "jp": "jp",
}
_AMOUNT = r"(\d+(?:[.,]\d+)?|" + "|".join(NUMBER_VALUES) + r")"
_DURATION = re.compile(_AMOUNT + r"\s*([a-z]+)")
_CAP = re.compile(r"maksimal\s+(\d+(?:[.,]\d+)?)\s+(sesi|jp)\s+per\s+(hari|bulan)", re.I)
_TIME = ("menit", "jam")


@dataclass(frozen=True)
class Duration:
    amount: float
    unit: str  # menit | jam | hari | sesi | kali | semester | jp


@dataclass(frozen=True)
class Cap:
    """At most `amount` `unit` (sesi | jp) per `period` (hari | bulan), for a whole row."""

    amount: float
    unit: str
    period: str
    text: str  # as the table writes it


@dataclass(frozen=True)
class Rule:
    """One row of the conversion table."""

    activity: str  # as the table names it: "Coaching atau mentoring"
    forms: tuple[str, ...]  # the activity forms the row covers: ("coaching", "mentoring")
    unit: str  # hari | sesi | kali | semester | menit
    size: float  # units per step: 1 (hari, sesi ...) or 45 (menit)
    jp: float  # JP per step
    cap: Cap | None = None

    def cap_window(self, when: date) -> tuple[date, date]:
        """The days whose JP count against this row's cap together with ``when``: that day,
        or its whole month for a monthly cap."""
        if self.cap is None or self.cap.period != "bulan":
            return when, when
        start = when.replace(day=1)
        return start, (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)

    @property
    def cap_jp(self) -> float | None:
        """The cap in JP for its period."""
        if self.cap is None:
            return None
        return self.cap.amount * (self.jp if self.cap.unit == "sesi" else 1)

    def describe(self) -> str:
        step = self.unit if self.size == 1 else f"{self.size:g} {self.unit}"
        text = f"{self.activity}: {self.jp:g} JP per {step}"
        return text + (f", {self.cap.text}" if self.cap else "")


@dataclass(frozen=True)
class Conversion:
    """What an activity counts for, and why: the rule applied and whether a cap cut it."""

    jp: float
    uncapped: float
    rule: Rule | None  # None: JP given directly, or minutes/hours at 45 minutes per JP
    direct: bool = False
    limit: str | None = None  # what cut it: "cap" (the row's cap) | "day" (one day's JP)


def parse_duration(text: str) -> Duration | None:
    """ "90 menit", "1,5 jam", "2 hari", "dua sesi", "1 semester", "12 JP"; None otherwise."""
    match = _DURATION.fullmatch(" ".join((text or "").lower().split()))
    if not match or match.group(2) not in UNITS:
        return None
    amount = _number(match.group(1))
    if amount <= 0 or amount > 10_000:
        return None
    return Duration(amount, UNITS[match.group(2)])


def _number(raw: str) -> float:
    found = NUMBER_VALUES.get(raw)
    return float(raw.replace(",", ".")) if found is None else found


def read_table(text: str) -> tuple[Rule, ...]:
    """The rows of the Markdown table headed Kegiatan | Satuan | JP yang diakui | Batas."""
    rows, inside = [], False
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.lstrip().startswith("|"):
            inside = False
        elif tuple(c.lower() for c in cells) == TABLE_HEADER:
            inside = True
        elif inside and not set("".join(cells)) <= set("-: "):
            rows.append(_rule(cells))
    if not rows:
        raise ValueError("no conversion table (Kegiatan | Satuan | JP yang diakui | Batas)")
    return tuple(rows)


def _rule(cells: list[str]) -> Rule:
    activity, unit_cell, jp_cell, cap_cell = cells
    unit = parse_duration(unit_cell)
    jp = parse_duration(jp_cell.replace(" ", ""))
    if unit is None or jp is None or jp.unit != "jp" or unit.unit in ("jam", "jp"):
        raise ValueError(f"unreadable conversion row: {' | '.join(cells)}")
    cap = _CAP.search(cap_cell)
    return Rule(
        activity=activity,
        forms=_forms(activity),
        unit=unit.unit,
        size=unit.amount,
        jp=jp.amount,
        cap=Cap(_number(cap[1]), cap[2].lower(), cap[3].lower(), cap[0]) if cap else None,
    )


def _forms(activity: str) -> tuple[str, ...]:
    """ "Detasering, magang, atau pertukaran pegawai" -> three forms; "Patok banding
    (benchmarking)" -> two names of one form."""
    names = re.split(r",\s*(?:atau\s+)?|\s+atau\s+|\s*[()]\s*", activity.lower())
    return tuple(dict.fromkeys(n.strip() for n in names if n.strip()))


@cache
def default_table() -> tuple[Rule, ...]:
    return read_table(TABLE_DOCUMENT.read_text(encoding="utf-8"))


def rule_for(form: str, table: tuple[Rule, ...] | None = None) -> Rule | None:
    form = " ".join(form.lower().split())
    rules = default_table() if table is None else table
    return next((r for r in rules if form in r.forms), None)


def convert(
    duration: Duration,
    form: str,
    *,
    already: float = 0.0,
    table: tuple[Rule, ...] | None = None,
) -> Conversion | None:
    """JP for an activity: JP given directly as written; otherwise the table row for the
    form (its cap counts `already`, the JP the same row already earned in the cap's period);
    minutes/hours of a form the table lacks at 45 minutes per JP; None when nothing applies."""
    if duration.unit == "jp":
        return Conversion(_round(duration.amount), _round(duration.amount), None, direct=True)
    rule = rule_for(form, table)
    if rule is None:
        if duration.unit not in _TIME:
            return None
        jp = _minutes_to_jp(duration)
        return Conversion(jp, jp, None)
    raw = _by_rule(duration, rule)
    if raw is None:
        return None
    room, limit = _limit(rule, duration, already)
    jp = _round(min(raw, room))
    return Conversion(jp, _round(raw), rule, limit=limit if jp < raw else None)


def _by_rule(duration: Duration, rule: Rule) -> float | None:
    if duration.unit in _TIME:
        return _minutes_to_jp(duration) if rule.unit in ("menit", "hari") else None
    if duration.unit == "hari" and rule.unit == "menit" and rule.cap and rule.cap.period == "hari":
        return duration.amount * rule.cap_jp  # a day counts at most the daily cap
    if duration.unit != rule.unit:
        return None
    return duration.amount / rule.size * rule.jp


def _limit(rule: Rule, duration: Duration, already: float) -> tuple[float, str | None]:
    """What the row still allows, and which limit that is: its cap for the period (several
    days each get the daily cap), or one day's JP for a daily activity given in hours."""
    if rule.cap is not None:
        days = duration.amount if duration.unit == "hari" and rule.cap.period == "hari" else 1
        return max(0.0, rule.cap_jp * days - already), "cap"
    if duration.unit in _TIME and rule.unit == "hari":
        return rule.jp, "day"
    return float("inf"), None


def _minutes_to_jp(duration: Duration) -> float:
    minutes = duration.amount * (60 if duration.unit == "jam" else 1)
    return _round(float(Fraction(minutes).limit_denominator() / MINUTES_PER_JP))


def _round(value: float) -> float:
    return round(value, 2)
