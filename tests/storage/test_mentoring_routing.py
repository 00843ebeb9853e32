"""Routing a mentoring question: topic, availability, never the asker, the asker's unit
first, then the fewest open questions, and never the same mentor twice."""

from datetime import UTC, datetime

import pytest

from storage import mentoring, people, roles
from storage.db import session_scope

NOW = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)
ASKER = 1


@pytest.fixture
def session(migrated_engine):
    """On SQLite and on PostgreSQL (tests/conftest.py)."""
    with session_scope(migrated_engine) as session:
        yield session


def mentor(session, telegram_id: int, unit: str, topics=(0,), paused=False) -> None:
    code = roles.invite(session, role="mentor", unit_id=None, created_by=9, now=NOW).code
    roles.redeem(session, code=code, telegram_id=telegram_id, now=NOW)
    people.update_profile(session, telegram_id=telegram_id, now=NOW, unit_kerja=unit)
    for topic in topics:
        mentoring.toggle_topic(session, telegram_id=telegram_id, topic=topic, now=NOW)
    mentoring.set_paused(session, telegram_id=telegram_id, paused=paused, now=NOW)


def question(session, topic: str = "kepemimpinan", asker: int = ASKER) -> mentoring.MentorQuestion:
    return mentoring.ask(
        session,
        telegram_id=asker,
        unit_kerja="Dinas Sosial",
        topic=topic,
        text="Bagaimana memimpin tim baru?",
        anonymous=True,
        draft_id=None,
        now=NOW,
    )


def test_the_askers_unit_first_then_the_lightest_load(session):
    mentor(session, 10, "Dinas Pendidikan")
    mentor(session, 11, "dinas sosial")
    mentor(session, 12, "Dinas Pendidikan")
    assert mentoring.route(session, question=question(session), now=NOW) == 11  # same unit
    assert mentoring.route(session, question=question(session), now=NOW) == 11  # still first
    mentoring.set_paused(session, telegram_id=11, paused=True, now=NOW)
    first = mentoring.route(session, question=question(session), now=NOW)
    second = mentoring.route(session, question=question(session), now=NOW)
    assert {first, second} == {10, 12}  # the fewest open questions, in turn


def test_topic_asker_and_mentors_already_tried_are_skipped(session):
    mentor(session, 10, "Dinas Sosial", topics=(3,))  # pengadaan only
    mentor(session, ASKER, "Dinas Sosial")  # a mentor asking their own question
    mentor(session, 12, "Dinas Pendidikan")
    asked = question(session)
    assert mentoring.route(session, question=asked, now=NOW) == 12
    assert mentoring.route(session, question=asked, now=NOW) is None  # 12 had it already
    assert asked.state == "unrouted"
    assert mentoring.route(session, question=question(session, topic="pengadaan"), now=NOW) == 10
