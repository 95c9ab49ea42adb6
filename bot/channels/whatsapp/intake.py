"""What a verified webhook post does, before its 200 (one short transaction per item):

text, a button or list choice, a template's quick reply
                → the inbox (exactly once by wamid), answered later through Rasa
image, document → the inbox as a media marker: downloaded when its turn comes (right
                after, in order with the chat's texts), typed by content, stored on the
                resident's open ticket
audio, sticker, location, …
                → a polite "belum bisa" reply (exactly once by wamid), never Rasa
status callbacks → never Rasa; a failed one is recorded on the outbox row (or reply)
                it belongs to; 131047 closes the window and sends it again by template
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from bot.channels import outbox
from bot.channels.attachments import MAX_ATTACHMENT_BYTES, Intake, precheck, take_attachment
from bot.channels.messages import InboxItem, Reply
from bot.channels.store import ChannelStore, Taken
from bot.channels.whatsapp.graph import OUTSIDE_WINDOW, GraphClient, MediaError
from bot.channels.whatsapp.inbound import Incoming, StatusUpdate, messages_of, statuses_of
from bot.texts import for_residents

__all__ = ["MEDIA_MARK", "Batcher", "MediaIntercept", "take_post", "take_posts"]

log = logging.getLogger("bot.channels.whatsapp")
MEDIA_MARK = "\x1fmedia:"  # residents' texts never hold control characters (inbound._clean)


def _texts(body: Any) -> tuple[list[Taken], list[Incoming]]:
    """The inbox items of a body, and the messages answered at once (other kinds)."""
    texts_: list[Taken] = []
    others: list[Incoming] = []
    for m in messages_of(body):
        if m.kind == "text":
            texts_.append((m.wamid, m.sender, m.wamid, m.text))
        elif m.kind == "media":
            marker = {"id": m.media_id, "mime": m.mime_type, "name": m.filename}
            texts_.append((m.wamid, m.sender, m.wamid, MEDIA_MARK + json.dumps(marker)))
        else:
            others.append(m)
    return texts_, others


def take_posts(store: ChannelStore, bodies: Sequence[Any]) -> int:
    """Take in webhook bodies, their texts in one transaction; how many new messages."""
    items: list[Taken] = []
    taken = 0
    for body in bodies:
        texts_, others = _texts(body)
        items += texts_
        for m in others:
            if store.reply(
                m.wamid, m.sender, [Reply(for_residents.NOT_UNDERSTOOD_KIND, reply_to=m.wamid)]
            ):
                store.heard_from(m.sender)
                taken += 1
        for status in statuses_of(body):
            apply_status(store, status)
    return taken + sum(store.take_texts(items))


def take_post(store: ChannelStore, body: Any) -> int:
    return take_posts(store, [body])


class Batcher:
    """Group commit: posts arriving together are stored in one transaction, on one thread of
    their own (never queued behind the inbox's work); each post's 200 waits for its commit."""

    def __init__(self, store: ChannelStore, wake: Callable[[], None], most: int = 200) -> None:
        self.store, self.wake, self.most = store, wake, most
        self._queue: asyncio.Queue[tuple[Any, asyncio.Future[int]]] | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="whatsapp-intake")
        self._task: asyncio.Task[None] | None = None

    async def take(self, body: Any) -> int:
        if self._queue is None:
            self._queue = asyncio.Queue()
            self._task = asyncio.create_task(self._run(self._queue), name="whatsapp-intake")
        done: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        await self._queue.put((body, done))
        return await done

    async def _run(self, queue: asyncio.Queue[tuple[Any, asyncio.Future[int]]]) -> None:
        loop = asyncio.get_running_loop()
        while True:
            batch = [await queue.get()]
            while not queue.empty() and len(batch) < self.most:
                batch.append(queue.get_nowait())
            bodies = [body for body, _done in batch]
            try:
                taken = await loop.run_in_executor(self._pool, take_posts, self.store, bodies)
            except Exception as exc:  # every waiting post answers 500; Meta delivers again
                for _body, done in batch:
                    done.set_exception(exc)
                continue
            for _body, done in batch:
                done.set_result(taken)
            if taken:
                self.wake()


def apply_status(store: ChannelStore, status: StatusUpdate) -> None:
    if status.status != "failed":
        return
    source = store.sent_source(status.wamid)
    if source is None:
        return
    kind, row_id = source
    error = f"{status.error_code}: {status.error_title or 'failed'}"
    log.warning("WhatsApp reports %s %d failed: %s", kind, row_id, status.error_code)
    if kind == "reply":
        store.reply_done(row_id, error=error)
    elif status.error_code == OUTSIDE_WINDOW and status.recipient:
        store.close_window(status.recipient)
        outbox.send_again(store.engine, row_id, error)
    else:
        outbox.give_up(store.engine, row_id, error)


class MediaIntercept:
    """The core's intercept for media markers: download at once, then the attachment intake."""

    def __init__(self, graph: GraphClient, intake: Intake) -> None:
        self.graph = graph
        self.intake = intake

    async def __call__(self, item: InboxItem) -> list[Reply] | None:
        if not item.text.startswith(MEDIA_MARK):
            return None
        marker = json.loads(item.text.removeprefix(MEDIA_MARK))
        refusal = precheck(marker.get("mime"), None)
        if refusal is not None:
            return [Reply(refusal)]
        if await asyncio.to_thread(self.intake.store.open_ticket_of, item.chat_id) is None:
            return [Reply(for_residents.NO_OPEN_TICKET)]
        try:
            data, _named = await self.graph.download(str(marker["id"]), MAX_ATTACHMENT_BYTES)
        except MediaError as exc:
            log.warning("media of inbox %d not fetched: %s", item.id, exc)
            too_big = "too big" in str(exc)
            return [
                Reply(
                    for_residents.ATTACHMENT_TOO_BIG if too_big else for_residents.ATTACHMENT_FAILED
                )
            ]
        return [await take_attachment(self.intake, item.chat_id, data, marker.get("name"))]
