"""JP (jam pelajaran) rules: how long a learning activity was, and what it counts for.

1 JP = 45 minutes. Non-classroom activities are converted with an agency table; the
default follows a common agency table (ASN-FACTS) and an agency can replace it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

MINUTES_PER_JP = 45

# form -> (unit, JP per unit, cap per unit period or None); a common agency table (varies).
DEFAULT_TABLE: dict[str, tuple[str, float]] = {
    "seminar": ("hari", 4),
    "sosialisasi": ("hari", 4),
    "workshop": ("hari", 5),
    "coaching": ("sesi", 2),
    "mentoring": ("sesi", 2),
    "e-learning": ("hari", 3),
    "belajar mandiri": ("hari", 2),
    "komunitas belajar": ("hari", 2),
    "patok banding": ("kali", 10),
    "detasering": ("kali", 20),
    "magang": ("kali", 20),
    "pertukaran": ("kali", 20),
    "tugas belajar": ("semester", 20),
}
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
_NUMBER_WORDS = {
    "setengah": 0.5,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
}
_DURATION = re.compile(r"(\d+(?:[.,]\d+)?|" + "|".join(_NUMBER_WORDS) + r")\s*([a-z]+)")


@dataclass(frozen=True)
class Duration:
    amount: float
    unit: str  # menit | jam | hari | sesi | kali | semester | jp


def parse_duration(text: str) -> Duration | None:
    """ "90 menit", "1,5 jam", "2 hari", "dua sesi", "1 semester", "12 JP"; None otherwise."""
    match = _DURATION.fullmatch(" ".join((text or "").lower().split()))
    if not match or match.group(2) not in UNITS:
        return None
    raw = match.group(1)
    amount = _NUMBER_WORDS.get(raw)
    if amount is None:
        amount = float(raw.replace(",", "."))
    if amount <= 0 or amount > 10_000:
        return None
    return Duration(amount, UNITS[match.group(2)])


def to_jp(
    duration: Duration, form: str, table: dict[str, tuple[str, float]] | None = None
) -> float | None:
    """JP for an activity: JP given directly, minutes and hours at 45 minutes per JP, other
    units through the conversion table for that form; None when the table has no rule."""
    if duration.unit == "jp":
        return round(duration.amount, 2)
    if duration.unit in ("menit", "jam"):
        minutes = duration.amount * (60 if duration.unit == "jam" else 1)
        return round(float(Fraction(minutes).limit_denominator() / MINUTES_PER_JP), 2)
    rule = (table or DEFAULT_TABLE).get(form.lower().strip())
    if rule is None or rule[0] != duration.unit:
        return None
    return round(duration.amount * rule[1], 2)
