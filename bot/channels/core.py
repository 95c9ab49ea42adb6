"""The channel core: one inbox, one Rasa call, one delivery loop, for every channel.

An adapter (Telegram, WhatsApp, the kiosk) only receives, sends and shapes buttons:

    core = ChannelCore(store, new_uow, rasa, sender)
    await asyncio.to_thread(store.take_text, message_id, chat_id, reply_to, text)
    core.inbox_wake.set()                  # the inbox loop asks Rasa, in order per chat
    tasks = core.start()                   # inbox loop + delivery loop

    inbox loop      the oldest pending message of each chat goes to Rasa; the answers and the
                    inbox row's "done" are stored in one transaction. When Rasa (or the action
                    server) is down, every waiting chat is told once that its message is kept
                    (at once, also between retries, which back off up to `max_backoff`).
                    Rating answers (`nilai:<code>:<n>`) and their comment never reach Rasa,
                    nor the choice of request for a held attachment (`lampiran:…`), nor
                    what the adapter's intercepts take (WhatsApp's media markers).
    delivery loop   replies to residents (in order per chat), then the queue's outbox
                    notifications of the adapter's channel, then the adapter's own steps.
                    Failures back off (0.5 s doubling up to `max_backoff`); a rate limit
                    waits what the channel asks. A finished ticket's notice is followed by
                    one request for a rating (never two: the outbox key is per ticket).

Delivery is at least once: a message is marked sent right after the channel accepts it. Only
a crash in the instant between the channel's answer and that commit sends it twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from bot.channels import outbox, rating_flow
from bot.channels.attachments import Intake, place_held
from bot.channels.messages import InboxItem, Outcome, Reply, Result
from bot.channels.rasa import RasaUnavailable
from bot.channels.store import ChannelStore
from bot.queue import services
from bot.queue.persistence import UnitOfWork
from bot.queue.views import OutboxView
from bot.texts import for_residents

__all__ = ["Asker", "ChannelCore", "Intercept", "Sender", "Step"]

log = logging.getLogger("bot.channels")
Step = Callable[[], Awaitable["Result | None"]]
Intercept = Callable[[InboxItem], Awaitable["list[Reply] | None"]]


class Asker(Protocol):
    async def ask(self, chat_id: str, text: str) -> list[Reply]: ...

    async def close(self) -> None: ...


class Sender(Protocol):
    """How an adapter sends; `refusals_allowed` refusals (4xx) before a message fails."""

    refusals_allowed: int

    async def send_reply(self, chat_id: str, reply: Reply) -> Result: ...

    async def send_notice(self, note: OutboxView, reply: Reply) -> Result: ...


@dataclass
class ChannelCore:
    store: ChannelStore
    new_uow: Callable[[], UnitOfWork]
    rasa: Asker
    sender: Sender | None = None
    poll_seconds: float = 1.0
    max_backoff: float = 30.0
    steps: list[Step] = field(default_factory=list)  # the adapter's own delivery steps
    intercepts: list[Intercept] = field(default_factory=list)  # inbox items not for Rasa
    intake: Intake | None = None  # attachments: a choice of request for a held file
    inbox_wake: asyncio.Event = field(default_factory=asyncio.Event)
    send_wake: asyncio.Event = field(default_factory=asyncio.Event)
    stopping: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def channel(self) -> str:
        return self.store.channel

    def kick(self) -> None:
        self.inbox_wake.set()
        self.send_wake.set()

    async def _pause(self, wake: asyncio.Event, seconds: float) -> None:
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(wake.wait(), timeout=seconds)
        wake.clear()

    # --- inbox -------------------------------------------------------------------
    async def inbox_loop(self) -> None:
        backoff, retry_at = 0.0, 0.0
        loop = asyncio.get_running_loop()
        while not self.stopping.is_set():
            try:
                if loop.time() < retry_at:  # Rasa is down: new chats only hear so, at once
                    await self._tell_outage()
                    ok = False
                else:
                    ok = await self.process_inbox()
                    backoff = 0.0 if ok else min(self.max_backoff, max(0.5, backoff * 2))
                    retry_at = 0.0 if ok else loop.time() + backoff
            except Exception as exc:  # keep the loop alive; no traceback: it may hold data
                log.error("%s inbox round failed: %s", self.channel, type(exc).__name__)
                ok = False
            if ok:
                await self._pause(self.inbox_wake, self.poll_seconds)
            else:  # at most two outage rounds a second, however busy the webhook is
                await asyncio.sleep(min(0.5, max(0.05, retry_at - loop.time())))
                await self._pause(self.inbox_wake, max(0.0, retry_at - loop.time()))

    async def _tell_outage(self) -> None:
        heads = await asyncio.to_thread(self.store.inbox_heads, None, 1000)
        chats = [h.chat_id for h in heads]
        if chats and await asyncio.to_thread(self.store.note_outage, chats, for_residents.OUTAGE):
            self.send_wake.set()

    async def process_inbox(self, chat_id: str | None = None) -> bool:
        """Answer pending messages (of every chat, or one), one per chat at a time; False when
        Rasa is down."""
        while heads := await asyncio.to_thread(self.store.inbox_heads, chat_id):
            results = await asyncio.gather(*(self._answer(h) for h in heads))
            if not all(results):
                chats = [h.chat_id for h, ok in zip(heads, results, strict=True) if not ok]
                log.warning(
                    "%s assistant unavailable; %d message(s) kept", self.channel, len(chats)
                )
                told = await asyncio.to_thread(self.store.note_outage, chats, for_residents.OUTAGE)
                if told:
                    log.warning(
                        "assistant down; %d %s chat(s) told their message is kept",
                        len(told),
                        self.channel,
                    )
                    self.send_wake.set()
                return False
            self.send_wake.set()
        return True

    async def _answer(self, item: InboxItem) -> bool:
        answers = await asyncio.to_thread(
            rating_flow.handle, self.store, self.new_uow, item.chat_id, item.text
        )
        if answers is None and self.intake is not None:
            answers = await place_held(self.intake, item.chat_id, item.text)
        for intercept in self.intercepts:
            if answers is None:
                answers = await intercept(item)
        if answers is None:
            try:
                answers = await self.rasa.ask(item.chat_id, item.text)
            except RasaUnavailable as exc:
                log.debug("%s inbox %d kept: %s", self.channel, item.id, exc)
                return False
            answers = answers or [Reply(for_residents.UNDERSTOOD)]
        quoted = [Reply(a.text, a.buttons, item.message_id) for a in answers]
        await asyncio.to_thread(self.store.answer, item, quoted)
        return True

    # --- delivery ----------------------------------------------------------------
    async def delivery_loop(self) -> None:
        backoff = 0.0
        while not self.stopping.is_set():
            try:
                wait = await self.deliver_once()
            except Exception as exc:  # keep the loop alive; no traceback: it may hold data
                log.error("%s delivery round failed: %s", self.channel, type(exc).__name__)
                wait = -1.0
            if wait > 0:  # the channel asked us to wait (rate limit)
                backoff = 0.0
                await asyncio.sleep(min(wait, 300.0))
            elif wait < 0:
                backoff = min(self.max_backoff, max(0.5, backoff * 2))
                await asyncio.sleep(backoff)
            else:
                backoff = 0.0
                await self._pause(self.send_wake, self.poll_seconds)

    async def deliver_once(self) -> float:
        """One round; 0 when all went out, the wait asked for in seconds, or -1 after a
        failure."""
        for step in (self._send_replies, self._send_outbox, *self.steps):
            result = await step()
            if result is not None:
                return result.wait if result.wait > 0 else -1.0
        return 0.0

    def _refused_for_good(self, attempts: int) -> bool:
        allowed = self.sender.refusals_allowed if self.sender is not None else 1
        return attempts + 1 >= allowed

    async def _send_replies(self) -> Result | None:
        if self.sender is None:
            return None
        failure: Result | None = None
        blocked: set[str] = set()
        for row in await asyncio.to_thread(self.store.pending_replies):
            if row.chat_id in blocked:
                continue  # keep the order within a chat
            result = await self.sender.send_reply(row.chat_id, row.reply)
            if result.outcome == Outcome.SENT:
                await asyncio.to_thread(
                    self.store.reply_done, row.id, provider_id=result.provider_id
                )
                continue
            error = result.error or result.outcome.value
            if result.outcome == Outcome.GIVE_UP and self._refused_for_good(row.attempts):
                log.warning("%s reply %d refused: %s", self.channel, row.id, error)
                await asyncio.to_thread(self.store.reply_done, row.id, error=error)
                continue
            if result.outcome == Outcome.GIVE_UP:
                await asyncio.to_thread(self.store.reply_refused, row.id, error)
            blocked.add(row.chat_id)
            failure = result
            if result.wait:
                return result
        return failure

    async def _send_outbox(self) -> Result | None:
        if self.sender is None:
            return None
        uow = self.new_uow()
        due = await asyncio.to_thread(services.due_notifications, uow, channel=self.channel)
        failure: Result | None = None
        for note in due:
            if note.chat_id is None:
                await asyncio.to_thread(services.mark_failed, uow, note.id, "no chat")
                continue
            result = await self.sender.send_notice(note, rating_flow.notice_reply(note))
            if result.outcome == Outcome.SENT:
                await asyncio.to_thread(self._sent, uow, note, result.provider_id)
            elif result.outcome == Outcome.GIVE_UP:
                await asyncio.to_thread(self._refused, uow, note, result.error or "refused")
            else:
                failure = result
                if result.wait:
                    return result
        return failure

    def _sent(self, uow: UnitOfWork, note: OutboxView, provider_id: str | None) -> None:
        services.mark_sent(uow, note.id)
        if provider_id:
            self.store.record_sent(provider_id, "outbox", note.id)
        log.info("notification %s sent on %s", note.dedup_key, self.channel)
        if rating_flow.ask_after(uow, note):
            self.send_wake.set()

    def _refused(self, uow: UnitOfWork, note: OutboxView, error: str) -> None:
        log.warning("notification %s refused on %s: %s", note.dedup_key, self.channel, error)
        if self._refused_for_good(note.attempts):
            outbox.give_up(self.store.engine, note.id, error)
        else:
            services.mark_failed(uow, note.id, error)

    def start(self, extra: Sequence[asyncio.Task[None]] = ()) -> list[asyncio.Task[None]]:
        """Start both loops on the running event loop."""
        return [
            asyncio.create_task(self.inbox_loop(), name=f"{self.channel}-inbox"),
            asyncio.create_task(self.delivery_loop(), name=f"{self.channel}-delivery"),
            *extra,
        ]
