from datetime import UTC, date, datetime

from storage.clock import FixedClock, SystemClock


def test_today_is_the_date_in_the_deployments_time_zone():
    late_utc = datetime(2026, 12, 31, 20, 0, tzinfo=UTC)  # 03.00 WIB on New Year's Day
    assert FixedClock(late_utc).today() == date(2027, 1, 1)
    assert FixedClock(late_utc, "Asia/Jayapura").today() == date(2027, 1, 1)
    assert FixedClock(late_utc, "UTC").today() == date(2026, 12, 31)


def test_a_fixed_clock_moves_only_when_told():
    clock = FixedClock(date(2028, 2, 28))
    assert clock.now() == clock.now() and clock.today() == date(2028, 2, 28)
    clock.advance(days=1)
    assert clock.today() == date(2028, 2, 29)
    clock.set(date(2030, 7, 1))
    assert clock.today() == date(2030, 7, 1)


def test_the_system_clock_is_aware_utc():
    now = SystemClock().now()
    assert now.tzinfo is not None and now.utcoffset().total_seconds() == 0
