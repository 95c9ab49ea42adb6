"""The Telegram adapter over the channel core (`bot.channels.core`): the core's inbox and
delivery loops with a Telegram sender, plus one step of its own: new BARU tickets are posted
to the officer chat, and residents' notes on open tickets as replies to those posts. The
officer group's own 429s pause posts, never residents.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from telegram import Bot
from telegram.ext import Application

from bot.channels.attachments import Intake
from bot.channels.core import Asker, ChannelCore
from bot.channels.messages import Outcome, Result
from bot.channels.telegram.config import TelegramSettings
from bot.channels.telegram.officers import keyboard_for, render_post
from bot.channels.telegram.sending import TelegramSender, send_text
from bot.channels.telegram.store import Store
from bot.intake.identity import mask_text
from bot.queue import reads, services
from bot.queue.admin import MAX_ATTACHMENTS
from bot.queue.domain import utcnow
from bot.queue.hours import WorkingHours
from bot.queue.persistence import UnitOfWork
from bot.texts import for_officers

__all__ = ["Gateway"]

log = logging.getLogger("bot.channels.telegram")
NOTE_SOURCE = "note"  # chat_sent.source of a resident note posted to the officer chat
NOTE_LOOKBACK = timedelta(days=7)  # older notes are in the console, not re-posted


@dataclass
class Gateway:
    settings: TelegramSettings
    store: Store
    new_uow: Callable[[], UnitOfWork]
    rasa: Asker
    data_dir: Path
    hours: WorkingHours = field(default_factory=WorkingHours)
    max_attachments: int = MAX_ATTACHMENTS  # ADMINDUK_MAX_ATTACHMENTS
    sender: TelegramSender = field(default_factory=TelegramSender)
    posts_paused_until: float = 0.0  # the officer group's own 429s must not hold residents up
    core: ChannelCore = field(init=False)

    def __post_init__(self) -> None:
        s = self.settings
        self.core = ChannelCore(
            self.store,
            self.new_uow,
            self.rasa,
            self.sender,
            poll_seconds=s.poll_seconds,
            max_backoff=s.max_backoff,
            steps=[self._post_tickets, self._post_resident_notes],
            intake=self.intake,
        )

    @property
    def inbox_wake(self) -> asyncio.Event:
        return self.core.inbox_wake

    @property
    def send_wake(self) -> asyncio.Event:
        return self.core.send_wake

    @property
    def stopping(self) -> asyncio.Event:
        return self.core.stopping

    @property
    def intake(self) -> Intake:
        return Intake(self.store, self.new_uow, self.data_dir, self.max_attachments)

    def kick(self) -> None:
        self.core.kick()

    async def process_inbox(self) -> bool:
        return await self.core.process_inbox()

    async def deliver_once(self, bot: Bot) -> float:
        """One delivery round; 0 when all went out, the 429 wait, or -1 after a failure."""
        self.sender.bot = bot
        return await self.core.deliver_once()

    async def _post_tickets(self) -> Result | None:
        chat = self.settings.officer_chat_id
        if chat is None or time.monotonic() < self.posts_paused_until:
            return None
        uow = self.new_uow()
        fresh = await asyncio.to_thread(services.list_tickets, uow, status="BARU")
        posted = await asyncio.to_thread(self.store.posted_codes, [t.code for t in fresh])
        for summary in fresh:
            if summary.code in posted:
                continue
            detail = await asyncio.to_thread(services.show_ticket, uow, summary.code)
            markup = keyboard_for(detail.status, detail.code)
            mid = await self._to_group(chat, render_post(detail, None), "a post", markup=markup)
            if not isinstance(mid, int):
                return mid
            await asyncio.to_thread(self.store.record_post, detail.code, str(chat), mid)
            log.info("ticket %s posted to the officer chat", detail.code)
        return None

    async def _post_resident_notes(self) -> Result | None:
        """Residents' notes for officers (a message, a reschedule request, a wish to cancel)
        go to the officer chat as a reply to their ticket's post, masked, once each."""
        chat = self.settings.officer_chat_id
        if chat is None or time.monotonic() < self.posts_paused_until:
            return None
        since = utcnow() - NOTE_LOOKBACK
        notes = await asyncio.to_thread(reads.resident_notes_since, self.new_uow(), since)
        posted = await asyncio.to_thread(
            self.store.sent_ids, NOTE_SOURCE, [n.event_id for n in notes]
        )
        for note in notes:
            if note.event_id in posted:
                continue
            where = await asyncio.to_thread(self.store.post_of, note.code)
            text = for_officers.resident_note_post(note.code, note.kind, mask_text(note.note))
            mid = await self._to_group(chat, text, "a note", reply_to=where[1] if where else None)
            if not isinstance(mid, int):
                return mid
            provider_id = f"group:{chat}:{mid}"
            await asyncio.to_thread(self.store.record_sent, provider_id, NOTE_SOURCE, note.event_id)
            log.info("resident note on %s posted to the officer chat", note.code)
        return None

    async def _to_group(
        self, chat: int | str, text: str, what: str, **options: Any
    ) -> int | Result | None:
        """Send to the officer chat: the message's id; or the result that ends this delivery
        round (the Bot API is failing: back off as for everything else); or None when the
        group refused it (a 429 of the group, or the bot is not in it): posts pause, never
        residents."""
        result = await send_text(self.sender._bot(), chat, text, **options)
        if result.outcome == Outcome.RETRY and not result.wait:
            return result
        if result.outcome != Outcome.SENT or result.message is None:
            self.posts_paused_until = time.monotonic() + max(result.wait, 60.0)
            log.error("officer chat refused %s (%s); posts paused", what, result.error)
            return None
        return int(result.message.message_id)

    def start(self, app: Application[Any, Any, Any, Any, Any, Any]) -> list[asyncio.Task[None]]:
        """Start the core's loops on the running event loop."""
        self.sender.bot = app.bot
        return self.core.start()
