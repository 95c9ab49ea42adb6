"""The gateway's durable state: handled updates, the inbox, replies, posts and prompts.

Every method is one transaction. Recording an update id and the work it causes (an inbox row,
replies) happen in the same transaction, so an update is either fully taken in or not at
all: a redelivery after a crash is skipped, and nothing is half-done.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from bot.channels.telegram import tables as t
from bot.queue import tables as q
from bot.queue.domain import OPEN, utcnow

__all__ = ["InboxItem", "Prompt", "Reply", "ReplyRow", "Store"]


@dataclass(frozen=True)
class Reply:
    """A message for a resident: text and optional buttons (`title`, `payload`)."""

    text: str
    buttons: list[dict[str, str]] | None = None
    reply_to: int | None = None


@dataclass(frozen=True)
class ReplyRow:
    id: int
    chat_id: str
    reply: Reply
    attempts: int


@dataclass(frozen=True)
class InboxItem:
    id: int
    chat_id: str
    message_id: int | None
    text: str


@dataclass(frozen=True)
class Prompt:
    chat_id: str
    message_id: int
    action: str
    code: str
    user_id: int


@dataclass
class Store:
    engine: Engine

    # --- updates ------------------------------------------------------------------
    def _claim(self, conn: Connection, update_id: int | None) -> bool:
        if update_id is None:
            return True
        exists = conn.execute(
            select(t.updates.c.update_id).where(t.updates.c.update_id == update_id)
        )
        if exists.first() is not None:
            return False
        conn.execute(insert(t.updates).values(update_id=update_id, processed_at=utcnow()))
        return True

    def seen(self, update_id: int) -> bool:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(t.updates.c.update_id).where(t.updates.c.update_id == update_id)
            ).first()
            return row is not None

    def mark_seen(self, update_id: int) -> bool:
        """Record an update as handled; False when it already was."""
        try:
            with self.engine.begin() as conn:
                return self._claim(conn, update_id)
        except IntegrityError:
            return False

    # --- inbox ----------------------------------------------------------------------
    def take_text(self, update_id: int, chat_id: str, message_id: int | None, text: str) -> bool:
        """Put a resident's text in the inbox; False when the update was already taken in."""
        try:
            with self.engine.begin() as conn:
                if not self._claim(conn, update_id):
                    return False
                conn.execute(
                    insert(t.inbox).values(
                        chat_id=chat_id,
                        message_id=message_id,
                        text=text,
                        state="pending",
                        attempts=0,
                        created_at=utcnow(),
                    )
                )
                return True
        except IntegrityError:
            return False

    def inbox_heads(self) -> list[InboxItem]:
        """The oldest pending message of every chat, oldest first."""
        i = t.inbox.c
        heads = (
            select(func.min(i.id)).where(i.state == "pending").group_by(i.chat_id).scalar_subquery()
        )
        query = select(i.id, i.chat_id, i.message_id, i.text).where(i.id.in_(heads)).order_by(i.id)
        with self.engine.connect() as conn:
            return [InboxItem(r.id, r.chat_id, r.message_id, r.text) for r in conn.execute(query)]

    def pending_inbox(self) -> int:
        with self.engine.connect() as conn:
            count = conn.execute(
                select(func.count()).select_from(t.inbox).where(t.inbox.c.state == "pending")
            ).scalar_one()
            return int(count)

    def answer(self, item: InboxItem, answers: Sequence[Reply]) -> None:
        """Store Rasa's answers to an inbox message and close it, in one transaction."""
        with self.engine.begin() as conn:
            done = conn.execute(
                update(t.inbox)
                .where(t.inbox.c.id == item.id, t.inbox.c.state == "pending")
                .values(state="done", done_at=utcnow(), attempts=t.inbox.c.attempts + 1)
            )
            if done.rowcount == 0:
                return
            self._add_replies(conn, item.chat_id, answers)
            conn.execute(
                update(t.chats)
                .where(t.chats.c.chat_id == item.chat_id)
                .values(outage_notified=False)
            )

    def note_outage(self, chat_ids: Sequence[str], notice: str) -> list[str]:
        """Queue the outage notice for chats not told yet; the chats told now."""
        told: list[str] = []
        with self.engine.begin() as conn:
            for chat_id in dict.fromkeys(chat_ids):
                c = t.chats.c
                row = conn.execute(select(c.outage_notified).where(c.chat_id == chat_id)).first()
                if row is not None and row.outage_notified:
                    continue
                if row is None:
                    conn.execute(insert(t.chats).values(chat_id=chat_id, outage_notified=True))
                else:
                    conn.execute(
                        update(t.chats).where(c.chat_id == chat_id).values(outage_notified=True)
                    )
                self._add_replies(conn, chat_id, [Reply(notice)])
                told.append(chat_id)
        return told

    # --- replies ---------------------------------------------------------------------
    def _add_replies(self, conn: Connection, chat_id: str, answers: Sequence[Reply]) -> None:
        now = utcnow()
        for reply in answers:
            conn.execute(
                insert(t.replies).values(
                    chat_id=chat_id,
                    text=reply.text,
                    buttons=reply.buttons,
                    reply_to=reply.reply_to,
                    state="pending",
                    attempts=0,
                    created_at=now,
                )
            )

    def reply(self, update_id: int | None, chat_id: str, answers: Sequence[Reply]) -> bool:
        """Record an update and queue its replies together; False when already handled."""
        try:
            with self.engine.begin() as conn:
                if not self._claim(conn, update_id):
                    return False
                self._add_replies(conn, chat_id, answers)
                return True
        except IntegrityError:
            return False

    def pending_replies(self, limit: int = 100) -> list[ReplyRow]:
        r = t.replies.c
        query = select(t.replies).where(r.state == "pending").order_by(r.id).limit(limit)
        with self.engine.connect() as conn:
            return [
                ReplyRow(
                    row.id, row.chat_id, Reply(row.text, row.buttons, row.reply_to), row.attempts
                )
                for row in conn.execute(query)
            ]

    def reply_done(self, reply_id: int, *, error: str | None = None) -> None:
        """Mark a reply sent, or failed for good when `error` is given."""
        values: dict[str, Any] = {"attempts": t.replies.c.attempts + 1}
        if error is None:
            values.update(state="sent", sent_at=utcnow())
        else:
            values.update(state="failed", last_error=error[:500])
        with self.engine.begin() as conn:
            conn.execute(update(t.replies).where(t.replies.c.id == reply_id).values(**values))

    def counts(self) -> dict[str, int]:
        """Rows per table and state, for tests and benchmarks."""
        with self.engine.connect() as conn:
            out: dict[str, int] = {}
            for name, table in (("inbox", t.inbox), ("replies", t.replies)):
                rows = conn.execute(
                    select(table.c.state, func.count()).group_by(table.c.state)
                ).all()
                out.update({f"{name}/{state}": n for state, n in rows})
            return out

    # --- officer posts and prompts -----------------------------------------------------
    def posted_codes(self, codes: Sequence[str]) -> set[str]:
        if not codes:
            return set()
        query = select(t.posts.c.code).where(t.posts.c.code.in_(list(codes)))
        with self.engine.connect() as conn:
            return {row.code for row in conn.execute(query)}

    def record_post(self, code: str, chat_id: str, message_id: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                insert(t.posts).values(
                    code=code, chat_id=chat_id, message_id=message_id, posted_at=utcnow()
                )
            )

    def post_of(self, code: str) -> tuple[str, int] | None:
        query = select(t.posts.c.chat_id, t.posts.c.message_id).where(t.posts.c.code == code)
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
            return None if row is None else (row.chat_id, int(row.message_id))

    def add_prompt(self, prompt: Prompt) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                insert(t.prompts).values(
                    chat_id=prompt.chat_id,
                    message_id=prompt.message_id,
                    action=prompt.action,
                    code=prompt.code,
                    user_id=prompt.user_id,
                    created_at=utcnow(),
                )
            )

    def prompt_at(self, chat_id: str, message_id: int) -> Prompt | None:
        p = t.prompts.c
        query = select(t.prompts).where(p.chat_id == chat_id, p.message_id == message_id)
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        return Prompt(row.chat_id, int(row.message_id), row.action, row.code, int(row.user_id))

    def drop_prompt(self, prompt: Prompt) -> None:
        p = t.prompts.c
        with self.engine.begin() as conn:
            conn.execute(
                delete(t.prompts).where(
                    p.chat_id == prompt.chat_id, p.message_id == prompt.message_id
                )
            )

    # --- the queue, read only ----------------------------------------------------------
    def open_ticket_of(self, chat_id: str) -> str | None:
        """The code of the chat's newest open ticket on Telegram, if any."""
        c = q.tickets.c
        query = (
            select(c.code)
            .where(c.channel == "telegram", c.chat_id == chat_id, c.status.in_(list(OPEN)))
            .order_by(c.created_at.desc(), c.id.desc())
            .limit(1)
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
            return None if row is None else str(row.code)
