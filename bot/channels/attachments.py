"""Attachment intake for every channel: the type is read from the content (not from what the
sender claims), the size is limited, and the file goes on the chat's open ticket.

    kind = content_type(data)             # "image/jpeg" | "image/png" | "application/pdf" | None
    reply = await take_attachment(intake, chat_id, data, filename)  # what the resident is told
    answers = await place_held(intake, chat_id, text)   # a `lampiran:<token>:<code>` choice

With one open request the file goes there and the reply names it. With two or more, the file
waits (`bot.channels.pending`) and the reply asks which request, one button each.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.channels.messages import Reply
from bot.channels.pending import PendingFiles
from bot.channels.store import ChannelStore
from bot.errors import QueueError
from bot.queue import resident, services
from bot.queue.admin import ALLOWED_TYPES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS
from bot.queue.domain import Actor
from bot.queue.persistence import UnitOfWork
from bot.texts import for_residents

__all__ = [
    "ALLOWED_TYPES",
    "MAX_ATTACHMENT_BYTES",
    "Intake",
    "content_type",
    "place_held",
    "precheck",
    "take_attachment",
]

log = logging.getLogger("bot.channels")
_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"%PDF-", "application/pdf"),
)
_CHOICE = re.compile(r"^lampiran:([0-9a-f]{1,32}):([A-Za-z]+-[A-Za-z0-9]+)$")


def content_type(data: bytes) -> str | None:
    """The type the bytes really are (JPEG, PNG or PDF), or None for anything else."""
    head = data[:1024]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    # a PDF may carry a few bytes of junk before its header
    return "application/pdf" if b"%PDF-" in head else None


def precheck(declared_type: str | None, size: int | None) -> str | None:
    """Before downloading: what to tell the resident when the channel's own description
    already rules the file out (wrong kind, too big); None when it may be downloaded."""
    if declared_type and declared_type.split(";")[0].strip() not in ALLOWED_TYPES:
        return for_residents.ATTACHMENT_WRONG_TYPE
    if size is not None and size > MAX_ATTACHMENT_BYTES:
        return for_residents.ATTACHMENT_TOO_BIG
    return None


@dataclass(frozen=True)
class Intake:
    store: ChannelStore
    new_uow: Callable[[], UnitOfWork]
    data_dir: Path
    max_files: int = MAX_ATTACHMENTS  # Settings.max_attachments (ADMINDUK_MAX_ATTACHMENTS)


async def take_attachment(
    intake: Intake, chat_id: str, data: bytes, filename: str | None = None
) -> Reply:
    """Store downloaded bytes on the chat's open request, or ask which one when it has
    several; what to tell the resident."""
    if len(data) > MAX_ATTACHMENT_BYTES:
        return Reply(for_residents.ATTACHMENT_TOO_BIG)
    kind = content_type(data)
    if kind is None:
        return Reply(for_residents.ATTACHMENT_WRONG_TYPE)
    channel = intake.store.channel
    actor = Actor.resident(channel, chat_id)
    open_requests = await asyncio.to_thread(resident.my_requests, intake.new_uow(), actor)
    if not open_requests:
        return Reply(for_residents.NO_OPEN_TICKET)
    if len(open_requests) == 1:
        return Reply(await _store(intake, chat_id, open_requests[0].code, data, kind, filename))
    pending = PendingFiles(intake.data_dir)
    token = await asyncio.to_thread(pending.keep, channel, chat_id, data, filename)
    log.info("attachment held for a choice among %d requests", len(open_requests))
    listed = [(r.code, r.title, r.resident_name) for r in open_requests]
    buttons = [{"title": r.code, "payload": f"lampiran:{token}:{r.code}"} for r in open_requests]
    return Reply(for_residents.which_request(listed), buttons)


async def place_held(intake: Intake, chat_id: str, text: str) -> list[Reply] | None:
    """A resident's choice of request for a held file; None when the text is not one."""
    match = _CHOICE.match(text.strip())
    if match is None:
        return None
    token, code = match.group(1), match.group(2).upper()
    pending = PendingFiles(intake.data_dir)
    held = await asyncio.to_thread(pending.take, token, intake.store.channel, chat_id)
    if held is None:
        return [Reply(for_residents.ATTACHMENT_EXPIRED)]
    kind = content_type(held.data) or "application/octet-stream"
    return [Reply(await _store(intake, chat_id, code, held.data, kind, held.filename))]


async def _store(
    intake: Intake, chat_id: str, code: str, data: bytes, kind: str, filename: str | None
) -> str:
    try:
        await asyncio.to_thread(
            services.add_attachment,
            intake.new_uow(),
            code,
            Actor.resident(intake.store.channel, chat_id),
            data,
            kind,
            intake.data_dir,
            filename=filename,
            max_files=intake.max_files,
        )
    except QueueError as exc:
        return str(exc)
    log.info("attachment stored on %s (%d bytes, %s)", code, len(data), kind)
    return for_residents.attachment_saved(code)
