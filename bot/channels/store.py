"""The channel core's durable state for one channel: seen ids, the inbox, replies, chat state.

Every method is one transaction. Recording a channel message id and the work it causes (an
inbox row, replies) happen in the same transaction, so a message is either fully taken in or
not at all: a redelivery after a crash is skipped, and nothing is half-done.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from bot.channels import tables as t
from bot.channels.messages import InboxItem, Reply, ReplyRow
from bot.queue import tables as q
from bot.queue.config import read_connection
from bot.queue.domain import OPEN, utcnow

__all__ = ["ChannelStore", "Taken"]

Taken = tuple[str | int | None, str, str | int | None, str]  # id, chat, reply-to, text


def _text_id(value: str | int | None) -> str | None:
    return None if value is None else str(value)


@dataclass
class ChannelStore:
    engine: Engine
    channel: str

    # --- seen ids -------------------------------------------------------------------
    def _claim(self, conn: Connection, message_id: str | int | None) -> bool:
        if message_id is None:
            return True
        s = t.seen.c
        key = str(message_id)
        found = conn.execute(
            select(s.message_id).where(s.channel == self.channel, s.message_id == key)
        ).first()
        if found is not None:
            return False
        conn.execute(
            insert(t.seen).values(channel=self.channel, message_id=key, processed_at=utcnow())
        )
        return True

    def seen(self, message_id: str | int) -> bool:
        s = t.seen.c
        query = select(s.message_id).where(
            s.channel == self.channel, s.message_id == str(message_id)
        )
        with read_connection(self.engine) as conn:
            return conn.execute(query).first() is not None

    def mark_seen(self, message_id: str | int) -> bool:
        """Record a message as handled; False when it already was."""
        try:
            with self.engine.begin() as conn:
                return self._claim(conn, message_id)
        except IntegrityError:
            return False

    # --- chat state -------------------------------------------------------------------
    def _state(self, conn: Connection, chat_id: str, **values: Any) -> None:
        c = t.state.c
        where = (c.channel == self.channel) & (c.chat_id == chat_id)
        if conn.execute(update(t.state).where(where).values(**values)).rowcount == 0:
            row = {"outage_notified": False, **values}
            conn.execute(insert(t.state).values(channel=self.channel, chat_id=chat_id, **row))

    def _read_state(self, chat_id: str) -> Any:
        c = t.state.c
        query = select(t.state).where(c.channel == self.channel, c.chat_id == chat_id)
        with read_connection(self.engine) as conn:
            return conn.execute(query).first()

    def heard_from(self, chat_id: str, at: datetime | None = None) -> None:
        """The resident wrote: WhatsApp's 24-hour window opens (again) now."""
        with self.engine.begin() as conn:
            self._state(conn, chat_id, last_inbound_at=at or utcnow())

    def window_open(self, chat_id: str, now: datetime | None = None, hours: float = 24) -> bool:
        row = self._read_state(chat_id)
        last = None if row is None else row.last_inbound_at
        return last is not None and (now or utcnow()) - last < timedelta(hours=hours)

    def close_window(self, chat_id: str) -> None:
        """The channel said the window is closed (WhatsApp error 131047)."""
        with self.engine.begin() as conn:
            self._state(conn, chat_id, last_inbound_at=None)

    def expect_comment(self, chat_id: str, code: str | None, until: datetime | None) -> None:
        with self.engine.begin() as conn:
            self._state(conn, chat_id, comment_for=code, comment_until=until)

    def comment_target(self, chat_id: str, now: datetime | None = None) -> str | None:
        """The ticket whose rating waits for this chat's comment, if still in time."""
        row = self._read_state(chat_id)
        if row is None or row.comment_for is None or row.comment_until is None:
            return None
        return str(row.comment_for) if (now or utcnow()) < row.comment_until else None

    # --- inbox ----------------------------------------------------------------------
    def take_text(
        self, message_id: str | int | None, chat_id: str, reply_to: str | int | None, text: str
    ) -> bool:
        """Put a resident's text in the inbox; False when the message was already taken in."""
        now = utcnow()
        try:
            with self.engine.begin() as conn:
                if not self._claim(conn, message_id):
                    return False
                conn.execute(
                    insert(t.inbox).values(
                        channel=self.channel,
                        chat_id=chat_id,
                        message_id=_text_id(reply_to),
                        text=text,
                        state="pending",
                        attempts=0,
                        created_at=now,
                    )
                )
                self._state(conn, chat_id, last_inbound_at=now)
                return True
        except IntegrityError:
            return False

    def take_texts(self, items: Sequence[Taken]) -> list[bool]:
        """Many messages (message id, chat, reply-to, text) in one transaction: a group commit
        for busy webhooks. For each, True when it was new; repeats (also within `items`)
        are skipped as in `take_text`."""
        if not items:
            return []
        now, ch = utcnow(), self.channel
        keys = [str(item[0]) for item in items]
        try:
            with self.engine.begin() as conn:
                s = t.seen.c
                known = set(
                    conn.execute(
                        select(s.message_id).where(s.channel == ch, s.message_id.in_(keys))
                    ).scalars()
                )
                taken: list[bool] = []
                fresh: list[Taken] = []
                for key, item in zip(keys, items, strict=True):
                    taken.append(key not in known)
                    if key not in known:
                        known.add(key)
                        fresh.append(item)
                if fresh:
                    self._insert_fresh(conn, fresh, now)
                return taken
        except IntegrityError:  # another writer took one of them at the same moment
            return [self.take_text(*item) for item in items]

    def _insert_fresh(self, conn: Connection, fresh: Sequence[Taken], now: datetime) -> None:
        ch = self.channel
        conn.execute(
            insert(t.seen),
            [{"channel": ch, "message_id": str(m), "processed_at": now} for m, *_ in fresh],
        )
        conn.execute(
            insert(t.inbox),
            [
                {
                    "channel": ch,
                    "chat_id": chat,
                    "message_id": _text_id(reply_to),
                    "text": text,
                    "state": "pending",
                    "attempts": 0,
                    "created_at": now,
                }
                for _m, chat, reply_to, text in fresh
            ],
        )
        chats = sorted({chat for _m, chat, _r, _t in fresh})
        c = t.state.c
        present = set(
            conn.execute(select(c.chat_id).where(c.channel == ch, c.chat_id.in_(chats))).scalars()
        )
        if present:
            conn.execute(
                update(t.state)
                .where(c.channel == ch, c.chat_id.in_(sorted(present)))
                .values(last_inbound_at=now)
            )
        if missing := [chat for chat in chats if chat not in present]:
            conn.execute(
                insert(t.state),
                [
                    {
                        "channel": ch,
                        "chat_id": chat,
                        "outage_notified": False,
                        "last_inbound_at": now,
                    }
                    for chat in missing
                ],
            )

    def inbox_heads(self, chat_id: str | None = None, limit: int = 32) -> list[InboxItem]:
        """The oldest pending message of every chat (or of one chat), oldest first; at most
        `limit` chats at a time."""
        i = t.inbox.c
        mine = (i.state == "pending") & (i.channel == self.channel)
        if chat_id is not None:
            mine = mine & (i.chat_id == chat_id)
        heads = select(func.min(i.id)).where(mine).group_by(i.chat_id).scalar_subquery()
        query = (
            select(i.id, i.chat_id, i.message_id, i.text)
            .where(i.id.in_(heads))
            .order_by(i.id)
            .limit(limit)
        )
        with read_connection(self.engine) as conn:
            return [InboxItem(r.id, r.chat_id, r.message_id, r.text) for r in conn.execute(query)]

    def pending_inbox(self) -> int:
        i = t.inbox.c
        query = select(func.count()).where(i.state == "pending", i.channel == self.channel)
        with read_connection(self.engine) as conn:
            return int(conn.execute(query).scalar_one())

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
            self._state(conn, item.chat_id, outage_notified=False)

    def note_outage(self, chat_ids: Sequence[str], notice: str) -> list[str]:
        """Queue the outage notice for chats not told yet; the chats told now."""
        wanted = list(dict.fromkeys(chat_ids))
        if not wanted:
            return []
        c = t.state.c
        with self.engine.begin() as conn:
            told_before = set(
                conn.execute(
                    select(c.chat_id).where(
                        c.channel == self.channel, c.chat_id.in_(wanted), c.outage_notified
                    )
                ).scalars()
            )
            told = [chat for chat in wanted if chat not in told_before]
            for chat_id in told:
                self._state(conn, chat_id, outage_notified=True)
                self._add_replies(conn, chat_id, [Reply(notice)])
        return told

    # --- replies ---------------------------------------------------------------------
    def _add_replies(self, conn: Connection, chat_id: str, answers: Sequence[Reply]) -> None:
        now = utcnow()
        for reply in answers:
            conn.execute(
                insert(t.replies).values(
                    channel=self.channel,
                    chat_id=chat_id,
                    text=reply.text,
                    buttons=reply.buttons,
                    reply_to=_text_id(reply.reply_to),
                    state="pending",
                    attempts=0,
                    created_at=now,
                )
            )

    def reply(self, message_id: str | int | None, chat_id: str, answers: Sequence[Reply]) -> bool:
        """Record a message and queue its replies together; False when already handled."""
        try:
            with self.engine.begin() as conn:
                if not self._claim(conn, message_id):
                    return False
                self._add_replies(conn, chat_id, answers)
                return True
        except IntegrityError:
            return False

    def pending_replies(self, limit: int = 100, chat_id: str | None = None) -> list[ReplyRow]:
        r = t.replies.c
        mine = (r.state == "pending") & (r.channel == self.channel)
        if chat_id is not None:
            mine = mine & (r.chat_id == chat_id)
        query = select(t.replies).where(mine).order_by(r.id).limit(limit)
        with read_connection(self.engine) as conn:
            return [
                ReplyRow(
                    row.id, row.chat_id, Reply(row.text, row.buttons, row.reply_to), row.attempts
                )
                for row in conn.execute(query)
            ]

    def reply_done(
        self, reply_id: int, *, error: str | None = None, provider_id: str | None = None
    ) -> None:
        """Mark a reply sent, or failed for good when `error` is given."""
        values: dict[str, Any] = {"attempts": t.replies.c.attempts + 1}
        if error is None:
            values.update(state="sent", sent_at=utcnow())
        else:
            values.update(state="failed", last_error=error[:500])
        with self.engine.begin() as conn:
            conn.execute(update(t.replies).where(t.replies.c.id == reply_id).values(**values))
            if provider_id and error is None:
                self._record_sent(conn, provider_id, "reply", reply_id)

    def reply_refused(self, reply_id: int, error: str) -> None:
        """One more refusal of a reply that stays pending."""
        r = t.replies.c
        with self.engine.begin() as conn:
            conn.execute(
                update(t.replies)
                .where(r.id == reply_id)
                .values(attempts=r.attempts + 1, last_error=error[:500])
            )

    def counts(self) -> dict[str, int]:
        """Rows per table and state, for tests and benchmarks."""
        with read_connection(self.engine) as conn:
            out: dict[str, int] = {}
            for name, table in (("inbox", t.inbox), ("replies", t.replies)):
                rows = conn.execute(
                    select(table.c.state, func.count())
                    .where(table.c.channel == self.channel)
                    .group_by(table.c.state)
                ).all()
                out.update({f"{name}/{state}": n for state, n in rows})
            return out

    # --- ids of sent messages -----------------------------------------------------------
    def _record_sent(self, conn: Connection, provider_id: str, source: str, source_id: int) -> None:
        conn.execute(
            insert(t.sent).values(
                channel=self.channel,
                provider_id=provider_id,
                source=source,
                source_id=source_id,
                sent_at=utcnow(),
            )
        )

    def record_sent(self, provider_id: str, source: str, source_id: int) -> None:
        try:
            with self.engine.begin() as conn:
                self._record_sent(conn, provider_id, source, source_id)
        except IntegrityError:
            return

    def sent_ids(self, source: str, source_ids: Sequence[int]) -> set[int]:
        """Which of `source_ids` of `source` have gone out on this channel."""
        if not source_ids:
            return set()
        s = t.sent.c
        query = select(s.source_id).where(
            s.channel == self.channel, s.source == source, s.source_id.in_(list(source_ids))
        )
        with read_connection(self.engine) as conn:
            return {int(row.source_id) for row in conn.execute(query)}

    def sent_source(self, provider_id: str) -> tuple[str, int] | None:
        s = t.sent.c
        query = select(s.source, s.source_id).where(
            s.channel == self.channel, s.provider_id == provider_id
        )
        with read_connection(self.engine) as conn:
            row = conn.execute(query).first()
        return None if row is None else (str(row.source), int(row.source_id))

    # --- the queue, read only ----------------------------------------------------------
    def open_ticket_of(self, chat_id: str) -> str | None:
        """The code of the chat's newest open ticket on this channel, if any."""
        c = q.tickets.c
        query = (
            select(c.code)
            .where(c.channel == self.channel, c.chat_id == chat_id, c.status.in_(list(OPEN)))
            .order_by(c.created_at.desc(), c.id.desc())
            .limit(1)
        )
        with read_connection(self.engine) as conn:
            row = conn.execute(query).first()
            return None if row is None else str(row.code)
