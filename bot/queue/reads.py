"""Reads for officers: the console's filtered pages, counts per queue, the export.

Who may read what is decided in `access` (`readable_queues`, `authorise`); these functions
only query what that allows. Lists mask NIK / No. KK; a full export is for supervisors and,
like every detail view, is recorded in `personal_data_views`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from bot.errors import OfficerNotFound, TicketNotFound
from bot.intake.identity import mask, mask_text
from bot.queue import tables
from bot.queue.access import authorise, readable_queues
from bot.queue.codes import normalise_code
from bot.queue.domain import (
    OPEN,
    QUEUES,
    RESIDENT_NOTES,
    Actor,
    ActorKind,
    Officer,
    Status,
    Ticket,
    utcnow,
)
from bot.queue.hours import WorkingHours
from bot.queue.persistence import UnitOfWork
from bot.queue.views import TicketSummary
from bot.queue.worktime import WorkClock

__all__ = [
    "TABS",
    "AttachmentFile",
    "ExportRow",
    "QueueOverview",
    "ResidentNote",
    "TicketFilter",
    "TicketPage",
    "export_tickets",
    "attachment_of",
    "officer_of",
    "personal_data_views",
    "queue_page",
    "views_in",
    "queue_overview",
    "record_personal_data_view",
    "resident_notes_since",
    "search_tickets",
    "select_tickets",
]

TABS = ("baru", "saya", "semua")  # belum diambil, milik saya, semua


@dataclass(frozen=True)
class TicketFilter:
    """What an officer asked the list for; `since` / `until` are office-local dates."""

    tab: str = "baru"
    layanan: str | None = None
    status: str | None = None
    since: date | None = None
    until: date | None = None
    code: str | None = None
    page: int = 1
    per_page: int = 50


@dataclass(frozen=True)
class TicketPage:
    items: tuple[TicketSummary, ...]
    total: int
    page: int
    pages: int
    assignees: dict[int, str]


@dataclass(frozen=True)
class QueueOverview:
    """One queue at a glance: open tickets per status, and how long the oldest BARU one has
    waited (office seconds, None when nothing waits)."""

    queue: str
    counts: dict[str, int]
    oldest_waiting_seconds: float | None


@dataclass(frozen=True)
class AttachmentFile:
    """Where a stored attachment is (relative to the data directory) and its checked type."""

    code: str
    sha256: str
    content_type: str
    path: str
    size: int


@dataclass(frozen=True)
class ExportRow:
    values: dict[str, str]


@dataclass(frozen=True)
class ResidentNote:
    """A resident's message for the officer of an open request (event `kind`)."""

    event_id: int
    code: str
    kind: str  # catatan_warga | minta_jadwal_ulang | ingin_batal
    note: str
    at: datetime


def resident_notes_since(uow: UnitOfWork, since: datetime, limit: int = 50) -> list[ResidentNote]:
    """Residents' notes recorded after `since`, oldest first (for the officers' group)."""
    e, t = tables.events.c, tables.tickets.c
    query = (
        select(e.id, t.code, e.type, e.note, e.at)
        .join(tables.tickets, t.id == e.ticket_id)
        .where(e.type.in_(sorted(RESIDENT_NOTES)), e.at >= since)
        .order_by(e.id)
        .limit(limit)
    )
    with uow:
        rows = uow.session.execute(query).all()
    return [
        ResidentNote(int(r.id), str(r.code), str(r.type), str(r.note or ""), r.at) for r in rows
    ]


def officer_of(uow: UnitOfWork, actor: Actor) -> Officer | None:
    """The officer on record for an officer actor (None for other kinds; unknown → refused)."""
    if actor.kind != ActorKind.OFFICER:
        return None
    officer = uow.officers.get(int(actor.id)) if actor.id.isdigit() else None
    if officer is None:
        raise OfficerNotFound(actor.id)
    return officer


def attachment_of(uow: UnitOfWork, code: str, sha256: str, actor: Actor) -> AttachmentFile:
    """An attachment of a ticket the actor may see (`show`); unknown ones are "not found"."""
    code = normalise_code(code)
    with uow:
        officer = officer_of(uow, actor)
        ticket = uow.tickets.get(code)
        if ticket is None:
            raise TicketNotFound(code)
        authorise(actor, "show", ticket, officer)
        for a in ticket.attachments:
            if a.sha256 == sha256:
                return AttachmentFile(code, a.sha256, a.content_type, a.path, a.size)
    raise TicketNotFound(code)


