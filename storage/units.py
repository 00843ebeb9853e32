"""Work units (unit kerja) as one list, so that "Dinas Kominfo", "Diskominfo" and "dinas
komunikasi dan informatika" are one unit for HR. Profiles and records keep the text people
typed; a unit is found from that text by its name or an alias, fuzzily (rapidfuzz)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process
from sqlmodel import Field, Session, SQLModel, select

from storage.clock import system_now

SAME_UNIT = 90  # a typed unit at least this close to a name or alias is that unit
SUGGEST = 60  # ... and at least this close is offered as a button


class Unit(SQLModel, table=True):
    __tablename__ = "unit"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    aliases: str = ""  # other names, separated by ";"
    created_at: datetime = Field(default_factory=system_now)

    def names(self) -> list[str]:
        return [self.name] + [a.strip() for a in self.aliases.split(";") if a.strip()]


@dataclass(frozen=True)
class UnitSpec:
    name: str
    aliases: tuple[str, ...] = ()


def normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def add_unit(session: Session, *, name: str, aliases: tuple[str, ...] = (), now: datetime) -> Unit:
    """Add a unit, or add aliases to the one of that name."""
    name = " ".join(name.split())
    row = session.exec(select(Unit).where(Unit.name == name)).first()
    if row is None:
        row = Unit(name=name, created_at=now)
    known = {normal(n) for n in row.names()}
    extra = [
        a for a in dict.fromkeys(" ".join(a.split()) for a in aliases) if normal(a) not in known
    ]
    row.aliases = ";".join([*row.names()[1:], *extra])
    session.add(row)
    session.flush()
    return row


def list_units(session: Session) -> list[Unit]:
    return list(session.exec(select(Unit).order_by(Unit.name)))


def get_unit(session: Session, *, unit_id: int) -> Unit | None:
    return session.get(Unit, unit_id)


def suggest(session: Session, *, text: str, limit: int = 5) -> list[tuple[Unit, float]]:
    """The units whose name or alias is close to what was typed, best first."""
    choices = {(u.id, n): normal(n) for u in list_units(session) for n in u.names()}
    if not choices or not normal(text):
        return []
    found = process.extract(
        normal(text), choices, scorer=fuzz.WRatio, score_cutoff=SUGGEST, limit=limit * 3
    )
    units = {u.id: u for u in list_units(session)}
    best: dict[int, float] = {}
    for _, score, (unit_id, _) in found:
        best[unit_id] = max(best.get(unit_id, 0), score)
    ranked = sorted(best.items(), key=lambda item: -item[1])[:limit]
    return [(units[unit_id], score) for unit_id, score in ranked]


def resolve(session: Session, *, text: str) -> Unit | None:
    """The unit a typed text names, when one is clearly meant."""
    found = suggest(session, text=text, limit=2)
    if not found or found[0][1] < SAME_UNIT:
        return None
    if len(found) > 1 and found[1][1] >= found[0][1]:
        return None  # two units equally close: not clear
    return found[0][0]


def load(session: Session, *, specs: list[UnitSpec], now: datetime) -> tuple[int, int]:
    """Add the units of a list, then write the listed name into every profile whose typed
    unit clearly names one. Returns (units in the list, profiles mapped)."""
    from storage.people import Profile  # people do not depend on units

    for spec in specs:
        add_unit(session, name=spec.name, aliases=spec.aliases, now=now)
    mapped = 0
    for profile in session.exec(select(Profile).where(Profile.unit_kerja != "")):
        unit = resolve(session, text=profile.unit_kerja)
        if unit is not None and profile.unit_kerja != unit.name:
            profile.unit_kerja, profile.updated_at = unit.name, now
            session.add(profile)
            mapped += 1
    return len(specs), mapped


def read_units(path: Path) -> list[UnitSpec]:
    """A unit list file: YAML (``units: [{name, aliases}]``) or CSV (``name,aliases`` with
    aliases separated by ";"). A file that is not one is a ValueError with the reason."""
    data = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".csv":
        specs = [
            _spec(row.get("name"), (row.get("aliases") or "").split(";"))
            for row in csv.DictReader(io.StringIO(data))
        ]
    else:
        try:
            parsed = yaml.safe_load(data) or {}
        except yaml.YAMLError as exc:
            raise ValueError(f"YAML tidak valid ({exc.__class__.__name__})") from exc
        items = parsed.get("units", []) if isinstance(parsed, dict) else parsed
        specs = [
            _spec(item, ())
            if isinstance(item, str)
            else _spec(item.get("name"), item.get("aliases") or ())
            for item in items or []
            if isinstance(item, str | dict)
        ]
    specs = [s for s in specs if s is not None]
    if not specs:
        raise ValueError(
            "daftar unit kosong atau tidak dikenali (butuh 'units: [{name, aliases}]')"
        )
    return specs


def _spec(name: object, aliases) -> UnitSpec | None:
    name = " ".join(str(name or "").split())
    if not name:
        return None
    return UnitSpec(name, tuple(a for a in (" ".join(str(x).split()) for x in aliases) if a))
