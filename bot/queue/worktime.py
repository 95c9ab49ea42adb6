"""Time in working hours: when an appointment may be set, how long a ticket waited.

Both follow `WorkingHours` (weekdays, office hours, national holidays and cuti bersama,
`ADMINDUK_CLOSED_DAYS`). Durations count only the office's open hours, so a ticket sent on
Friday evening and taken on Monday at 08.30 waited 30 minutes.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot.errors import InvalidInput, Issue
from bot.queue.hours import DAY_NAMES, WorkingHours

__all__ = ["WorkClock", "check_appointment_time", "working_seconds"]


def _refuse(code: str, message: str) -> InvalidInput:
    return InvalidInput([Issue("waktu", code, message)], message)


def check_appointment_time(hours: WorkingHours, at: datetime, now: datetime) -> None:
    """Raise InvalidInput unless `at` is in the future, on a working day, in office hours."""
    if at <= now:
        raise _refuse("sudah_lewat", "Waktu jadwal sudah lewat; pilih waktu yang akan datang.")
    local = at.astimezone(hours.tz)
    day = local.date()
    if local.weekday() not in hours.days:
        raise _refuse(
            "hari_tutup",
            f"Hari {DAY_NAMES[local.weekday()]} kantor tutup; pilih hari kerja.",
        )
    if hours.is_holiday(day):
        raise _refuse(
            "hari_libur",
            f"Tanggal {day:%d-%m-%Y} hari libur atau kantor tutup; pilih hari kerja lain.",
        )
    if not hours.start <= local.time() < hours.end:
        raise _refuse(
            "di_luar_jam",
            f"Jam {local:%H.%M} di luar jam layanan "
            f"({hours.start:%H.%M}–{hours.end:%H.%M}); pilih jam layanan.",
        )


def working_seconds(hours: WorkingHours, start: datetime, end: datetime) -> float:
    """Seconds of office hours between `start` and `end` (0 when end is not after start)."""
    return WorkClock(hours).between(start, end)


class WorkClock:
    """Office seconds between two moments, in constant time after a one-off day table.

    `between()` is the difference of two positions on a clock that runs only in office hours;
    the table of whole days before each date is built once, on demand, for the dates asked.
    """

    def __init__(self, hours: WorkingHours) -> None:
        self.hours = hours
        self._base: date | None = None
        self._before: list[float] = []  # office seconds of the days before base + i

    def between(self, start: datetime, end: datetime) -> float:
        if end <= start:
            return 0.0
        first = self._position(start)  # the earlier date first: it may move the table's base
        return max(0.0, self._position(end) - first)

    def _position(self, moment: datetime) -> float:
        local = moment.astimezone(self.hours.tz)
        day = local.date()
        position = self._days_before(day)
        if self.hours.is_working_day(day):
            opens = datetime.combine(day, self.hours.start, tzinfo=self.hours.tz)
            closes = datetime.combine(day, self.hours.end, tzinfo=self.hours.tz)
            position += (min(max(local, opens), closes) - opens).total_seconds()
        return position

    def _days_before(self, day: date) -> float:
        if self._base is None or day < self._base:
            self._base, self._before = day - timedelta(days=1), [0.0]
        index = (day - self._base).days
        while len(self._before) <= index:
            built = self._base + timedelta(days=len(self._before) - 1)
            self._before.append(self._before[-1] + self._day_length(built))
        return self._before[index]

    def _day_length(self, day: date) -> float:
        if not self.hours.is_working_day(day):
            return 0.0
        opens = datetime.combine(day, self.hours.start)
        return (datetime.combine(day, self.hours.end) - opens).total_seconds()
