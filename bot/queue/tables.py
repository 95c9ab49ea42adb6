"""The queue's tables, as plain SQLAlchemy Core definitions (the migrations create them).

Times are stored as naive UTC and come back as aware UTC (`UTCDateTime`); statuses come back
as `Status`. `tickets.seq` counts the ticket's events and is the optimistic-lock version.
`tickets.open_key` is a hash of service + NIK / No. KK, set only while the ticket is open:
its unique index is the duplicate guard, also under concurrent submissions.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator

from bot.queue.domain import Status

__all__ = [
    "attachments",
    "data_views",
    "events",
    "metadata",
    "officers",
    "outbox",
    "ratings",
    "tickets",
    "web_sessions",
]

metadata = MetaData()


class UTCDateTime(TypeDecorator):  # type: ignore[misc]
    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the queue; use an aware UTC time")
        utc: datetime = value.astimezone(timezone.utc)
        return utc.replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=timezone.utc)


class StatusType(TypeDecorator):  # type: ignore[misc]
    impl = String(20)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else Status(value).value

    def process_result_value(self, value: Any, dialect: Any) -> Status | None:
        return None if value is None else Status(value)


def _when(name: str, nullable: bool = True) -> Column[Any]:
    return Column(name, UTCDateTime(), nullable=nullable)


officers = Table(
    "officers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(120), nullable=False),
    Column("role", String(20), nullable=False),
    Column("queues", JSON, nullable=False),
    Column("telegram_user_id", BigInteger, nullable=True, unique=True),
    Column("password_hash", String(200), nullable=True),
    Column("active", Boolean, nullable=False),
    _when("created_at", nullable=False),
    Column("login", String(60), nullable=True),  # lower case, for the console
    Column("failed_logins", Integer, nullable=False, server_default="0"),
    _when("locked_until"),
    UniqueConstraint("login", name="uq_officers_login"),
)

tickets = Table(
    "tickets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(24), nullable=False, unique=True),
    Column("layanan", String(20), nullable=False),
    Column("title", String(100), nullable=False),
    Column("queue", String(20), nullable=False),
    Column("fields", JSON, nullable=False),
    Column("canonical", Text, nullable=True),
    Column("warnings", JSON, nullable=False),
    Column("channel", String(30), nullable=False),
    Column("chat_id", String(64), nullable=True),
    Column("helper_name", String(120), nullable=True),
    Column("resident_name", String(120), nullable=True),
    Column("resident_phone", String(40), nullable=True),
    Column("status", StatusType(), nullable=False),
    Column("assignee_id", Integer, ForeignKey("officers.id"), nullable=True),
    _when("appointment_at"),
    Column("appointment_place", String(300), nullable=True),
    Column("appointment_bring", String(500), nullable=True),
    _when("created_at", nullable=False),
    _when("first_action_at"),
    _when("scheduled_at"),
    _when("closed_at"),
    _when("last_activity_at", nullable=False),
    _when("purged_at"),
    Column("open_key", String(64), nullable=True, unique=True),
    Column("seq", Integer, nullable=False),
    Index("ix_tickets_queue_status_created", "queue", "status", "created_at"),
    Index("ix_tickets_chat", "channel", "chat_id"),
)

events = Table(
    "ticket_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("ticket_id", Integer, ForeignKey("tickets.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("type", String(30), nullable=False),
    Column("actor_kind", String(20), nullable=False),
    Column("actor_id", String(64), nullable=False),
    Column("via", String(30), nullable=False),
    _when("at", nullable=False),
    Column("from_status", String(20), nullable=True),
    Column("to_status", String(20), nullable=False),
    Column("note", Text, nullable=True),
    Column("data", JSON, nullable=True),
    UniqueConstraint("ticket_id", "seq", name="uq_ticket_events_ticket_seq"),
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("ticket_id", Integer, ForeignKey("tickets.id", ondelete="CASCADE"), nullable=False),
    Column("channel", String(30), nullable=False),
    Column("chat_id", String(64), nullable=True),
    Column("kind", String(30), nullable=False),
    Column("text", Text, nullable=False),
    Column("dedup_key", String(120), nullable=False, unique=True),
    Column("state", String(10), nullable=False),
    Column("attempts", Integer, nullable=False),
    _when("next_attempt_at"),
    _when("created_at", nullable=False),
    _when("sent_at"),
    Column("last_error", Text, nullable=True),
    Index("ix_outbox_state_next", "state", "next_attempt_at"),
)

attachments = Table(
    "attachments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("ticket_id", Integer, ForeignKey("tickets.id", ondelete="CASCADE"), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("content_type", String(100), nullable=False),
    Column("size", Integer, nullable=False),
    Column("path", String(300), nullable=False),
    Column("filename", String(200), nullable=True),
    Column("sender_kind", String(20), nullable=False),
    Column("sender_id", String(64), nullable=False),
    _when("created_at", nullable=False),
)

# The console's sessions: `id` is the sha256 of the cookie's token (the token is never stored).
web_sessions = Table(
    "web_sessions",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("officer_id", Integer, ForeignKey("officers.id", ondelete="CASCADE"), nullable=False),
    Column("csrf", String(64), nullable=False),
    _when("created_at", nullable=False),
    _when("last_seen_at", nullable=False),
    Index("ix_web_sessions_officer", "officer_id"),
)

# Every time an officer is shown NIK / No. KK in full (a ticket's detail, a full export).
data_views = Table(
    "personal_data_views",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("officer_id", Integer, ForeignKey("officers.id", ondelete="CASCADE"), nullable=False),
    Column("ticket_code", String(24), nullable=True),  # None for an export
    Column("kind", String(20), nullable=False),  # detail | export
    Column("rows", Integer, nullable=True),
    Column("via", String(30), nullable=False),
    _when("at", nullable=False),
    Index("ix_personal_data_views_ticket", "ticket_code"),
)

# The resident's 1–5 rating of a finished ticket, at most one per ticket.
ratings = Table(
    "ticket_ratings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "ticket_id",
        Integer,
        ForeignKey(tickets.c.id, ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
    Column("score", Integer, nullable=False),
    Column("comment", Text, nullable=True),
    Column("channel", String(20), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("commented_at", UTCDateTime(), nullable=True),
)
