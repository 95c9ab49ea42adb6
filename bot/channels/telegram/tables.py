"""The gateway's own tables (created by migration 0002), as SQLAlchemy Core definitions.

telegram_updates   update ids already handled: a redelivered update is skipped
telegram_inbox     residents' texts waiting for (or answered by) Rasa, in order per chat
telegram_replies   messages to residents waiting to go out, in order per chat
telegram_chats     per chat: whether the "layanan sedang gangguan" notice went out
telegram_posts     the officer-chat message of each ticket (to edit it later)
telegram_prompts   ForceReply questions to officers (note / date / reason) and their action
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
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

__all__ = ["chats", "inbox", "metadata", "posts", "prompts", "replies", "updates"]

metadata = MetaData()

updates = Table(
    "telegram_updates",
    metadata,
    Column("update_id", BigInteger, primary_key=True, autoincrement=False),
    Column("processed_at", UTCDateTime(), nullable=False),
)

inbox = Table(
    "telegram_inbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("chat_id", String(64), nullable=False),
    Column("message_id", BigInteger, nullable=True),
    Column("text", Text, nullable=False),
    Column("state", String(10), nullable=False),  # pending | done
    Column("attempts", Integer, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("done_at", UTCDateTime(), nullable=True),
    Index("ix_telegram_inbox_state_chat", "state", "chat_id", "id"),
)

replies = Table(
    "telegram_replies",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("chat_id", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("buttons", JSON, nullable=True),
    Column("reply_to", BigInteger, nullable=True),
    Column("state", String(10), nullable=False),  # pending | sent | failed
    Column("attempts", Integer, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("sent_at", UTCDateTime(), nullable=True),
    Column("last_error", Text, nullable=True),
    Index("ix_telegram_replies_state", "state", "id"),
)

chats = Table(
    "telegram_chats",
    metadata,
    Column("chat_id", String(64), primary_key=True),
    Column("outage_notified", Boolean, nullable=False),
)

posts = Table(
    "telegram_posts",
    metadata,
    Column("code", String(24), primary_key=True),
    Column("chat_id", String(64), nullable=False),
    Column("message_id", BigInteger, nullable=False),
    Column("posted_at", UTCDateTime(), nullable=False),
)

prompts = Table(
    "telegram_prompts",
    metadata,
    Column("chat_id", String(64), primary_key=True),
    Column("message_id", BigInteger, primary_key=True, autoincrement=False),
    Column("action", String(10), nullable=False),
    Column("code", String(24), nullable=False),
    Column("user_id", BigInteger, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)
