"""The kiosk's side of the channel core. A kiosk session is one chat (`kiosk:<session id>`)
in helper mode from the start: its first, hidden message declares the village-office helper,
so the assistant asks for the resident's name and phone at the end, as for any helper.

Every page request runs the core for the kiosk in turn (one at a time, `lock`): the session's
inbox goes to Rasa, replies count as delivered once they are on the page, and the queue's
notices for a session still open are shown in it (a finished ticket's rating request too).
A notice for a session that has ended has nobody to reach: it fails, visible to officers.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.engine import Engine

from bot.channels import tables as ct
from bot.channels.core import ChannelCore
from bot.channels.messages import Outcome, Reply, Result
from bot.channels.rasa import RasaClient
from bot.channels.store import ChannelStore
from bot.queue import tables as q
from bot.queue.config import make_session_factory, read_connection
from bot.queue.persistence import UnitOfWork
from bot.queue.views import OutboxView

__all__ = ["CHANNEL", "HELPER_CUE", "IDLE", "KioskChannel", "Line"]

CHANNEL = "kiosk"
HELPER_CUE = "saya petugas desa"  # the assistant's own cue for helper mode
START_ID = "mulai"
IDLE = timedelta(minutes=15)  # a session without a message for this long has ended


@dataclass(frozen=True)
class Line:
    who: str  # warga | asisten
    text: str
    buttons: list[dict[str, str]] | None
    reply_id: int | None
    at: datetime


class KioskSender:
    """Delivering to the kiosk is showing on its page: replies are there as soon as stored."""

    refusals_allowed = 1

    def __init__(self, kiosk: KioskChannel) -> None:
        self.kiosk = kiosk

    async def send_reply(self, chat_id: str, reply: Reply) -> Result:
        return Result(Outcome.SENT)

    async def send_notice(self, note: OutboxView, reply: Reply) -> Result:
        assert note.chat_id is not None
        if not await asyncio.to_thread(self.kiosk.is_open, note.chat_id):
            return Result(Outcome.GIVE_UP, error="sesi kiosk sudah selesai")
        await asyncio.to_thread(self.kiosk.store.reply, None, note.chat_id, [reply])
        return Result(Outcome.SENT)


@dataclass
class KioskChannel:
    engine: Engine
    rasa: RasaClient
    store: ChannelStore = field(init=False)
    core: ChannelCore = field(init=False)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def __post_init__(self) -> None:
        factory = make_session_factory(self.engine)
        self.store = ChannelStore(self.engine, CHANNEL)
        self.core = ChannelCore(self.store, lambda: UnitOfWork(factory), self.rasa)
        self.core.sender = KioskSender(self)

    @classmethod
    def from_environment(cls, engine: Engine) -> KioskChannel:
        rasa_url = (os.environ.get("RASA_URL") or "http://127.0.0.1:5005").rstrip("/")
        actions = (os.environ.get("RASA_ACTIONS_URL") or "").rstrip("/") or None
        return cls(engine, RasaClient(rasa_url, actions, channel=CHANNEL))

    # --- sessions ---------------------------------------------------------------------
    def new_session(self) -> str:
        """A new chat in helper mode: its hidden first message declares the helper."""
        session = secrets.token_urlsafe(18)
        self.store.take_text(f"{session}:{START_ID}", session, START_ID, HELPER_CUE)
        return session

    def end(self, session: str) -> None:
        self.store.mark_seen(f"{session}:selesai")

    def is_open(self, session: str, now: datetime | None = None) -> bool:
        if self.store.seen(f"{session}:selesai"):
            return False
        return self.store.window_open(session, now, hours=IDLE.total_seconds() / 3600)

    def say(self, session: str, message_id: str, text: str) -> bool:
        """A message typed (or a button pressed) on the page; False when already taken."""
        text = " ".join(text.split())[:2000]
        return bool(text) and self.store.take_text(f"{session}:{message_id}", session, None, text)

    async def refresh(self, session: str) -> None:
        """Ask Rasa for the session's waiting messages, then show what is due."""
        async with self.lock:
            await self.core.process_inbox(session)
            await self.core.deliver_once()

    # --- what the page shows ----------------------------------------------------------
    def transcript(self, session: str) -> list[Line]:
        i, r = ct.inbox.c, ct.replies.c
        with read_connection(self.engine) as conn:
            said = conn.execute(
                select(i.text, i.created_at, i.message_id, i.id).where(
                    i.channel == CHANNEL, i.chat_id == session
                )
            ).all()
            answered = conn.execute(
                select(r.text, r.buttons, r.created_at, r.id).where(
                    r.channel == CHANNEL, r.chat_id == session
                )
            ).all()
        lines: list[tuple[datetime, int, int, Line]] = [
            (row.created_at, 0, row.id, Line("warga", row.text, None, None, row.created_at))
            for row in said
            if row.message_id != START_ID
        ]
        lines += [
            (
                row.created_at,
                1,
                row.id,
                Line("asisten", row.text, row.buttons, row.id, row.created_at),
            )
            for row in answered
        ]
        ordered = [line for *_key, line in sorted(lines, key=lambda x: (x[0], x[1], x[2]))]
        return _titled(ordered)

    def waiting(self, session: str) -> bool:
        """True while a message of the session waits for the assistant."""
        return bool(self.store.inbox_heads(session))

    def codes(self, session: str) -> list[str]:
        """The session's tickets, newest first."""
        t = q.tickets.c
        query = (
            select(t.code)
            .where(t.channel == CHANNEL, t.chat_id == session)
            .order_by(t.created_at.desc(), t.id.desc())
        )
        with read_connection(self.engine) as conn:
            return [str(row.code) for row in conn.execute(query)]


def _titled(lines: list[Line]) -> list[Line]:
    """A pressed button reads as its title, not its payload."""
    titles: dict[str, str] = {}
    out: list[Line] = []
    for line in lines:
        if line.who == "asisten":
            titles = {b["payload"]: b["title"] for b in line.buttons or []} or titles
        elif line.text in titles:
            line = Line(line.who, titles[line.text], None, None, line.at)
        out.append(line)
    return out


def button_id(reply_id: int) -> str:
    """One press per reply: the first choice counts."""
    return f"tombol:{reply_id}"
