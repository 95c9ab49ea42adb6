"""The Telegram adapter's own tables (created by migration 0002), as SQLAlchemy Core
definitions. The inbox, replies and seen ids live in the channel core (`bot.channels.tables`).

telegram_posts     the officer-chat message of each ticket (to edit it later)
telegram_prompts   ForceReply questions to officers (note / date / reason) and their action
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, MetaData, String, Table

from bot.queue.tables import UTCDateTime

__all__ = ["metadata", "posts", "prompts"]

metadata = MetaData()

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
