from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from knowledge.jp import DEFAULT_TABLE, Duration, parse_duration, to_jp
from knowledge.text.dates import MONTH_NAMES, format_date, parse_date


def test_durations_in_indonesian():
    assert parse_duration("90 menit") == Duration(90, "menit")
    assert parse_duration("1,5 jam") == Duration(1.5, "jam")
    assert parse_duration("dua sesi") == Duration(2, "sesi")
    assert parse_duration("12 JP") == Duration(12, "jp")
    for bad in ("", "lama sekali", "0 jam", "3 tahun cahaya", "-2 hari"):
        assert parse_duration(bad) is None, bad


def test_conversion_follows_the_table():
    assert to_jp(Duration(90, "menit"), "seminar") == 2
    assert to_jp(Duration(2, "sesi"), "coaching") == 4
    assert to_jp(Duration(1, "hari"), "workshop") == 5
    assert to_jp(Duration(1, "semester"), "tugas belajar") == 20
    assert to_jp(Duration(2, "sesi"), "seminar") is None  # no rule: ask for JP directly
    assert to_jp(Duration(1, "hari"), "seminar", {"seminar": ("hari", 3)}) == 3  # agency table


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_every_date_round_trips_through_indonesian_formats(day):
    assert parse_date(format_date(day)) == day
    assert parse_date(day.strftime("%d/%m/%Y")) == day
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.day} {MONTH_NAMES[day.month][:3]} {day.year}") == day


@given(st.text(max_size=40))
def test_date_parser_never_raises(text):
    result = parse_date(text)
    assert result is None or isinstance(result, date)


@given(st.integers(min_value=1, max_value=600), st.sampled_from(["menit", "jam"]))
def test_minutes_and_hours_convert_at_45_minutes(amount, unit):
    jp = to_jp(parse_duration(f"{amount} {unit}"), "apa saja")
    minutes = amount * (60 if unit == "jam" else 1)
    assert abs(jp - minutes / 45) < 0.01


@given(st.sampled_from(sorted(DEFAULT_TABLE)), st.integers(min_value=1, max_value=30))
def test_table_forms_convert_by_their_unit(form, amount):
    unit, per_unit = DEFAULT_TABLE[form]
    assert to_jp(Duration(amount, unit), form) == amount * per_unit


@given(st.text(max_size=30))
def test_duration_parser_never_raises(text):
    assert parse_duration(text) is None or parse_duration(text).amount > 0