def personal_data_views(uow: UnitOfWork, code: str, limit: int = 10) -> list[tuple[str, datetime]]:
    """Who was last shown a ticket's NIK / No. KK in full (officer name, when), newest first."""
    with uow:
        return views_in(uow.session, code, limit)


def views_in(session: Session, code: str, limit: int = 10) -> list[tuple[str, datetime]]:
    v, o = tables.data_views.c, tables.officers.c
    rows = session.execute(
        select(o.name, v.at)
        .join(tables.officers, o.id == v.officer_id)
        .where(v.ticket_code == normalise_code(code))
        .order_by(v.id.desc())
        .limit(limit)
    ).all()
    return [(str(name), at) for name, at in rows]


def select_tickets(
    session: Session, queues: Iterable[str] | None, status: str | None, limit: int = 500
) -> list[Ticket]:
    """Tickets in `queues` (None: all), oldest first."""
    t = tables.tickets.c
    query = select(Ticket)
    if queues is not None:
        query = query.where(t.queue.in_(sorted(queues)))
    if status:
        query = query.where(t.status == Status(status))
    query = query.order_by(t.created_at, t.id).limit(limit)
    return list(session.execute(query).scalars())


def record_personal_data_view(
    session: Session,
    officer_id: int,
    code: str | None,
    via: str,
    at: datetime,
    kind: str = "detail",
    rows: int | None = None,
) -> None:
    session.execute(
        tables.data_views.insert().values(
            officer_id=officer_id, ticket_code=code, kind=kind, rows=rows, via=via, at=at
        )
    )


def _filtered(
    query: Select, queues: frozenset[str] | None, f: TicketFilter, me: int | None, tz: Any
) -> Select:
    t = tables.tickets.c
    if queues is not None:
        # "semua" pages newest first by id: keep the queue index out of that plan (coalesce),
        # so the database walks the primary key backwards instead of sorting every ticket.
        column = func.coalesce(t.queue, "") if f.tab == "semua" and not f.status else t.queue
        query = query.where(column.in_(sorted(queues)))
    if f.tab == "baru":
        query = query.where(t.status == Status.BARU)
    elif f.tab == "saya":
        query = query.where(t.assignee_id == me, t.status.in_(sorted(OPEN)))
    if f.layanan:
        query = query.where(t.layanan == f.layanan)
    if f.status:
        query = query.where(t.status == Status(f.status))
    if f.since:
        query = query.where(t.created_at >= datetime.combine(f.since, time(0), tzinfo=tz))
    if f.until:
        end = datetime.combine(f.until + timedelta(days=1), time(0), tzinfo=tz)
        query = query.where(t.created_at < end)
    if f.code:
        query = query.where(t.code.startswith(normalise_code(f.code), autoescape=True))
    return query


_LIST_COLUMNS = (
    tables.tickets.c.code,
    tables.tickets.c.status,
    tables.tickets.c.layanan,
    tables.tickets.c.queue,
    tables.tickets.c.fields,
    tables.tickets.c.assignee_id,
    tables.tickets.c.created_at,
    tables.tickets.c.last_activity_at,
)


def _summary(row: Any) -> TicketSummary:
    nik, kk = row.fields.get("nik"), row.fields.get("no_kk")
    return TicketSummary(
        row.code,
        Status(row.status).value,
        row.layanan,
        row.queue,
        mask(nik) if nik else None,
        mask(kk) if kk else None,
        row.assignee_id,
        row.created_at,
        row.last_activity_at,
    )


def search_tickets(
    uow: UnitOfWork, actor: Actor, f: TicketFilter, hours: WorkingHours | None = None
) -> TicketPage:
    """One page of the officer's tickets: BARU and their own oldest first, the rest newest."""
    tz = (hours or WorkingHours()).tz
    with uow:
        officer = officer_of(uow, actor)
        return _search(uow.session, readable_queues(actor, officer), officer, f, tz)


def queue_overview(
    uow: UnitOfWork, actor: Actor, hours: WorkingHours | None = None, now: datetime | None = None
) -> list[QueueOverview]:
    """Per queue the officer serves: tickets per status, the oldest waiting one's age."""
    hours = hours or WorkingHours()
    with uow:
        queues = readable_queues(actor, officer_of(uow, actor))
        return _overview(uow.session, queues, hours, now or utcnow())


def queue_page(
    uow: UnitOfWork,
    actor: Actor,
    f: TicketFilter,
    hours: WorkingHours | None = None,
    now: datetime | None = None,
) -> tuple[TicketPage, list[QueueOverview]]:
    """The queue page's page of tickets and overview, read in one transaction."""
    hours = hours or WorkingHours()
    with uow:
        officer = officer_of(uow, actor)
        queues = readable_queues(actor, officer)
        page = _search(uow.session, queues, officer, f, hours.tz)
        return page, _overview(uow.session, queues, hours, now or utcnow())


