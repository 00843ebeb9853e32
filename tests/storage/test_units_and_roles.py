from datetime import UTC, datetime, timedelta

import pytest

from storage import people, roles, units
from storage.db import session_scope

NOW = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)


@pytest.fixture
def engine(migrated_engine):
    """SQLite and PostgreSQL (tests/conftest.py)."""
    return migrated_engine


def test_one_unit_however_it_is_typed_and_no_guess_between_two(engine):
    with session_scope(engine) as session:
        kominfo = units.add_unit(
            session,
            name="Dinas Komunikasi dan Informatika",
            aliases=("Diskominfo", "Dinas Kominfo"),
            now=NOW,
        )
        units.add_unit(session, name="Dinas Pendidikan", aliases=("Disdik",), now=NOW)
        units.add_unit(session, name="Dinas Kesehatan", aliases=("Dinkes",), now=NOW)
        for typed in (
            "Diskominfo",
            "dinas kominfo",
            "dinas komunikasi dan informatika",
            "DISKOMINFO.",
        ):
            assert units.resolve(session, text=typed).id == kominfo.id, typed
        assert units.resolve(session, text="Dinas") is None  # three units start so: no guess
        assert units.resolve(session, text="Satpol PP") is None
        offered = [u.name for u, _ in units.suggest(session, text="dinas komunikasi")]
        assert offered[0] == kominfo.name


def test_loading_a_list_maps_the_units_people_typed(engine, tmp_path):
    listing = tmp_path / "unit.csv"
    listing.write_text("name,aliases\nDinas Komunikasi dan Informatika,Diskominfo;Dinas Kominfo\n")
    with session_scope(engine) as session:
        people.update_profile(session, telegram_id=1, now=NOW, unit_kerja="diskominfo")
        people.update_profile(session, telegram_id=2, now=NOW, unit_kerja="Bappeda")
        assert units.load(session, specs=units.read_units(listing), now=NOW) == (1, 1)
        assert (
            people.get_profile(session, telegram_id=1).unit_kerja
            == "Dinas Komunikasi dan Informatika"
        )
        assert people.get_profile(session, telegram_id=2).unit_kerja == "Bappeda"  # unknown: kept
    yaml_listing = tmp_path / "unit.yaml"
    yaml_listing.write_text(
        "units:\n  - name: Dinas Pendidikan\n    aliases: [Disdik]\n  - Bappeda\n"
    )
    assert [s.name for s in units.read_units(yaml_listing)] == ["Dinas Pendidikan", "Bappeda"]
    (tmp_path / "empty.yaml").write_text("units: []\n")
    with pytest.raises(ValueError):
        units.read_units(tmp_path / "empty.yaml")


def test_an_invitation_works_once_and_expires_after_seven_days(engine):
    with session_scope(engine) as session:
        unit = units.add_unit(session, name="Dinas Pendidikan", now=NOW)
        code = roles.invite(session, role="hr", unit_id=unit.id, created_by=9, now=NOW).code
        late = roles.invite(session, role="mentor", unit_id=None, created_by=9, now=NOW).code
        grant = roles.redeem(session, code=code.lower(), telegram_id=7, now=NOW)
        assert (grant.role, grant.unit_id, grant.telegram_id) == ("hr", unit.id, 7)
        assert roles.redeem(session, code=code, telegram_id=8, now=NOW) is None  # used
        after = NOW + timedelta(days=7, seconds=1)
        assert roles.redeem(session, code=late, telegram_id=8, now=after) is None  # expired
        assert roles.redeem(session, code="NOSUCHCODE", telegram_id=8, now=NOW) is None
        assert [g.telegram_id for g in roles.active_grants(session)] == [7]
        assert roles.revoke(session, grant_id=grant.id, now=NOW) is not None
        assert roles.grants_of(session, telegram_id=7) == []
        assert roles.revoke(session, grant_id=grant.id, now=NOW) is None
    with pytest.raises(ValueError), session_scope(engine) as session:
        roles.invite(session, role="hr", unit_id=None, created_by=9, now=NOW)
