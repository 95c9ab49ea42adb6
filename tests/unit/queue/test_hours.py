from __future__ import annotations

from datetime import date, datetime

from bot.queue.hours import WIB, WorkingHours


def wib(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=WIB)


HOURS = WorkingHours()


def test_a_request_on_friday_evening_is_expected_on_monday_morning() -> None:
    text = HOURS.expectation(wib("2026-12-04 17:30"))
    assert "akan diproses pada hari kerja berikutnya, Senin 08.00 WIB" in text


def test_a_request_on_saturday_is_expected_on_monday() -> None:
    assert not HOURS.is_open(wib("2026-12-05 10:00"))
    assert HOURS.next_opening(wib("2026-12-05 10:00")) == wib("2026-12-07 08:00")


def test_a_request_before_opening_is_expected_the_same_morning() -> None:
    assert "hari ini pukul 08.00 WIB" in HOURS.expectation(wib("2026-12-07 06:00"))


def test_a_request_during_working_hours_says_today() -> None:
    assert HOURS.is_open(wib("2026-12-07 09:00"))
    assert "hari ini" in HOURS.expectation(wib("2026-12-07 09:00"))


def test_sixteen_hundred_is_already_closed() -> None:
    assert HOURS.is_open(wib("2026-12-07 15:59"))
    assert not HOURS.is_open(wib("2026-12-07 16:00"))


def test_public_holidays_and_cuti_bersama_are_closed() -> None:
    assert HOURS.is_holiday(date(2026, 8, 17))  # Hari Kemerdekaan, a Monday
    assert HOURS.is_holiday(date(2025, 4, 2))  # cuti bersama Idul Fitri
    assert HOURS.next_opening(wib("2026-12-24 17:00")) == wib("2026-12-28 08:00")


def test_a_long_closure_names_the_date() -> None:
    closed = {f"2026-12-{day:02d}" for day in range(7, 19)}
    hours = WorkingHours.from_text(closed=closed)
    text = hours.expectation(wib("2026-12-04 17:00"))
    assert "Senin 21 Desember 2026 08.00 WIB" in text


def test_working_hours_are_configurable() -> None:
    hours = WorkingHours.from_text(days="0-5", hours="07:30-15:00")
    assert hours.is_open(wib("2026-12-05 07:30"))  # Saturday
    assert not hours.is_open(wib("2026-12-07 15:00"))
    assert "Senin–Sabtu 07.30–15.00 WIB" in hours.expectation(wib("2026-12-07 08:00"))
