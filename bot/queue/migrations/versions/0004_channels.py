"""The channel core: one inbox, replies, seen ids and chat state for every channel (Telegram,
WhatsApp, kiosk), the channel ids of sent messages, and the residents' ratings of tickets.

The Telegram gateway's own inbox, replies, update ids and chat flags move into the shared
tables (pending rows are carried over); its officer posts and prompts stay.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _when(name: str, nullable: bool = True) -> sa.Column:  # type: ignore[type-arg,unused-ignore]
    return sa.Column(name, sa.DateTime(), nullable=nullable)


def _channel() -> sa.Column:  # type: ignore[type-arg,unused-ignore]
    return sa.Column("channel", sa.String(20), nullable=False)


def _create() -> None:
    op.create_table(
        "chat_seen",
        sa.Column("channel", sa.String(20), primary_key=True),
        sa.Column("message_id", sa.String(128), primary_key=True),
        _when("processed_at", nullable=False),
    )
    op.create_table(
        "chat_inbox",
        sa.Column("id", sa.Integer(), primary_key=True),
        _channel(),
        sa.Column("chat_id", sa.String(64), nullable=False),
        sa.Column("message_id", sa.String(128), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        _when("created_at", nullable=False),
        _when("done_at"),
    )
    op.create_index("ix_chat_inbox_state_chat", "chat_inbox", ["state", "channel", "chat_id", "id"])
    op.create_table(
        "chat_replies",
        sa.Column("id", sa.Integer(), primary_key=True),
        _channel(),
        sa.Column("chat_id", sa.String(64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("buttons", sa.JSON(), nullable=True),
        sa.Column("reply_to", sa.String(128), nullable=True),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        _when("created_at", nullable=False),
        _when("sent_at"),
        sa.Column("last_error", sa.Text(), nullable=True),
    )
    op.create_index("ix_chat_replies_state", "chat_replies", ["state", "channel", "id"])
    op.create_table(
        "chat_state",
        sa.Column("channel", sa.String(20), primary_key=True),
        sa.Column("chat_id", sa.String(64), primary_key=True),
        sa.Column("outage_notified", sa.Boolean(), nullable=False),
        _when("last_inbound_at"),
        sa.Column("comment_for", sa.String(24), nullable=True),
        _when("comment_until"),
    )
    op.create_table(
        "chat_sent",
        sa.Column("channel", sa.String(20), primary_key=True),
        sa.Column("provider_id", sa.String(128), primary_key=True),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        _when("sent_at", nullable=False),
    )
    op.create_table(
        "ticket_ratings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "ticket_id",
            sa.Integer(),
            sa.ForeignKey("tickets.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        _channel(),
        _when("created_at", nullable=False),
        _when("commented_at"),
    )


def _carry_over() -> None:
    """Pending Telegram work moves into the shared tables (sent history is not needed)."""
    op.execute(
        "INSERT INTO chat_seen (channel, message_id, processed_at) "
        "SELECT 'telegram', CAST(update_id AS VARCHAR(128)), processed_at FROM telegram_updates"
    )
    op.execute(
        "INSERT INTO chat_inbox (channel, chat_id, message_id, text, state, attempts, "
        "created_at) SELECT 'telegram', chat_id, CAST(message_id AS VARCHAR(128)), text, state, "
        "attempts, created_at FROM telegram_inbox WHERE state = 'pending' ORDER BY id"
    )
    op.execute(
        "INSERT INTO chat_replies (channel, chat_id, text, buttons, reply_to, state, attempts, "
        "created_at) SELECT 'telegram', chat_id, text, buttons, CAST(reply_to AS VARCHAR(128)), "
        "state, attempts, created_at FROM telegram_replies WHERE state = 'pending' ORDER BY id"
    )
    op.execute(
        "INSERT INTO chat_state (channel, chat_id, outage_notified) "
        "SELECT 'telegram', chat_id, outage_notified FROM telegram_chats"
    )


def upgrade() -> None:
    _create()
    _carry_over()
    op.drop_index("ix_telegram_replies_state", "telegram_replies")
    op.drop_index("ix_telegram_inbox_state_chat", "telegram_inbox")
    for table in ("telegram_chats", "telegram_replies", "telegram_inbox", "telegram_updates"):
        op.drop_table(table)


def downgrade() -> None:
    """Back to 0003: the Telegram tables come back empty (pending work is not carried back)."""
    for table in ("ticket_ratings", "chat_sent", "chat_state"):
        op.drop_table(table)
    op.drop_index("ix_chat_replies_state", "chat_replies")
    op.drop_index("ix_chat_inbox_state_chat", "chat_inbox")
    for table in ("chat_replies", "chat_inbox", "chat_seen"):
        op.drop_table(table)
    op.create_table(
        "telegram_updates",
        sa.Column("update_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        _when("processed_at", nullable=False),
    )
    op.create_table(
        "telegram_inbox",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("chat_id", sa.String(64), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        _when("created_at", nullable=False),
        _when("done_at"),
    )
    op.create_index("ix_telegram_inbox_state_chat", "telegram_inbox", ["state", "chat_id", "id"])
    op.create_table(
        "telegram_replies",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("chat_id", sa.String(64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("buttons", sa.JSON(), nullable=True),
        sa.Column("reply_to", sa.BigInteger(), nullable=True),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        _when("created_at", nullable=False),
        _when("sent_at"),
        sa.Column("last_error", sa.Text(), nullable=True),
    )
    op.create_index("ix_telegram_replies_state", "telegram_replies", ["state", "id"])
    op.create_table(
        "telegram_chats",
        sa.Column("chat_id", sa.String(64), primary_key=True),
        sa.Column("outage_notified", sa.Boolean(), nullable=False),
    )
