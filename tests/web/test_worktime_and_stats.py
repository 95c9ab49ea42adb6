"""Office time, appointment checks and the supervisors' figures (service level, no HTTP)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.errors import InvalidInput, NotAllowed
from bot.queue import services, stats
from bot.queue.domain import Actor
from bot.queue.hours import WIB, WorkingHours
from bot.queue.persistence import UnitOfWork
from bot.queue.worktime import WorkClock, check_appointment_time, working_seconds
from tests.web.web_helpers import NOW, add_officer, kk_line, ktp_line, submit

HOURS = WorkingHours()


def test_a_ticket_sent_on_friday_evening_and_taken_monday_morning_waited_half_an_hour() -> None:
    friday = datetime(2026, 12, 4, 18, 0, tzinfo=WIB)
    monday = datetime(2026, 12, 7, 8, 30, tzinfo=WIB)
    assert working_seconds(HOURS, friday, monday) == 30 * 60


def test_office_time_skips_holidays_and_agrees_with_a_day_by_day_count() -> None:
    clock = WorkClock(HOURS)
    start = datetime(2026, 12, 21, 9, 0, tzinfo=WIB)  # the week of Christmas
    end = datetime(2026, 12, 29, 9, 0, tzinfo=WIB)
    days = [start.date() + timedelta(days=i) for i in range(8)]
    expected = sum(8 * 3600 for d in days if HOURS.is_working_day(d))
    assert clock.between(start, end) == expected
    assert clock.between(end, start) == 0
    assert not HOURS.is_working_day(datetime(2026, 12, 25).date())


@pytest.mark.parametrize(
    ("at", "code"),
    [
        (datetime(2026, 12, 5, 9, 0, tzinfo=WIB), "hari_tutup"),  # Saturday
        (datetime(2026, 12, 25, 9, 0, tzinfo=WIB), "hari_libur"),  # Christmas
        (datetime(2026, 12, 2, 7, 59, tzinfo=WIB), "di_luar_jam"),
        (datetime(2026, 12, 2, 16, 0, tzinfo=WIB), "di_luar_jam"),
        (NOW - timedelta(minutes=1), "sudah_lewat"),
    ],
)
def test_an_appointment_outside_office_time_is_refused(at: datetime, code: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_appointment_time(HOURS, at, NOW)
    assert caught.value.errors[0].code == code


def test_an_appointment_in_office_hours_on_a_working_day_passes() -> None:
    check_appointment_time(HOURS, datetime(2026, 12, 2, 15, 45, tzinfo=WIB), NOW)


def test_median_and_p90_use_the_nearest_rank() -> None:
    figures = stats.Durations.of([float(v) for v in range(1, 11)])
    assert (figures.count, figures.median, figures.p90) == (10, 5.5, 9.0)
    assert stats.Durations.of([]) == stats.Durations(0, None, None)


def test_the_figures_count_per_day_per_service_and_per_officer(uow: UnitOfWork) -> None:
    chief = Actor.officer(add_officer(uow, "kepala.s", [], role="supervisor"), "web")
    rina = Actor.officer(add_officer(uow, "rina.w", ["KTP", "KK"], name="Rina"), "web")
    first = submit(uow, ktp_line(), now=NOW)
    submit(uow, kk_line(), chat="2", now=NOW)
    services.claim(uow, first, rina, now=NOW + timedelta(hours=2))
    services.reject(uow, first, rina, "NIK luar daerah.", now=NOW + timedelta(hours=3))
    figures = stats.statistics(uow, chief, now=NOW + timedelta(hours=4), days=7)
    assert figures.services == ("KK", "KTP")
    assert figures.opened["KTP"][-1] == 1 and figures.closed["KTP"][-1] == 1
    assert figures.first_action[stats.ALL].median == 2 * 3600
    assert figures.completion[stats.ALL].count == 0  # a rejection is not a completion
    [officer] = figures.officers
    assert (officer.name, officer.claimed, officer.completed) == ("Rina", 1, 0)
    assert dict(figures.backlog)["< 1 hari kerja"] == 1 and figures.open_total == 1
    assert figures.ratings is not None and figures.ratings["count"] == 0
    with pytest.raises(NotAllowed):
        stats.statistics(uow, rina)


def test_the_residents_ratings_of_the_period_are_in_the_figures(uow: UnitOfWork) -> None:
    from bot.queue import ratings
    from bot.queue.domain import Appointment

    chief = Actor.officer(add_officer(uow, "kepala.s", [], role="supervisor"), "web")
    rina = Actor.officer(add_officer(uow, "rina.w", ["KTP"]), "web")
    resident = Actor.resident("telegram", "1001")
    code = submit(uow, ktp_line(), now=NOW)
    services.claim(uow, code, rina, now=NOW)
    at = datetime(2026, 12, 2, 9, 0, tzinfo=WIB)
    services.schedule(uow, code, rina, Appointment(at, "Loket 3"), now=NOW)
    services.complete(uow, code, rina, now=at)
    assert ratings.record_score(uow, code, resident, 4, now=at)
    figures = stats.statistics(uow, chief, now=at, days=7)
    assert figures.ratings is not None
    assert (figures.ratings["count"], figures.ratings["mean"]) == (1, 4.0)
    assert figures.completion[stats.ALL].median == 8 * 3600  # 09.00 to 09.00 next day
