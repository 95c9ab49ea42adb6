"""Figures for supervisors: tickets opened and closed per day and service, time to the first
officer action and to completion in office hours (median and p90), per officer, backlog age.

Only supervisors and admins may read them (`access`: `stats`). All durations count office
hours only (`worktime.WorkClock`). Satisfaction ratings (`ratings.summary`, 1–5 for finished
tickets) of the same days are in `ratings`.
"""

from __future__ import annotations

import math
import statistics as pystats
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import or_, select

from bot.queue import ratings, tables
from bot.queue.access import authorise
from bot.queue.domain import GENERAL_QUEUE, OPEN, Actor, Status, utcnow
from bot.queue.hours import WorkingHours
from bot.queue.persistence import UnitOfWork
from bot.queue.reads import officer_of
from bot.queue.worktime import WorkClock
from bot.reference.catalog import default_catalog

__all__ = [
    "ALL",
    "BACKLOG_BUCKETS",
    "Durations",
    "OfficerFigures",
    "Statistics",
    "machine_statistics",
    "statistics",
]

ALL = "SEMUA"
SERVICE_ORDER = (*default_catalog().codes, GENERAL_QUEUE)
BACKLOG_BUCKETS = ("< 1 hari kerja", "1–3 hari kerja", "3–5 hari kerja", "> 5 hari kerja")


@dataclass(frozen=True)
class Durations:
    """Office seconds; median and p90 are None when there is nothing to measure."""

    count: int
    median: float | None
    p90: float | None

    @classmethod
    def of(cls, values: Sequence[float]) -> Durations:
        if not values:
            return cls(0, None, None)
        ordered = sorted(values)
        p90 = ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]  # nearest rank
        return cls(len(ordered), float(pystats.median(ordered)), float(p90))


@dataclass(frozen=True)
class OfficerFigures:
    officer_id: int
    name: str
    claimed: int
    completed: int
    first_action: Durations


@dataclass(frozen=True)
class Statistics:
    days: tuple[date, ...]
    services: tuple[str, ...]
    opened: dict[str, tuple[int, ...]]  # service -> count per day
    closed: dict[str, tuple[int, ...]]
    first_action: dict[str, Durations]  # service (and ALL) -> durations
    completion: dict[str, Durations]
    officers: tuple[OfficerFigures, ...]
    backlog: tuple[tuple[str, int], ...]
    open_total: int
    ratings: dict[str, Any] | None = None


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=timezone.utc)


def statistics(
    uow: UnitOfWork,
    actor: Actor,
    *,
    hours: WorkingHours | None = None,
    now: datetime | None = None,
    days: int = 30,
) -> Statistics:
    """The last `days` days up to today (office-local dates)."""
    with uow:
        authorise(actor, "stats", None, officer_of(uow, actor))
    return machine_statistics(uow, hours=hours, now=now, days=days)


def machine_statistics(
    uow: UnitOfWork,
    *,
    hours: WorkingHours | None = None,
    now: datetime | None = None,
    days: int = 30,
) -> Statistics:
    """The same figures for the operator on the machine (`adminduk stats`), like the CLI's
    other reads: there is no officer to authorise."""
    hours, now = hours or WorkingHours(), now or utcnow()
    today = now.astimezone(hours.tz).date()
    span = tuple(today - timedelta(days=days - 1 - i) for i in range(days))
    start = datetime.combine(span[0], time(0), tzinfo=hours.tz)
    t = tables.tickets.c
    with uow:
        rows = uow.session.execute(
            select(
                t.layanan, t.status, t.created_at, t.first_action_at, t.closed_at, t.assignee_id
            ).where(or_(t.created_at >= start, t.closed_at >= start, t.status.in_(sorted(OPEN))))
        ).all()
        names = dict(
            uow.session.execute(select(tables.officers.c.id, tables.officers.c.name)).all()
        )
    figures = _figures(rows, names, span, start, hours, now)
    return replace(figures, ratings=ratings.summary(uow, since=start))


def _figures(
    rows: Sequence[Any],
    names: dict[int, str],
    span: tuple[date, ...],
    start: datetime,
    hours: WorkingHours,
    now: datetime,
) -> Statistics:
    clock, index = WorkClock(hours), {day: i for i, day in enumerate(span)}
    seen = {r.layanan for r in rows}
    services = tuple(s for s in SERVICE_ORDER if s in seen) + tuple(
        sorted(seen - set(SERVICE_ORDER))
    )
    opened = {s: [0] * len(span) for s in services}
    closed = {s: [0] * len(span) for s in services}
    first: dict[str, list[float]] = defaultdict(list)
    done: dict[str, list[float]] = defaultdict(list)
    per_officer: dict[int, list[float]] = defaultdict(list)
    claimed: Counter[int] = Counter()
    completed: Counter[int] = Counter()
    backlog: Counter[str] = Counter()
    day_seconds = (
        datetime.combine(span[0], hours.end) - datetime.combine(span[0], hours.start)
    ).total_seconds()
    for r in rows:
        created, acted, ended = _aware(r.created_at), _aware(r.first_action_at), _aware(r.closed_at)
        status = Status(r.status)
        assert created is not None
        if created >= start and (i := index.get(created.astimezone(hours.tz).date())) is not None:
            opened[r.layanan][i] += 1
            if acted is not None:
                waited = clock.between(created, acted)
                first[r.layanan].append(waited)
                first[ALL].append(waited)
                if r.assignee_id:
                    per_officer[r.assignee_id].append(waited)
        if ended is not None and (j := index.get(ended.astimezone(hours.tz).date())) is not None:
            closed[r.layanan][j] += 1
            if status == Status.SELESAI:
                took = clock.between(created, ended)
                done[r.layanan].append(took)
                done[ALL].append(took)
        if r.assignee_id:
            claimed[r.assignee_id] += 1
            completed[r.assignee_id] += status == Status.SELESAI
        if status in OPEN:
            backlog[_bucket(clock.between(created, now), day_seconds)] += 1
    keys = (ALL, *services)
    officers = tuple(
        OfficerFigures(
            i, names.get(i, f"Petugas {i}"), claimed[i], completed[i], Durations.of(per_officer[i])
        )
        for i in sorted(claimed, key=lambda i: (-claimed[i], i))
    )
    return Statistics(
        days=span,
        services=services,
        opened={s: tuple(v) for s, v in opened.items()},
        closed={s: tuple(v) for s, v in closed.items()},
        first_action={k: Durations.of(first[k]) for k in keys},
        completion={k: Durations.of(done[k]) for k in keys},
        officers=officers,
        backlog=tuple((b, backlog[b]) for b in BACKLOG_BUCKETS),
        open_total=sum(backlog.values()),
    )


def _bucket(seconds: float, day_seconds: float) -> str:
    working_days = seconds / day_seconds if day_seconds else 0.0
    if working_days < 1:
        return BACKLOG_BUCKETS[0]
    if working_days < 3:
        return BACKLOG_BUCKETS[1]
    if working_days < 5:
        return BACKLOG_BUCKETS[2]
    return BACKLOG_BUCKETS[3]
