"""The officer chat: ticket posts with buttons, ForceReply prompts, /antrian and /berikut.

Buttons carry `<action>:<ticket code>` (a Ambil, f Minta perbaikan, j Jadwalkan, s Selesai,
t Tolak). Only officers registered with their Telegram user id may act; the queue decides
what is allowed (`bot.queue.access`), this module only translates. NIK and No. KK are masked
in every post: any 16-digit number in the canonical line or a field is shown masked.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, cast

from telegram import ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.channels.attachments import Intake
from bot.channels.telegram.sending import attempt
from bot.channels.telegram.store import Prompt, Store
from bot.errors import InvalidInput, QueueError
from bot.intake.identity import mask_text
from bot.queue import services
from bot.queue.domain import QUEUES, Actor, Appointment
from bot.queue.hours import WorkingHours
from bot.queue.persistence import UnitOfWork
from bot.queue.views import TicketDetail
from bot.texts import for_officers
from bot.texts.for_officers import BUTTONS, LABELS, PROMPTS

__all__ = [
    "cmd_antrian",
    "cmd_berikut",
    "keyboard_for",
    "on_officer_button",
    "on_officer_reply",
    "parse_schedule",
    "render_post",
]


class Gateway(Protocol):
    """What the officer and resident handlers use of the gateway (`gateway.Gateway`, which
    imports this module for the posts it sends)."""

    @property
    def store(self) -> Store: ...
    @property
    def new_uow(self) -> Callable[[], UnitOfWork]: ...
    @property
    def hours(self) -> WorkingHours: ...
    @property
    def send_wake(self) -> asyncio.Event: ...
    @property
    def inbox_wake(self) -> asyncio.Event: ...
    @property
    def intake(self) -> Intake: ...


log = logging.getLogger("bot.channels.telegram")
CLOSED = {"SELESAI", "DITOLAK", "DIBATALKAN"}
_SCHEDULE = re.compile(
    r"^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/]\d{1,2}[-/]\d{4})\s+(\d{1,2})[:.](\d{2})\s+([^;]+?)"
    r"\s*(?:;\s*(?:bawa\s*:?\s*)?(.*?))?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class OfficerRef:
    id: int
    name: str


def gateway_of(context: ContextTypes.DEFAULT_TYPE) -> Gateway:
    return cast("Gateway", context.application.bot_data["gateway"])


def masked(text: str) -> str:
    return mask_text(text)


def render_post(detail: TicketDetail, acted: str | None) -> str:
    """The officer-chat post of a ticket: masked numbers, fields, warnings, status."""
    data = detail.to_dict()
    lines = [f"Tiket {detail.code} — {data['title']} (antrean {data['queue']})"]
    if data.get("canonical"):
        lines.append(masked(str(data["canonical"])))
    for name, value in data["fields"].items():
        lines.append(f"{LABELS.get(name, name)}: {masked(str(value))}")
    helper = data.get("helper") or {}
    if helper.get("helper_name"):
        lines.append(for_officers.SUBMITTED_BY_HELPER.format(name=helper["helper_name"]))
    for warning in data.get("warnings") or []:
        lines.append(f"Catatan: {masked(str(warning.get('message', '')))}")
    lines.append(f"Status: {detail.status}")
    if acted:
        lines.append(acted)
    return "\n".join(lines)


def keyboard_for(status: str, code: str) -> InlineKeyboardMarkup | None:
    if status in CLOSED:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(title, callback_data=f"{key}:{code}")] for key, title in BUTTONS]
    )


def parse_schedule(text: str, tz: Any) -> Appointment:
    """`2026-12-03 09:00 Kantor Disdukcapil loket 3; KK asli` (local time) → Appointment."""
    match = _SCHEDULE.match(text)
    if not match:
        raise InvalidInput([], f"Format jadwal belum benar. Contoh: {PROMPTS['j'][1]}")
    day, hour, minute, place, bring = match.groups()
    parts = re.split(r"[-/]", day)
    year, month, dd = (parts[0], parts[1], parts[2]) if len(parts[0]) == 4 else parts[::-1]
    try:
        at = datetime(int(year), int(month), int(dd), int(hour), int(minute), tzinfo=tz)
    except ValueError:
        raise InvalidInput([], f"Tanggal atau jam tidak ada. Contoh: {PROMPTS['j'][1]}") from None
    return Appointment(at, place.strip(), (bring or "").strip() or None)


def _find_officer(gw: Gateway, user_id: int) -> OfficerRef | None:
    with gw.new_uow() as uow:
        officer = uow.officers.by_telegram(user_id)
        if officer is None or not officer.active or officer.id is None:
            return None
        return OfficerRef(officer.id, officer.name)


async def _officer(gw: Gateway, update: Update) -> OfficerRef | None:
    user = update.effective_user
    return None if user is None else await asyncio.to_thread(_find_officer, gw, user.id)


async def _say(update: Update, text: str, **kwargs: Any) -> None:
    message = update.effective_message
    if message is not None:
        await attempt(lambda: message.reply_text(text, **kwargs))


async def refresh_post(
    gw: Gateway, context: ContextTypes.DEFAULT_TYPE, detail: TicketDetail, acted: str
) -> None:
    """Edit the ticket's post to show the status and who acted (best effort)."""
    where = await asyncio.to_thread(gw.store.post_of, detail.code)
    if where is None:
        return
    result = await attempt(
        lambda: context.bot.edit_message_text(
            render_post(detail, acted),
            chat_id=where[0],
            message_id=where[1],
            reply_markup=keyboard_for(detail.status, detail.code),
        )
    )
    if result.error:
        log.warning("post of %s not edited: %s", detail.code, result.error)


