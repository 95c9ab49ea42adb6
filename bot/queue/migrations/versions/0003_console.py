"""The officers' web console: login names, failed-login counters, sessions, full-NIK views.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _when(name: str, nullable: bool = True) -> sa.Column:  # type: ignore[type-arg,unused-ignore]
    return sa.Column(name, sa.DateTime(), nullable=nullable)


def upgrade() -> None:
    with op.batch_alter_table("officers") as batch:
        batch.add_column(sa.Column("login", sa.String(60), nullable=True))
        batch.add_column(
            sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(_when("locked_until"))
        batch.create_unique_constraint("uq_officers_login", ["login"])
    op.create_table(
        "web_sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column(
            "officer_id",
            sa.Integer(),
            sa.ForeignKey("officers.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("csrf", sa.String(64), nullable=False),
        _when("created_at", nullable=False),
        _when("last_seen_at", nullable=False),
    )
    op.create_index("ix_web_sessions_officer", "web_sessions", ["officer_id"])
    op.create_table(
        "personal_data_views",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "officer_id",
            sa.Integer(),
            sa.ForeignKey("officers.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("ticket_code", sa.String(24), nullable=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=True),
        sa.Column("via", sa.String(30), nullable=False),
        _when("at", nullable=False),
    )
    op.create_index("ix_personal_data_views_ticket", "personal_data_views", ["ticket_code"])


def downgrade() -> None:
    op.drop_index("ix_personal_data_views_ticket", "personal_data_views")
    op.drop_table("personal_data_views")
    op.drop_index("ix_web_sessions_officer", "web_sessions")
    op.drop_table("web_sessions")
    with op.batch_alter_table("officers") as batch:
        batch.drop_constraint("uq_officers_login", type_="unique")
        batch.drop_column("locked_until")
        batch.drop_column("failed_logins")
        batch.drop_column("login")
