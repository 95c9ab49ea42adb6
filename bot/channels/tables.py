"""The channel core's tables (created by migration 0004), as SQLAlchemy Core definitions.

chat_seen       channel message ids already taken in (Telegram update ids, WhatsApp wamids,
                kiosk message ids): a redelivery is skipped
chat_inbox      residents' texts waiting for (or answered by) Rasa, in order per chat
chat_replies    messages to residents waiting to go out, in order per chat
chat_state      per chat: the outage notice, the last message from the resident (WhatsApp's
                24-hour window), a rating waiting for its optional comment
chat_sent       the channel's id of each message sent (WhatsApp status callbacks find it)
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from bot.queue.tables import UTCDateTime

__all__ = ["inbox", "metadata", "replies", "seen", "sent", "state"]

metadata = MetaData()

seen = Table(
    "chat_seen",
    metadata,
    Column("channel", String(20), primary_key=True),
    Column("message_id", String(128), primary_key=True),
    Column("processed_at", UTCDateTime(), nullable=False),
)

inbox = Table(
    "chat_inbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("channel", String(20), nullable=False),
    Column("chat_id", String(64), nullable=False),
    Column("message_id", String(128), nullable=True),
    Column("text", Text, nullable=False),
    Column("state", String(10), nullable=False),  # pending | done
    Column("attempts", Integer, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("done_at", UTCDateTime(), nullable=True),
    Index("ix_chat_inbox_state_chat", "state", "channel", "chat_id", "id"),
)

replies = Table(
    "chat_replies",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("channel", String(20), nullable=False),
    Column("chat_id", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("buttons", JSON, nullable=True),
    Column("reply_to", String(128), nullable=True),
    Column("state", String(10), nullable=False),  # pending | sent | failed
    Column("attempts", Integer, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("sent_at", UTCDateTime(), nullable=True),
    Column("last_error", Text, nullable=True),
    Index("ix_chat_replies_state", "state", "channel", "id"),
)

state = Table(
    "chat_state",
    metadata,
    Column("channel", String(20), primary_key=True),
    Column("chat_id", String(64), primary_key=True),
    Column("outage_notified", Boolean, nullable=False),
    Column("last_inbound_at", UTCDateTime(), nullable=True),
    Column("comment_for", String(24), nullable=True),  # a rated ticket awaiting its comment
    Column("comment_until", UTCDateTime(), nullable=True),
)

sent = Table(
    "chat_sent",
    metadata,
    Column("channel", String(20), primary_key=True),
    Column("provider_id", String(128), primary_key=True),
    Column("source", String(10), nullable=False),  # reply | outbox
    Column("source_id", Integer, nullable=False),
    Column("sent_at", UTCDateTime(), nullable=False),
)
