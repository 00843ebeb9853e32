"""What HR sees: the records of a set of units in a period, and the figures drawn from them.

Records carry the unit text people typed; a record belongs to a unit when that text names it
(storage.units.resolve). Only people who consented have records. The figures are computed
from the records alone (`summarise` is a pure function), so tests can check them
independently and the export shows exactly the rows the summary counted.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz
from sqlmodel import Session, col, select

from storage.clock import DEFAULT_TIMEZONE
from storage.evaluations import ASPECTS, Evaluation
from storage.learning import LearningActivity
from storage.people import Feedback, Profile
from storage.reports import Report
from storage.units import Unit, resolve

TARGET_JP = 20
TRAINING_FORMS = frozenset(
    {"pelatihan klasikal", "seminar", "workshop", "bimbingan teknis", "e-learning", "magang"}
)
SIMILAR = 75  # rapidfuzz token_set_ratio: two questions (or needs) in one group
QUOTE_CHARS = 160


@dataclass
class Scope:
    units: list[Unit] | None  # None: every unit (an admin)
    start: date
    end: date
    zone: tzinfo = ZoneInfo(DEFAULT_TIMEZONE)  # what a day is: the deployment's time zone

    def day(self, moment: datetime) -> date:
        return moment.astimezone(self.zone).date()

    def holds(self, moment: datetime) -> bool:
        return self.start <= self.day(moment) <= self.end

    @property
    def unit_names(self) -> list[str]:
        return ["semua unit"] if self.units is None else [u.name for u in self.units]


@dataclass
class Records:
    people: dict[int, Profile]
    unit_of: dict[int, str]  # person -> the unit's name ("" when it names none)
    year_activities: list[LearningActivity]  # 1 January of the end's year .. end: for JP
    activities: list[LearningActivity]  # in the period
    reports: list[Report]  # written in the period, or about a training of the period
    evaluations: list[Evaluation]
    feedback: list[Feedback]


@dataclass
class TrainingScore:
    name: str
    count: int
    aspects: dict[str, float]
    mean: float


@dataclass
class Summary:
    registered: int = 0
    active: int = 0
    target_to_date: float = 0.0
    on_track: int = 0
    jp_average: float = 0.0
    under_target: list[tuple[str, float]] = field(default_factory=list)
    reports_received: int = 0  # reports written in the period
    reports_submitted: int = 0  # trainings of the period: report written, not yet due, late
    reports_pending: int = 0
    reports_overdue: int = 0
    verification: dict[str, int] = field(default_factory=dict)  # reports received, by state
    obstacles: list[tuple[str, int]] = field(default_factory=list)
    needs: list[tuple[str, int]] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    small_group: bool = False  # fewer reporters than the privacy floor: no free text shown
    trainings: list[TrainingScore] = field(default_factory=list)
    gaps: list[tuple[str, int]] = field(default_factory=list)
    per_unit: dict[str, tuple[float, float | None]] = field(default_factory=dict)

    @property
    def completion(self) -> float | None:
        done = self.reports_submitted + self.reports_overdue
        return self.reports_submitted / done if done else None


def _between(column, scope: Scope):
    """From the first moment of the start day to the last of the end day, local time."""
    first = datetime.combine(scope.start, time.min, scope.zone)
    after = datetime.combine(scope.end + timedelta(days=1), time.min, scope.zone)
    return (col(column) >= first.astimezone(UTC)) & (col(column) < after.astimezone(UTC))


def records(session: Session, *, scope: Scope) -> Records:
    """Every record of the consenting people of the scope's units."""
    profiles = session.exec(select(Profile).where(col(Profile.consent_at).is_not(None))).all()
    wanted = None if scope.units is None else {u.id for u in scope.units}
    names: dict[str, Unit | None] = {}
    people, unit_of = {}, {}
    for p in profiles:
        if p.unit_kerja not in names:
            names[p.unit_kerja] = resolve(session, text=p.unit_kerja) if p.unit_kerja else None
        unit = names[p.unit_kerja]
        if wanted is None or (unit is not None and unit.id in wanted):
            people[p.telegram_id] = p
            unit_of[p.telegram_id] = unit.name if unit else ""
    ids = list(people)
    year_start = date(scope.end.year, 1, 1)
    acts = session.exec(
        select(LearningActivity).where(
            col(LearningActivity.telegram_id).in_(ids),
            col(LearningActivity.start_date) >= min(year_start, scope.start),
            col(LearningActivity.start_date) <= scope.end,
        )
    ).all()
    activities = [a for a in acts if a.start_date >= scope.start]
    trainings = {(a.telegram_id, _key(a.title)) for a in activities if a.form in TRAINING_FORMS}
    reports = [
        r
        for r in session.exec(select(Report).where(col(Report.telegram_id).in_(ids)))
        if scope.holds(r.created_at) or (r.telegram_id, _key(r.training)) in trainings
    ]
    return Records(
        people=people,
        unit_of=unit_of,
        year_activities=[a for a in acts if a.start_date >= year_start],
        activities=activities,
        reports=sorted(reports, key=lambda r: r.id),
        evaluations=list(
            session.exec(
                select(Evaluation).where(
                    col(Evaluation.telegram_id).in_(ids),
                    _between(Evaluation.created_at, scope),
                    Evaluation.training_key != "pandu",
                )
            )
        ),
        feedback=list(
            session.exec(
                select(Feedback).where(
                    col(Feedback.telegram_id).in_(ids),
                    _between(Feedback.created_at, scope),
                )
            )
        ),
    )


