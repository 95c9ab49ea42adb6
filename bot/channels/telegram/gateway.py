"""The gateway's state and its background loops: inbox → Rasa, replies, outbox, new tickets.

    inbox loop      the oldest pending message of each chat goes to Rasa; the answers and the
                    inbox row's "done" are stored in one transaction. When Rasa (or the action
                    server) is down, every waiting chat is told once that its message is kept.
    delivery loop   replies to residents (in order per chat), the queue's outbox notifications
                    on channel "telegram", and new BARU tickets posted to the officer chat.
                    Failures back off (0.5 s doubling up to TELEGRAM_MAX_BACKOFF, 30 s);
                    a 429 waits `retry_after`.

Delivery is at least once: a message is marked sent right after Telegram accepts it. Only a
crash in the instant between Telegram's answer and that commit sends it twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram import Bot
from telegram.ext import Application

from bot.channels.telegram import texts
from bot.channels.telegram.config import TelegramSettings
from bot.channels.telegram.officers import keyboard_for, render_post
from bot.channels.telegram.rasa import RasaClient, RasaUnavailable
from bot.channels.telegram.sending import Outcome, Result, keyboard, send_text
from bot.channels.telegram.store import InboxItem, Reply, Store
from bot.queue import services
from bot.queue.hours import WorkingHours
from bot.queue.persistence import UnitOfWork

__all__ = ["Gateway"]

log = logging.getLogger("bot.channels.telegram")


@dataclass
class Gateway:
    settings: TelegramSettings
    store: Store
    new_uow: Callable[[], UnitOfWork]
    rasa: RasaClient
    data_dir: Path
    hours: WorkingHours = field(default_factory=WorkingHours)
    inbox_wake: asyncio.Event = field(default_factory=asyncio.Event)
    send_wake: asyncio.Event = field(default_factory=asyncio.Event)
    stopping: asyncio.Event = field(default_factory=asyncio.Event)
    posts_paused_until: float = 0.0  # the officer group's own 429s must not hold residents up

    def kick(self) -> None:
        self.inbox_wake.set()
        self.send_wake.set()

    async def _pause(self, wake: asyncio.Event, seconds: float) -> None:
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(wake.wait(), timeout=seconds)
        wake.clear()

    # --- inbox -------------------------------------------------------------------
    async def inbox_loop(self) -> None:
        backoff = 0.0
        while not self.stopping.is_set():
            try:
                ok = await self.process_inbox()
            except Exception as exc:  # keep the loop alive; no traceback: it may hold data
                log.error("inbox round failed: %s", type(exc).__name__)
                ok = False
            backoff = 0.0 if ok else min(self.settings.max_backoff, max(0.5, backoff * 2))
            # Rasa is down: wait longer each time, but a new message tries at once (and so
            # its chat hears about the outage without waiting).
            await self._pause(self.inbox_wake, backoff or self.settings.poll_seconds)

    async def process_inbox(self) -> bool:
        """Answer pending messages, one per chat at a time; False when Rasa is down."""
        while heads := await asyncio.to_thread(self.store.inbox_heads):
            results = await asyncio.gather(*(self._answer(h) for h in heads))
            if not all(results):
                chats = [h.chat_id for h in heads]
                told = await asyncio.to_thread(self.store.note_outage, chats, texts.OUTAGE)
                if told:
                    log.warning("assistant down; %d chat(s) told their message is kept", len(told))
                    self.send_wake.set()
                return False
            self.send_wake.set()
        return True

    async def _answer(self, item: InboxItem) -> bool:
        try:
            answers = await self.rasa.ask(item.chat_id, item.text)
        except RasaUnavailable as exc:
            log.warning("inbox %d kept: %s", item.id, exc)
            return False
        answers = answers or [Reply(texts.UNDERSTOOD)]
        quoted = [Reply(a.text, a.buttons, item.message_id) for a in answers]
        await asyncio.to_thread(self.store.answer, item, quoted)
        return True

    # --- delivery ----------------------------------------------------------------
    async def delivery_loop(self, bot: Bot) -> None:
        backoff = 0.0
        while not self.stopping.is_set():
            try:
                wait = await self.deliver_once(bot)
            except Exception as exc:  # keep the loop alive; no traceback: it may hold data
                log.error("delivery round failed: %s", type(exc).__name__)
                wait = -1.0
            if wait > 0:  # Telegram asked us to wait (429)
                backoff = 0.0
                await asyncio.sleep(min(wait, 300.0))
            elif wait < 0:
                backoff = min(self.settings.max_backoff, max(0.5, backoff * 2))
                await asyncio.sleep(backoff)
            else:
                backoff = 0.0
                await self._pause(self.send_wake, self.settings.poll_seconds)

    async def deliver_once(self, bot: Bot) -> float:
        """One round; 0 when all went out, the 429 wait in seconds, or -1 after a failure."""
        for step in (self._send_replies, self._send_outbox, self._post_tickets):
            result = await step(bot)
            if result is not None:
                return result.wait if result.wait > 0 else -1.0
        return 0.0

    async def _send_replies(self, bot: Bot) -> Result | None:
        failure: Result | None = None
        blocked: set[str] = set()
        for row in await asyncio.to_thread(self.store.pending_replies):
            if row.chat_id in blocked:
                continue  # keep the order within a chat
            reply = row.reply
            result = await send_text(
                bot,
                row.chat_id,
                reply.text,
                markup=keyboard(reply.buttons),
                reply_to=reply.reply_to,
            )
            if result.outcome == Outcome.RETRY:
                blocked.add(row.chat_id)
                failure = result
                if result.wait:
                    return result
                continue
            error = result.error if result.outcome == Outcome.GIVE_UP else None
            if error:
                log.warning("reply %d to a resident refused: %s", row.id, error)
            await asyncio.to_thread(self.store.reply_done, row.id, error=error)
        return failure

    async def _send_outbox(self, bot: Bot) -> Result | None:
        uow = self.new_uow()
        due = await asyncio.to_thread(services.due_notifications, uow, channel="telegram")
        failure: Result | None = None
        for note in due:
            if note.chat_id is None:
                await asyncio.to_thread(services.mark_failed, uow, note.id, "no chat")
                continue
            result = await send_text(bot, note.chat_id, note.text)
            if result.outcome == Outcome.SENT:
                await asyncio.to_thread(services.mark_sent, uow, note.id)
                log.info("notification %s sent", note.dedup_key)
            elif result.outcome == Outcome.GIVE_UP:
                await asyncio.to_thread(services.mark_failed, uow, note.id, result.error or "")
            else:
                failure = result
                if result.wait:
                    return result
        return failure

    async def _post_tickets(self, bot: Bot) -> Result | None:
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
            text = render_post(detail, None)
            result = await send_text(
                bot, chat, text, markup=keyboard_for(detail.status, detail.code)
            )
            if result.outcome == Outcome.RETRY and not result.wait:
                return result  # the Bot API is failing: back off as for everything else
            if result.outcome != Outcome.SENT or result.message is None:
                # A 429 of the group, or the bot is not in it: pause posts, not residents.
                self.posts_paused_until = time.monotonic() + max(result.wait, 60.0)
                log.error("officer chat refused a post (%s); posts paused", result.error)
                return None
            mid = result.message.message_id
            await asyncio.to_thread(self.store.record_post, detail.code, str(chat), mid)
            log.info("ticket %s posted to the officer chat", detail.code)
        return None

    def start(self, app: Application[Any, Any, Any, Any, Any, Any]) -> list[asyncio.Task[None]]:
        """Start both loops on the running event loop."""
        return [
            asyncio.create_task(self.inbox_loop(), name="telegram-inbox"),
            asyncio.create_task(self.delivery_loop(app.bot), name="telegram-delivery"),
        ]
