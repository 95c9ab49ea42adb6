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
from typing import Any

from bot.channels import outbox, texts
from bot.channels.attachments import MAX_ATTACHMENT_BYTES, Intake, precheck, take_attachment
from bot.channels.messages import InboxItem, Reply
from bot.channels.store import ChannelStore
from bot.channels.whatsapp.graph import OUTSIDE_WINDOW, GraphClient, MediaError
from bot.channels.whatsapp.inbound import StatusUpdate, messages_of, statuses_of

__all__ = ["MEDIA_MARK", "MediaIntercept", "take_post"]

log = logging.getLogger("bot.channels.whatsapp")
MEDIA_MARK = "\x1fmedia:"  # residents' texts never hold control characters (inbound._clean)


def take_post(store: ChannelStore, body: Any) -> int:
    """Take in one webhook body; how many new messages it brought."""
    taken = 0
    for m in messages_of(body):
        if m.kind == "text":
            taken += store.take_text(m.wamid, m.sender, m.wamid, m.text)
        elif m.kind == "media":
            marker = {"id": m.media_id, "mime": m.mime_type, "name": m.filename}
            taken += store.take_text(m.wamid, m.sender, m.wamid, MEDIA_MARK + json.dumps(marker))
        elif store.reply(m.wamid, m.sender, [Reply(texts.NOT_UNDERSTOOD_KIND, reply_to=m.wamid)]):
            store.heard_from(m.sender)
            taken += 1
    for status in statuses_of(body):
        apply_status(store, status)
    return taken


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
            return [Reply(texts.NO_OPEN_TICKET)]
        try:
            data, _named = await self.graph.download(str(marker["id"]), MAX_ATTACHMENT_BYTES)
        except MediaError as exc:
            log.warning("media of inbox %d not fetched: %s", item.id, exc)
            too_big = "too big" in str(exc)
            return [Reply(texts.ATTACHMENT_TOO_BIG if too_big else texts.ATTACHMENT_FAILED)]
        told = await take_attachment(self.intake, item.chat_id, data, marker.get("name"))
        return [Reply(told)]