def summarise(
    data: Records, *, scope: Scope, today: date, due_days: int, min_group: int
) -> Summary:
    totals, due = jp_by_person(data), reports_due(data, due_days=due_days)  # once, for all
    s = Summary(registered=len(data.people))
    s.active = len(_active(data, scope))
    _jp(s, data, scope, totals)
    _reports(s, data, scope, today, due, min_group)
    s.trainings = _trainings(data.evaluations)
    s.gaps = groups([f.question for f in data.feedback if not f.confident or f.rating == "down"])
    for unit in sorted(set(data.unit_of.values())):
        s.per_unit[unit] = _unit_progress(data, unit, scope, today, totals, due)
    return s


def _active(data: Records, scope: Scope) -> set[int]:
    return (
        {a.telegram_id for a in data.activities}
        | {r.telegram_id for r in data.reports if scope.holds(r.created_at)}
        | {e.telegram_id for e in data.evaluations}
        | {f.telegram_id for f in data.feedback}
    )


def jp_by_person(data: Records) -> dict[int, float]:
    totals = dict.fromkeys(data.people, 0.0)
    for a in data.year_activities:
        totals[a.telegram_id] = totals.get(a.telegram_id, 0.0) + a.jp
    return totals


def target_to_date(end: date) -> float:
    """20 JP pro-rated by month: by the end of March, 5 JP is on track."""
    return TARGET_JP * end.month / 12


def _jp(s: Summary, data: Records, scope: Scope, totals: dict[int, float]) -> None:
    s.target_to_date = target_to_date(scope.end)
    s.on_track = sum(1 for v in totals.values() if v >= s.target_to_date)
    s.jp_average = sum(totals.values()) / len(totals) if totals else 0.0
    s.under_target = sorted(
        ((data.people[p].name or str(p), v) for p, v in totals.items() if v < s.target_to_date),
        key=lambda item: (item[1], item[0]),
    )


@dataclass(frozen=True)
class Due:
    """A finished training and its reflection report: submitted, pending or overdue."""

    telegram_id: int
    training: str
    ended: date
    due: date
    report: Report | None

    def status(self, today: date) -> str:
        if self.report is not None:
            return "submitted"
        return "overdue" if self.due < today else "pending"


def reports_due(data: Records, *, due_days: int) -> list[Due]:
    """The trainings in the period's log, each with the report written about it (by title)."""
    written = {(r.telegram_id, _key(r.training)): r for r in data.reports}
    return [
        Due(
            a.telegram_id,
            a.title,
            a.end_date or a.start_date,
            (a.end_date or a.start_date) + timedelta(days=due_days),
            written.get((a.telegram_id, _key(a.title))),
        )
        for a in data.activities
        if a.form in TRAINING_FORMS
    ]


def _key(title: str) -> str:
    return " ".join(title.lower().split())


def _reports(
    s: Summary, data: Records, scope: Scope, today: date, due: list[Due], min_group: int
) -> None:
    states = Counter(d.status(today) for d in due)
    s.reports_submitted, s.reports_pending = states["submitted"], states["pending"]
    s.reports_overdue = states["overdue"]
    period = [r for r in data.reports if scope.holds(r.created_at)]
    s.reports_received = len(period)
    s.verification = dict(Counter(r.verification for r in period))
    s.obstacles = Counter(r.obstacles for r in period if r.obstacles).most_common(5)
    s.small_group = len({r.telegram_id for r in period}) < min_group
    if s.small_group:
        return
    needs = [r.support for r in period if r.support and r.support.strip() != "-"]
    s.needs = groups(needs)[:5]
    s.quotes = [q for q in dict.fromkeys(n.strip() for n in needs) if len(q) <= QUOTE_CHARS][:3]


def _trainings(evaluations: list[Evaluation]) -> list[TrainingScore]:
    by_training: dict[str, list[Evaluation]] = {}
    for e in evaluations:
        by_training.setdefault(e.training_name, []).append(e)
    scores = []
    for name, rows in by_training.items():
        aspects = {}
        for aspect in ASPECTS:
            values = [getattr(r, aspect) for r in rows if getattr(r, aspect) is not None]
            if values:
                aspects[aspect] = sum(values) / len(values)
        if aspects:
            mean = sum(aspects.values()) / len(aspects)
            scores.append(TrainingScore(name, len(rows), aspects, mean))
    return sorted(scores, key=lambda t: (t.mean, t.name))


def groups(texts: list[str]) -> list[tuple[str, int]]:
    """Similar texts together (rapidfuzz), each group named by its shortest text, largest
    group first."""
    found: list[list[str]] = []
    for text in (" ".join(t.split()) for t in texts if t and t.strip()):
        home = next(
            (g for g in found if fuzz.token_set_ratio(text.lower(), g[0].lower()) >= SIMILAR),
            None,
        )
        if home is None:
            found.append([text])
        else:
            home.append(text)
    named = [(min(g, key=len), len(g)) for g in found]
    return sorted(named, key=lambda item: (-item[1], item[0]))


def _unit_progress(
    data: Records,
    unit: str,
    scope: Scope,
    today: date,
    totals: dict[int, float],
    due: list[Due],
) -> tuple[float, float | None]:
    """A unit's share on track for its JP, and its report completion rate."""
    members = {p for p, u in data.unit_of.items() if u == unit}
    on_track = sum(1 for p in members if totals.get(p, 0) >= target_to_date(scope.end))
    states = Counter(d.status(today) for d in due if d.telegram_id in members)
    done = states["submitted"] + states["overdue"]
    return on_track / len(members), (states["submitted"] / done if done else None)
