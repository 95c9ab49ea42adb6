"""Attachment intake for every channel: the type is read from the content (not from what the
sender claims), the size is limited, and the file goes on the chat's open ticket.

    kind = content_type(data)             # "image/jpeg" | "image/png" | "application/pdf" | None
    text = await take_attachment(intake, chat_id, data, filename)   # what the resident is told
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.channels import texts
from bot.channels.store import ChannelStore
from bot.errors import QueueError
from bot.queue import services
from bot.queue.admin import ALLOWED_TYPES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS
from bot.queue.domain import Actor
from bot.queue.persistence import UnitOfWork

__all__ = [
    "ALLOWED_TYPES",
    "MAX_ATTACHMENT_BYTES",
    "Intake",
    "content_type",
    "precheck",
    "take_attachment",
]

log = logging.getLogger("bot.channels")
_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"%PDF-", "application/pdf"),
)


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
        return texts.ATTACHMENT_WRONG_TYPE
    if size is not None and size > MAX_ATTACHMENT_BYTES:
        return texts.ATTACHMENT_TOO_BIG
    return None


@dataclass(frozen=True)
class Intake:
    store: ChannelStore
    new_uow: Callable[[], UnitOfWork]
    data_dir: Path
    max_files: int = MAX_ATTACHMENTS  # Settings.max_attachments (ADMINDUK_MAX_ATTACHMENTS)


async def take_attachment(
    intake: Intake, chat_id: str, data: bytes, filename: str | None = None
) -> str:
    """Store downloaded bytes on the chat's open ticket; the text to tell the resident."""
    if len(data) > MAX_ATTACHMENT_BYTES:
        return texts.ATTACHMENT_TOO_BIG
    kind = content_type(data)
    if kind is None:
        return texts.ATTACHMENT_WRONG_TYPE
    code = await asyncio.to_thread(intake.store.open_ticket_of, chat_id)
    if code is None:
        return texts.NO_OPEN_TICKET
    channel = intake.store.channel
    try:
        await asyncio.to_thread(
            services.add_attachment,
            intake.new_uow(),
            code,
            Actor.resident(channel, chat_id),
            data,
            kind,
            intake.data_dir,
            filename=filename,
            max_files=intake.max_files,
        )
    except QueueError as exc:
        return str(exc)
    log.info("attachment stored on %s (%d bytes, %s)", code, len(data), kind)
    return texts.attachment_saved(code)
