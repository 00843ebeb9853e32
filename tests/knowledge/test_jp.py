import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowledge.jp import (
    TABLE_DOCUMENT,
    Duration,
    convert,
    default_table,
    parse_duration,
    read_table,
    rule_for,
)
from knowledge.text.dates import MONTH_NAMES, format_date, parse_date


def test_durations_in_indonesian():
    assert parse_duration("90 menit") == Duration(90, "menit")
    assert parse_duration("1,5 jam") == Duration(1.5, "jam")
    assert parse_duration("dua sesi") == Duration(2, "sesi")
    assert parse_duration("12 JP") == Duration(12, "jp")
    for bad in ("", "lama sekali", "0 jam", "3 tahun cahaya", "-2 hari"):
        assert parse_duration(bad) is None, bad


def test_conversion_follows_the_document_table():
    assert convert(Duration(90, "menit"), "seminar").jp == 2
    assert convert(Duration(2, "sesi"), "coaching").jp == 4
    assert convert(Duration(1, "hari"), "workshop").jp == 5
    assert convert(Duration(1, "semester"), "tugas belajar").jp == 20
    assert convert(Duration(2, "sesi"), "seminar") is None  # seminars count by day
    assert convert(Duration(60, "menit"), "coaching") is None  # coaching counts by session
    assert convert(Duration(1, "hari"), "pelatihan klasikal") is None  # no rule: ask for JP


def test_the_figures_the_document_states_in_words():
    """The conversion document's own examples, computed by the code that reads its table."""
    assert convert(Duration(5, "sesi"), "coaching").jp == 4  # 2 sessions a month
    assert convert(Duration(3, "sesi"), "coaching").jp == 4
    assert convert(Duration(4, "jam"), "e-learning").jp == 3  # at most 3 JP a day
    assert convert(Duration(2, "hari"), "seminar").jp == 8
    assert convert(Duration(2, "hari"), "workshop").jp == 10
    assert convert(Duration(2, "semester"), "tugas belajar").jp == 40
    assert convert(Duration(1, "kali"), "patok banding").jp == 10
    assert convert(Duration(1, "kali"), "magang").jp == 20
    assert convert(Duration(1, "hari"), "belajar mandiri").jp == 2


def test_a_cap_counts_what_the_row_already_earned_in_its_period():
    later = convert(Duration(1, "sesi"), "mentoring", already=4)  # coaching already 2 sessions
    assert (later.jp, later.uncapped, later.limit) == (0, 2, "cap")
    assert convert(Duration(1, "jam"), "e-learning", already=2.5).jp == 0.5
    assert convert(Duration(8, "jam"), "seminar").limit == "day"  # not more than 1 day's 4 JP
    assert convert(Duration(4, "JP".lower()), "coaching", already=4).jp == 4  # JP as written


def test_an_agency_table_written_the_same_way_replaces_the_default():
    table = read_table(
        "| Kegiatan | Satuan | JP yang diakui | Batas pengakuan |\n|---|---|---|---|\n"
        "| Seminar | 1 hari | 3 JP | - |\n| Coaching | 1 sesi | 1 JP | maksimal 4 sesi per bulan |"
    )
    assert convert(Duration(1, "hari"), "seminar", table=table).jp == 3
    assert convert(Duration(6, "sesi"), "coaching", table=table).jp == 4
    with pytest.raises(ValueError):
        read_table("| Kegiatan | Satuan |\n|---|---|\n| Seminar | 1 hari |")


def _document_rows() -> list[list[str]]:
    """The table rows read with nothing but string splitting, apart from the code's parser."""
    lines = TABLE_DOCUMENT.read_text(encoding="utf-8").splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("| Kegiatan |"))
    rows = []
    for line in lines[head + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip("|").split("|")])
    return rows


ROWS = _document_rows()


def _numbers(cell: str) -> list[float]:
    return [float(n) for n in re.findall(r"\d+", cell)]


def _forms(activity: str) -> list[str]:
    names = re.split(r",\s*(?:atau\s+)?|\s+atau\s+|\s*[()]\s*", activity.lower())
    return [n.strip() for n in names if n.strip()]


def test_every_row_of_the_document_is_a_rule_and_every_form_of_the_log_is_known():
    assert len(ROWS) == len(default_table()) >= 8
    for row in ROWS:
        for form in _forms(row[0]):
            assert rule_for(form) is not None and rule_for(form).activity == row[0]


@given(st.sampled_from(ROWS), st.integers(min_value=1, max_value=40), st.data())
def test_code_and_document_agree_on_every_row_caps_included(row, amount, data):
    activity, unit_cell, jp_cell, cap_cell = row
    (size,), unit = _numbers(unit_cell), unit_cell.split()[-1]
    (per_step,) = _numbers(jp_cell)
    form = data.draw(st.sampled_from(_forms(activity)))
    already = data.draw(st.sampled_from([0, 1, 2, 4]))
    if unit == "menit":  # per 45 minutes: given in minutes, one day, capped per day
        given_as, raw = Duration(amount * 15, "menit"), amount * 15 / size * per_step
    else:
        given_as, raw = Duration(amount, unit), amount / size * per_step
    cap = re.search(r"maksimal (\d+) (sesi|JP) per (hari|bulan)", cap_cell)
    expected = raw
    if cap:
        cap_jp = int(cap[1]) * (per_step if cap[2] == "sesi" else 1)
        expected = max(0, min(raw, cap_jp - already))
    result = convert(given_as, form, already=already)
    assert result.jp == pytest.approx(round(expected, 2), abs=0.01)
    assert result.uncapped == pytest.approx(round(raw, 2), abs=0.01)
    assert result.rule.describe().startswith(activity)


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
def test_minutes_and_hours_of_a_form_without_a_row_convert_at_45_minutes(amount, unit):
    found = convert(parse_duration(f"{amount} {unit}"), "apa saja")
    minutes = amount * (60 if unit == "jam" else 1)
    assert abs(found.jp - minutes / 45) < 0.01 and found.rule is None


@given(st.text(max_size=30))
def test_duration_parser_never_raises(text):
    assert parse_duration(text) is None or parse_duration(text).amount > 0


def test_a_cap_counts_the_days_of_its_period():
    """Mentoring (monthly cap) counts the whole month; e-learning (daily cap) the day."""
    day = date(2027, 2, 14)
    assert rule_for("mentoring").cap_window(day) == (date(2027, 2, 1), date(2027, 2, 28))
    assert rule_for("e-learning").cap_window(day) == (day, day)