def _search(
    session: Session,
    queues: frozenset[str] | None,
    officer: Officer | None,
    f: TicketFilter,
    tz: Any,
) -> TicketPage:
    t = tables.tickets.c
    me = officer.id if officer is not None else None
    total = session.execute(
        _filtered(select(func.count()).select_from(tables.tickets), queues, f, me, tz)
    ).scalar_one()
    order = [t.created_at, t.id] if f.tab in ("baru", "saya") else [t.id.desc()]
    page = max(1, f.page)
    query = _filtered(select(*_LIST_COLUMNS), queues, f, me, tz).order_by(*order)
    query = query.offset((page - 1) * f.per_page).limit(f.per_page)
    items = tuple(_summary(row) for row in session.execute(query))
    names = _names(session, {i.assignee_id for i in items if i.assignee_id})
    pages = max(1, -(-int(total) // f.per_page))
    return TicketPage(items, int(total), page, pages, names)


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    o = tables.officers.c
    rows = session.execute(select(o.id, o.name).where(o.id.in_(sorted(ids))))
    return {int(row[0]): str(row[1]) for row in rows}


def _overview(
    session: Session, queues: frozenset[str] | None, hours: WorkingHours, now: datetime
) -> list[QueueOverview]:
    t = tables.tickets.c
    shown = [q for q in QUEUES if queues is None or q in queues]
    counts = session.execute(  # open tickets only: closed ones are for Statistik
        select(t.queue, t.status, func.count())
        .where(t.queue.in_(shown), t.status.in_(sorted(OPEN)))
        .group_by(t.queue, t.status)
    ).all()
    oldest = session.execute(
        select(t.queue, func.min(t.created_at))
        .where(t.queue.in_(shown), t.status == Status.BARU)
        .group_by(t.queue)
    ).all()
    per: dict[str, dict[str, int]] = {q: {s.value: 0 for s in Status if s in OPEN} for q in shown}
    for queue, status, n in counts:
        per[queue][Status(status).value] = int(n)
    clock = WorkClock(hours)
    waits = {q: clock.between(_aware(at), now) for q, at in oldest if at is not None}
    return [QueueOverview(q, per[q], waits.get(q)) for q in shown]


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


EXPORT_COLUMNS = (
    "kode",
    "layanan",
    "antrean",
    "status",
    "dibuat",
    "ditutup",
    "petugas",
    "nik",
    "no_kk",
    "nama",
    "baris",
)


def export_tickets(
    uow: UnitOfWork,
    actor: Actor,
    *,
    full: bool = False,
    hours: WorkingHours | None = None,
    now: datetime | None = None,
) -> list[ExportRow]:
    """One row per ticket the officer may read; NIK / No. KK masked unless `full` (supervisors,
    recorded as a personal-data view)."""
    tz = (hours or WorkingHours()).tz
    t = tables.tickets.c
    with uow:
        officer = officer_of(uow, actor)
        authorise(actor, "export_full" if full else "export", None, officer)
        queues = readable_queues(actor, officer)
        query = select(Ticket).order_by(t.created_at, t.id)
        if queues is not None:
            query = query.where(t.queue.in_(sorted(queues)))
        tickets = list(uow.session.execute(query).scalars())
        names = _names(uow.session, {x.assignee_id for x in tickets if x.assignee_id})
        rows = [ExportRow(_export_values(x, names, full, tz)) for x in tickets]
        if full and officer is not None and officer.id is not None:
            at = now or utcnow()
            record_personal_data_view(
                uow.session, officer.id, None, actor.via, at, "export", len(rows)
            )
            uow.commit()
    return rows


def _export_values(t: Ticket, names: dict[int, str], full: bool, tz: Any) -> dict[str, str]:
    def shown(value: str | None) -> str:
        if not value:
            return ""
        return value if full else mask_text(value)

    def when(moment: datetime | None) -> str:
        return "" if moment is None else moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")

    fields = t.fields
    return {
        "kode": t.code,
        "layanan": t.layanan,
        "antrean": t.queue,
        "status": Status(t.status).value,
        "dibuat": when(t.created_at),
        "ditutup": when(t.closed_at),
        "petugas": names.get(t.assignee_id or 0, ""),
        "nik": shown(fields.get("nik")),
        "no_kk": shown(fields.get("no_kk")),
        "nama": fields.get("nama") or fields.get("nama_kepala_keluarga") or "",
        "baris": shown(t.canonical),
    }