async def _act(gw: Gateway, who: OfficerRef, action: str, code: str, note: str) -> TicketDetail:
    actor = Actor.officer(who.id, "telegram")
    uow = gw.new_uow()
    if action == "a":
        return await asyncio.to_thread(services.claim, uow, code, actor)
    if action == "s":
        return await asyncio.to_thread(services.complete, uow, code, actor)
    if action == "f":
        return await asyncio.to_thread(services.ask_fix, uow, code, actor, note)
    if action == "t":
        return await asyncio.to_thread(services.reject, uow, code, actor, note)
    appointment = parse_schedule(note, gw.hours.tz)
    return await asyncio.to_thread(services.schedule, uow, code, actor, appointment, hours=gw.hours)


_DONE = {"a": "Diambil", "f": "Dimintakan perbaikan", "j": "Dijadwalkan", "s": "Diselesaikan"}


async def on_officer_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An officer pressed a button on a ticket post."""
    query = update.callback_query
    assert query is not None and query.data is not None
    await query.answer()
    gw = gateway_of(context)
    action, _, code = query.data.partition(":")
    who = await _officer(gw, update)
    if who is None:
        await _say(update, for_officers.NOT_AN_OFFICER)
    elif action in PROMPTS:
        await _ask(gw, update, who, action, code)
    else:
        await _apply(gw, update, context, who, action, code, "")
    await asyncio.to_thread(gw.store.mark_seen, update.update_id)


async def _ask(gw: Gateway, update: Update, who: OfficerRef, action: str, code: str) -> None:
    what, example = PROMPTS[action]
    text = (
        f"{who.name}, mohon tulis {what} untuk {code} sebagai balasan pesan ini. Contoh: {example}"
    )
    chat = update.effective_chat
    assert chat is not None and update.effective_user is not None
    result = await attempt(
        lambda: chat.send_message(text, reply_markup=ForceReply(input_field_placeholder=example))
    )
    if result.message is not None:
        prompt = Prompt(
            str(chat.id), result.message.message_id, action, code, update.effective_user.id
        )
        await asyncio.to_thread(gw.store.add_prompt, prompt)


async def _apply(
    gw: Gateway,
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    who: OfficerRef,
    action: str,
    code: str,
    note: str,
) -> bool:
    try:
        detail = await _act(gw, who, action, code, note)
    except QueueError as exc:
        await _say(update, str(exc))
        return False
    gw.send_wake.set()  # the resident's notification is in the outbox: send it now
    await refresh_post(gw, context, detail, f"{_DONE.get(action, 'Ditolak')} oleh {who.name}")
    return True


async def on_officer_reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An officer answered a prompt (note, date and place, or reason) with a reply."""
    message = update.effective_message
    gw = gateway_of(context)
    if message is None or message.reply_to_message is None or not message.text:
        return
    prompt = await asyncio.to_thread(
        gw.store.prompt_at, str(message.chat_id), message.reply_to_message.message_id
    )
    if prompt is None:
        return
    who = await _officer(gw, update)
    if who is None:
        await _say(update, for_officers.NOT_AN_OFFICER)
    elif update.effective_user is None or update.effective_user.id != prompt.user_id:
        await _say(update, for_officers.REPLY_AWAITED_FROM_PRESSER)
    elif await _apply(gw, update, context, who, prompt.action, prompt.code, message.text):
        await asyncio.to_thread(gw.store.drop_prompt, prompt)
        await _say(update, f"Tersimpan untuk {prompt.code}.")
    await asyncio.to_thread(gw.store.mark_seen, update.update_id)


def _waiting(gw: Gateway) -> str:
    tickets = services.list_tickets(gw.new_uow(), status="BARU")
    counts = {q: 0 for q in QUEUES}
    for ticket in tickets:
        counts[ticket.queue] = counts.get(ticket.queue, 0) + 1
    lines = [f"{queue}: {n} menunggu" for queue, n in counts.items()]
    return "Antrean tiket BARU:\n" + "\n".join(lines)


async def cmd_antrian(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/antrian: waiting (BARU) tickets per queue."""
    gw = gateway_of(context)
    if await _officer(gw, update) is None:
        await _say(update, for_officers.NOT_AN_OFFICER)
    else:
        await _say(update, await asyncio.to_thread(_waiting, gw))
    await asyncio.to_thread(gw.store.mark_seen, update.update_id)


async def cmd_berikut(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/berikut: the officer takes the oldest BARU ticket of their queues."""
    gw = gateway_of(context)
    who = await _officer(gw, update)
    if who is None:
        await _say(update, for_officers.NOT_AN_OFFICER)
    else:
        actor = Actor.officer(who.id, "telegram")
        try:
            detail = await asyncio.to_thread(services.next_ticket, gw.new_uow(), actor)
        except QueueError as exc:
            await _say(update, str(exc))
            detail = None
        else:
            if detail is None:
                await _say(update, for_officers.NO_NEW_TICKETS)
        if detail is not None:
            gw.send_wake.set()
            acted = f"Diambil oleh {who.name}"
            markup = keyboard_for(detail.status, detail.code)
            await _say(update, render_post(detail, acted), reply_markup=markup)
            await refresh_post(gw, context, detail, acted)
    await asyncio.to_thread(gw.store.mark_seen, update.update_id)
