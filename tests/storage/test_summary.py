"""HR figures over the seeded agency, each expected value worked out here from the seed."""

from datetime import date

import pytest

from storage import units
from storage.db import session_scope
from storage.summary import Scope, records, summarise
from tests.storage import hr_seed

TODAY = date(2026, 11, 29)
START, END = date(2026, 10, 1), TODAY


@pytest.fixture
def engine(migrated_engine):
    """The same figures from SQLite and from PostgreSQL (tests/conftest.py)."""
    with session_scope(migrated_engine) as session:
        hr_seed.seed(session)
    return migrated_engine


def figures(engine, unit_name: str | None, min_group: int = 5):
    with session_scope(engine) as session:
        chosen = None if unit_name is None else [units.resolve(session, text=unit_name)]
        scope = Scope(chosen, START, END)
        data = records(session, scope=scope)
        return data, summarise(data, scope=scope, today=TODAY, due_days=30, min_group=min_group)


def consented(unit: str) -> dict[int, str]:
    spec = {"kominfo": hr_seed.KOMINFO, "bkpsdm": hr_seed.BKPSDM}[unit]
    names = {n.lower() for n in (spec.name, *spec.aliases)}
    return {p: name for p, name, typed, ok in hr_seed.PEOPLE if ok and typed.lower() in names}


def test_a_unit_is_found_from_every_way_its_people_typed_it(engine):
    data, _ = figures(engine, "dinas kominfo")
    assert set(data.people) == set(consented("kominfo")) == {101, 102, 103, 104, 105, 106}
    assert set(data.unit_of.values()) == {hr_seed.KOMINFO.name}


def test_jp_progress_is_pro_rated_by_month_and_names_who_is_under_target(engine):
    _, s = figures(engine, "Diskominfo")
    members = consented("kominfo")
    jp = dict.fromkeys(members, 0.0)
    for pid, _, _, start, value in hr_seed.ACTIVITIES:
        if pid in members and start.year == END.year and start <= END:
            jp[pid] += value
    target = 20 * END.month / 12
    assert s.registered == len(members) == 6
    assert s.target_to_date == pytest.approx(target)
    assert s.on_track == sum(1 for v in jp.values() if v >= target) == 2
    assert s.jp_average == pytest.approx(sum(jp.values()) / len(jp))
    expected_under = sorted((members[p], v) for p, v in jp.items() if v < target)
    assert sorted(s.under_target) == expected_under
    assert [n for n, _ in s.under_target] == ["Fajar", "Dedi", "Budi", "Citra"]  # fewest first


def test_report_states_counts_and_the_privacy_floor(engine):
    _, s = figures(engine, "Dinas Komunikasi dan Informatika")
    members = consented("kominfo")
    trainings = [
        (pid, title, start)
        for pid, form, title, start, _ in hr_seed.ACTIVITIES
        if pid in members
        and START <= start <= END
        and form in {"pelatihan klasikal", "seminar", "workshop", "e-learning"}
    ]
    written = {(pid, t) for pid, t, *_ in hr_seed.REPORTS}
    submitted = [x for x in trainings if (x[0], x[1]) in written]
    late = [
        x
        for x in trainings
        if (x[0], x[1]) not in written and (x[2].toordinal() + 30) < TODAY.toordinal()
    ]
    assert (s.reports_submitted, s.reports_overdue) == (len(submitted), len(late)) == (3, 1)
    assert s.reports_pending == len(trainings) - 4 == 1
    assert s.completion == pytest.approx(3 / 4)
    received = [r for r in hr_seed.REPORTS if r[0] in members and START <= r[4] <= END]
    assert s.reports_received == len(received) == 5
    assert s.obstacles[0] == ("beban kerja tinggi", 3)
    assert not s.small_group and len(s.quotes) == 3
    kominfo_needs = {r[3] for r in received}
    assert set(s.quotes) <= kominfo_needs
    assert s.needs[0] == ("Perlu dukungan atasan untuk uji coba", 2)
    assert sum(n for _, n in s.needs) == len(received)


def test_a_unit_smaller_than_the_floor_gets_no_quotes_or_free_text(engine):
    _, s = figures(engine, "BKPSDM")
    assert s.registered == len(consented("bkpsdm")) == 4
    assert s.small_group and s.quotes == [] and s.needs == []
    assert s.obstacles == [("perubahan tugas", 1)]  # fixed choices, counted only


def test_evaluations_average_per_aspect_lowest_first_and_questions_grouped(engine):
    _, s = figures(engine, "Diskominfo")
    spbe = [scores for pid, t, scores, _ in hr_seed.EVALUATIONS if t == "Pelatihan SPBE"]
    per_aspect = [sum(col) / len(col) for col in zip(*spbe, strict=True)]
    assert [t.name for t in s.trainings] == ["Literasi Data", "Pelatihan SPBE"]
    spbe_score = s.trainings[1]
    assert list(spbe_score.aspects.values()) == pytest.approx(per_aspect)
    assert spbe_score.mean == pytest.approx(sum(per_aspect) / 6) and spbe_score.count == 2
    assert s.gaps == [
        ("berapa tunjangan kinerja pranata komputer?", 2),
        ("cara klaim JP webinar di SIASN", 1),
    ]  # the other unit's question is not here


def test_every_unit_for_an_admin_and_nothing_without_consent(engine):
    data, s = figures(engine, None)
    assert set(data.people) == {p for p, _, _, ok in hr_seed.PEOPLE if ok}
    assert 107 not in data.people and all(a.telegram_id != 107 for a in data.activities)
    assert set(s.per_unit) == {hr_seed.KOMINFO.name, hr_seed.BKPSDM.name}
    # BKPSDM: Hadi (40 JP) on track of 4; his training reported, Indah's seminar late
    assert s.per_unit[hr_seed.BKPSDM.name] == (pytest.approx(1 / 4), 0.5)
