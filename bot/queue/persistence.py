"""Persistence: the imperative mapping of the domain classes, repositories, a unit of work.

    with UnitOfWork(session_factory) as uow:
        ticket = uow.tickets.get("KTP-7QX4M2", lock=True)
        ...
        uow.commit()          # anything not committed is rolled back on exit

Locks: `get(..., lock=True)` is `SELECT ... FOR UPDATE` (PostgreSQL) so concurrent actions on
one ticket queue up and the later one sees the new status; `next_open` adds `SKIP LOCKED` so
officers taking "the next ticket" never wait for each other. Every ticket UPDATE is also
conditional on its `seq` (`WHERE id = ? AND seq = ?`), a guard for any path without a lock.
On SQLite every transaction is `BEGIN IMMEDIATE` (see `config`), which serialises writers.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import datetime
from types import TracebackType
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, registry, relationship, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from bot.errors import ConcurrentChange
from bot.queue import tables
from bot.queue.domain import (
    CLOSED,
    OPEN,
    Attachment,
    Officer,
    OutboxMessage,
    Status,
    Ticket,
    TicketEvent,
)

__all__ = ["Conflict", "OfficerRepository", "TicketRepository", "UnitOfWork", "start_mappers"]

_mapper_registry = registry()
_mapped = False
_lock = threading.Lock()


class Conflict(Exception):
    """A unique constraint refused the write (a duplicate open request or code)."""


def start_mappers() -> None:
    """Map the domain classes onto the tables; idempotent and thread safe."""
    global _mapped
    with _lock:
        if _mapped:
            return
        reg = _mapper_registry
        reg.map_imperatively(TicketEvent, tables.events)
        reg.map_imperatively(OutboxMessage, tables.outbox)
        reg.map_imperatively(Attachment, tables.attachments)
        reg.map_imperatively(Officer, tables.officers)
        reg.map_imperatively(
            Ticket,
            tables.tickets,
            version_id_col=tables.tickets.c.seq,
            version_id_generator=False,
            properties={
                "events": relationship(
                    TicketEvent, order_by=tables.events.c.seq, cascade="all, delete-orphan"
                ),
                "outbox": relationship(
                    OutboxMessage, order_by=tables.outbox.c.id, cascade="all, delete-orphan"
                ),
                "attachments": relationship(
                    Attachment, order_by=tables.attachments.c.id, cascade="all, delete-orphan"
                ),
            },
        )
        _mapped = True


class TicketRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, ticket: Ticket) -> None:
        self.session.add(ticket)

    def get(self, code: str, *, lock: bool = False) -> Ticket | None:
        query = select(Ticket).where(tables.tickets.c.code == code)
        if lock:
            query = query.with_for_update()
        return cast("Ticket | None", self.session.execute(query).scalars().first())

    def next_open(self, queues: Sequence[str] | None) -> Ticket | None:
        """The oldest BARU ticket in `queues` (all when None) not locked by another officer."""
        t = tables.tickets.c
        query = select(Ticket).where(t.status == Status.BARU)
        if queues is not None:
            query = query.where(t.queue.in_(list(queues)))
        query = query.order_by(t.created_at, t.id).limit(1).with_for_update(skip_locked=True)
        return cast("Ticket | None", self.session.execute(query).scalars().first())

    def for_chat(self, channel: str, chat_id: str, *, limit: int = 20) -> list[Ticket]:
        """The chat's own open tickets, newest first."""
        t = tables.tickets.c
        query = (
            select(Ticket)
            .where(t.channel == channel, t.chat_id == str(chat_id), t.status.in_(list(OPEN)))
            .order_by(t.created_at.desc(), t.id.desc())
            .limit(limit)
        )
        return list(self.session.execute(query).scalars())

    def open_with_key(self, key: str) -> Ticket | None:
        query = select(Ticket).where(tables.tickets.c.open_key == key)
        return cast("Ticket | None", self.session.execute(query).scalars().first())

    def search(
        self, queue: str | None = None, status: str | None = None, limit: int = 500
    ) -> list[Ticket]:
        t = tables.tickets.c
        query = select(Ticket)
        if queue:
            query = query.where(t.queue == queue)
        if status:
            query = query.where(t.status == Status(status))
        query = query.order_by(t.created_at, t.id).limit(limit)
        return list(self.session.execute(query).scalars())

    def closed_before(self, moment: datetime) -> list[Ticket]:
        t = tables.tickets.c
        query = (
            select(Ticket)
            .where(t.status.in_(list(CLOSED)), t.closed_at < moment, t.purged_at.is_(None))
            .order_by(t.id)
            .with_for_update()
        )
        return list(self.session.execute(query).scalars())

    def counts(self) -> dict[tuple[str, str], int]:
        """Anonymous counts per (layanan, status); these survive a purge."""
        t = tables.tickets.c
        query = select(t.layanan, t.status, func.count()).group_by(t.layanan, t.status)
        return {(row[0], Status(row[1]).value): row[2] for row in self.session.execute(query)}


class OfficerRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, officer: Officer) -> None:
        self.session.add(officer)

    def get(self, officer_id: int) -> Officer | None:
        return cast("Officer | None", self.session.get(Officer, officer_id))

    def by_telegram(self, telegram_user_id: int) -> Officer | None:
        query = select(Officer).where(tables.officers.c.telegram_user_id == telegram_user_id)
        return cast("Officer | None", self.session.execute(query).scalars().first())

    def all(self) -> list[Officer]:
        query = select(Officer).order_by(tables.officers.c.id)
        return list(self.session.execute(query).scalars())


class OutboxRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def due(self, now: datetime, limit: int = 50) -> list[OutboxMessage]:
        o = tables.outbox.c
        query = (
            select(OutboxMessage)
            .where(o.state == "pending", o.next_attempt_at <= now)
            .order_by(o.next_attempt_at, o.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return list(self.session.execute(query).scalars())

    def by_key(self, key: str) -> OutboxMessage | None:
        query = select(OutboxMessage).where(tables.outbox.c.dedup_key == key)
        return cast("OutboxMessage | None", self.session.execute(query).scalars().first())


class UnitOfWork:
    """One transaction at a time. Session factories are passed in; nothing is built at import.

    Reusable (each `with` opens a new session) but not shared between threads: give every
    thread its own UnitOfWork over the same session factory.
    """

    session: Session
    tickets: TicketRepository
    officers: OfficerRepository
    outbox: OutboxRepository

    def __init__(self, session_factory: sessionmaker) -> None:
        start_mappers()
        self._factory = session_factory

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.tickets = TicketRepository(self.session)
        self.officers = OfficerRepository(self.session)
        self.outbox = OutboxRepository(self.session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.rollback()
        self.session.close()

    def flush(self) -> None:
        self._guarded(self.session.flush)

    def commit(self) -> None:
        self._guarded(self.session.commit)

    def rollback(self) -> None:
        self.session.rollback()

    def _guarded(self, step: Any) -> None:
        try:
            step()
        except StaleDataError as exc:
            self.session.rollback()
            raise ConcurrentChange() from exc
        except IntegrityError as exc:
            self.session.rollback()
            raise Conflict(str(exc.orig)) from exc
