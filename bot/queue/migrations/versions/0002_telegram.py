"""The Telegram gateway: handled update ids, inbox, replies, chats, officer posts, prompts.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _when(name: str, nullable: bool = True) -> sa.Column:  # type: ignore[type-arg,unused-ignore]
    return sa.Column(name, sa.DateTime(), nullable=nullable)


def upgrade() -> None:
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
    op.create_table(
        "telegram_posts",
        sa.Column("code", sa.String(24), primary_key=True),
        sa.Column("chat_id", sa.String(64), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        _when("posted_at", nullable=False),
    )
    op.create_table(
        "telegram_prompts",
        sa.Column("chat_id", sa.String(64), primary_key=True),
        sa.Column("message_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("action", sa.String(10), nullable=False),
        sa.Column("code", sa.String(24), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        _when("created_at", nullable=False),
    )


def downgrade() -> None:
    op.drop_index("ix_telegram_replies_state", "telegram_replies")
    op.drop_index("ix_telegram_inbox_state_chat", "telegram_inbox")
    for table in (
        "telegram_prompts",
        "telegram_posts",
        "telegram_chats",
        "telegram_replies",
        "telegram_inbox",
        "telegram_updates",
    ):
        op.drop_table(table)
