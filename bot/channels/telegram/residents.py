"""Residents' private chats: texts go to the inbox (then Rasa), commands, files, the rest.

Every handler records the update id in the same transaction as the work it causes, so a
redelivered update (after a restart, or Telegram's retry of a webhook) is not answered twice.
Replies are queued in the core's `chat_replies` and leave through its delivery loop.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Document, PhotoSize, Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.channels.attachments import precheck, take_attachment
from bot.channels.telegram.officers import gateway_of
from bot.channels.telegram.store import Reply
from bot.errors import QueueError
from bot.queue import services
from bot.texts import for_residents

__all__ = [
    "cmd_bantuan",
    "cmd_start",
    "cmd_status",
    "on_button",
    "on_file",
    "on_other",
    "on_text",
    "skip_seen",
]

log = logging.getLogger("bot.channels.telegram")
CHANNEL = "telegram"


async def skip_seen(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop here when this update id was handled before (a redelivery)."""
    if await asyncio.to_thread(gateway_of(context).store.seen, update.update_id):
        log.info("update %d already handled; skipped", update.update_id)
        raise ApplicationHandlerStop


async def _queue(update: Update, context: ContextTypes.DEFAULT_TYPE, *replies: Reply) -> None:
    chat, message = update.effective_chat, update.effective_message
    assert chat is not None
    gw = gateway_of(context)
    mid = message.message_id if message is not None else None
    quoted = [Reply(r.text, r.buttons, mid) for r in replies]
    await asyncio.to_thread(gw.store.reply, update.update_id, str(chat.id), quoted)
    gw.send_wake.set()


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A resident's text: into the inbox, answered by Rasa in order."""
    message = update.effective_message
    assert message is not None and message.text is not None
    gw = gateway_of(context)
    await asyncio.to_thread(
        gw.store.take_text, update.update_id, str(message.chat_id), message.message_id, message.text
    )
    gw.inbox_wake.set()


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A resident pressed one of Rasa's buttons: its payload goes to Rasa like a text."""
    query = update.callback_query
    assert query is not None and query.data is not None
    await query.answer()
    chat = update.effective_chat
    assert chat is not None
    gw = gateway_of(context)
    payload = query.data.removeprefix("r:")
    await asyncio.to_thread(gw.store.take_text, update.update_id, str(chat.id), None, payload)
    gw.inbox_wake.set()


async def cmd_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start: greet and explain in two lines."""
    await _queue(update, context, Reply(for_residents.START))


async def cmd_bantuan(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/bantuan: what the assistant does, with examples."""
    await _queue(update, context, Reply(for_residents.HELP))


def _status(context: ContextTypes.DEFAULT_TYPE, code: str, chat_id: str) -> str:
    try:
        return services.status_for_chat(gateway_of(context).new_uow(), code, CHANNEL, chat_id).text
    except QueueError as exc:
        return str(exc)


async def cmd_status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/status KODE: the status of the chat's own ticket."""
    chat = update.effective_chat
    assert chat is not None
    if not context.args:
        own = await asyncio.to_thread(gateway_of(context).store.open_ticket_of, str(chat.id))
        if own is None:
            await _queue(update, context, Reply(for_residents.STATUS_USAGE))
            return
        code = own
    else:
        code = context.args[0]
    text = await asyncio.to_thread(_status, context, code, str(chat.id))
    await _queue(update, context, Reply(text))


def _kind(message_photo: tuple[PhotoSize, ...], document: Document | None) -> tuple[str, int]:
    if message_photo:
        return "image/jpeg", message_photo[-1].file_size or 0
    assert document is not None
    return document.mime_type or "", document.file_size or 0


async def on_file(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A photo or document: checked, downloaded, typed by its content, stored on the chat's
    open ticket (`bot.channels.attachments`)."""
    message = update.effective_message
    assert message is not None
    gw = gateway_of(context)
    chat_id = str(message.chat_id)
    content_type, size = _kind(message.photo, message.document)
    refusal = precheck(content_type, size)
    if refusal is not None:
        await _queue(update, context, Reply(refusal))
        return
    if await asyncio.to_thread(gw.store.open_ticket_of, chat_id) is None:
        await _queue(update, context, Reply(for_residents.NO_OPEN_TICKET))
        return
    attachment = message.photo[-1] if message.photo else message.document
    assert attachment is not None
    try:
        telegram_file = await attachment.get_file()
        content = bytes(await telegram_file.download_as_bytearray())
    except TelegramError as exc:
        log.warning("attachment download failed: %s", type(exc).__name__)
        await _queue(update, context, Reply(for_residents.ATTACHMENT_FAILED))
        return
    filename = message.document.file_name if message.document else None
    await _queue(update, context, await take_attachment(gw.intake, chat_id, content, filename))


async def on_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, voice, locations and the rest: a polite note of what is understood."""
    await _queue(update, context, Reply(for_residents.UNDERSTOOD))
