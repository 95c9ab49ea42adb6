"""Office working hours and Indonesian public holidays, for honest expectations in receipts.

Default: Monday–Friday 08.00–16.00 WIB, closed on national holidays and cuti bersama
(`holidays` package, categories public and government). All configurable.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays

from bot.errors import ConfigError
from bot.texts.dates import DAY_NAMES, MONTH_NAMES, WIB, format_when, zone_label

__all__ = ["DAY_NAMES", "MONTH_NAMES", "WIB", "WorkingHours", "format_when"]


@dataclass(frozen=True)
class WorkingHours:
    """When officers work. `days` are weekday numbers (Monday = 0)."""

    days: tuple[int, ...] = (0, 1, 2, 3, 4)
    start: time = time(8, 0)
    end: time = time(16, 0)
    tz: ZoneInfo = WIB
    extra_closed: frozenset[date] = frozenset()
    country: str = "ID"
    _cache: dict[int, set[date]] = field(default_factory=dict, compare=False, repr=False)

    def is_holiday(self, day: date) -> bool:
        if day in self.extra_closed:
            return True
        if day.year not in self._cache:
            found = holidays.country_holidays(
                self.country, years=day.year, categories=("public", "government")
            )
            self._cache[day.year] = set(found.keys())
        return day in self._cache[day.year]

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.days and not self.is_holiday(day)

    def is_open(self, at: datetime) -> bool:
        local = at.astimezone(self.tz)
        return self.is_working_day(local.date()) and self.start <= local.time() < self.end

    def next_opening(self, at: datetime) -> datetime:
        """The next moment the office opens at or after `at` (aware, in the office's zone)."""
        local = at.astimezone(self.tz)
        day = local.date()
        if local.time() >= self.start:
            day += timedelta(days=1)
        for _ in range(400):
            if self.is_working_day(day):
                return datetime.combine(day, self.start, tzinfo=self.tz)
            day += timedelta(days=1)
        raise ConfigError("no working day within 400 days; check the working-hours settings")

    def expectation(self, at: datetime) -> str:
        """The receipt's honest sentence about when an officer will look at the request."""
        if self.is_open(at):
            return f"Petugas akan memprosesnya pada jam kerja hari ini ({self._schedule_text()})."
        opening = self.next_opening(at)
        local = at.astimezone(self.tz)
        if opening.date() == local.date():
            when = f"hari ini pukul {opening:%H.%M} {zone_label(self.tz)}"
            return f"Saat ini di luar jam kerja; permohonan akan diproses mulai {when}."
        return (
            "Saat ini di luar jam kerja; permohonan akan diproses pada hari kerja berikutnya, "
            f"{self._day_text(opening, local)} {opening:%H.%M} {zone_label(self.tz)}."
        )

    def _day_text(self, opening: datetime, now: datetime) -> str:
        name = DAY_NAMES[opening.weekday()]
        if (opening.date() - now.date()).days < 7:
            return name
        return f"{name} {opening.day} {MONTH_NAMES[opening.month - 1]} {opening.year}"

    def _schedule_text(self) -> str:
        days = sorted(self.days)
        if days == list(range(days[0], days[-1] + 1)) and len(days) > 1:
            span = f"{DAY_NAMES[days[0]]}–{DAY_NAMES[days[-1]]}"
        else:
            span = ", ".join(DAY_NAMES[d] for d in days)
        return f"{span} {self.start:%H.%M}–{self.end:%H.%M} {zone_label(self.tz)}"

    @classmethod
    def from_text(
        cls,
        days: str | None = None,
        hours: str | None = None,
        tz: str | None = None,
        closed: Iterable[str] = (),
    ) -> WorkingHours:
        """From settings: days `0-4` or `0,1,2,3,4,5`; hours `08:00-16:00`; extra closed dates."""
        kwargs: dict[str, object] = {}
        if days:
            kwargs["days"] = _parse_days(days)
        if hours:
            start, end = (time.fromisoformat(p.strip()) for p in hours.split("-", 1))
            if end <= start:
                raise ConfigError(f"working hours end before they start: {hours!r}")
            kwargs["start"], kwargs["end"] = start, end
        if tz:
            kwargs["tz"] = ZoneInfo(tz)
        extra = frozenset(date.fromisoformat(d.strip()) for d in closed if d.strip())
        return cls(extra_closed=extra, **kwargs)  # type: ignore[arg-type]


def _parse_days(text: str) -> tuple[int, ...]:
    found: set[int] = set()
    for part in text.split(","):
        if "-" in part:
            lo, hi = (int(p) for p in part.split("-", 1))
            found.update(range(lo, hi + 1))
        elif part.strip():
            found.add(int(part))
    if not found or not all(0 <= d <= 6 for d in found):
        raise ConfigError(f"working days must be 0 (Monday) to 6 (Sunday): {text!r}")
    return tuple(sorted(found))
