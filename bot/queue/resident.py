"""The resident's side of an open request, after the handoff: the chat's own list, a
withdrawal, and notes for the officer (a message, a wish to cancel, a request for a new time).

Every function acts for one chat (`actor.chat`) and only on that chat's tickets; another chat's
ticket is "not found", never "forbidden", so codes cannot be probed. The assistant never
decides: a withdrawal is a cancellation only while no officer has the ticket (`domain`'s rule);
afterwards it becomes a note for that officer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.errors import TicketNotFound
from bot.queue.access import authorise
from bot.queue.codes import normalise_code
from bot.queue.domain import OPEN, Actor, Status, Ticket, utcnow
from bot.queue.persistence import UnitOfWork
from bot.queue.views import StatusView

__all__ = ["OwnRequest", "Withdrawal", "leave_note", "my_requests", "withdraw"]


@dataclass(frozen=True)
class OwnRequest:
    """One open request of the chat, as the resident (or their helper) may see it."""

    code: str
    title: str
    status: str
    text: str  # the status in plain words, with the appointment or the fix asked for
    resident_name: str | None  # a helper's resident
    layanan: str = ""
    fields: dict[str, str] = field(default_factory=dict)  # the chat's own data, for corrections


@dataclass(frozen=True)
class Withdrawal:
    code: str
    cancelled: bool  # False: an officer has it; the wish became a note for them


def my_requests(uow: UnitOfWork, actor: Actor) -> list[OwnRequest]:
    """The chat's open requests, newest first."""
    authorise(actor, "own_list", None, None)
    assert actor.chat is not None
    channel, chat_id = actor.chat
    with uow:
        return [
            OwnRequest(
                t.code,
                t.title,
                t.status.value,
                StatusView.of(t).text,
                t.resident_name,
                t.layanan,
                dict(t.fields),
            )
            for t in uow.tickets.for_chat(channel, chat_id)
        ]


def withdraw(
    uow: UnitOfWork, code: str, actor: Actor, *, reason: str = "", now: datetime | None = None
) -> Withdrawal:
    """Cancel the chat's own BARU ticket; once an officer has it, leave the wish as a note."""
    now = now or utcnow()
    with uow:
        ticket = _own_open(uow, code, actor)
        if ticket.status == Status.BARU:
            ticket.cancel(actor, now, note=reason or None)
            cancelled = True
        else:
            note = "Warga ingin membatalkan permohonan." + (f" {reason}" if reason else "")
            ticket.resident_note(actor, "ingin_batal", note, now)
            cancelled = False
        uow.commit()
    return Withdrawal(ticket.code, cancelled)


def leave_note(
    uow: UnitOfWork,
    code: str,
    actor: Actor,
    text: str,
    *,
    kind: str = "catatan_warga",
    now: datetime | None = None,
) -> str:
    """Add the resident's message to their open ticket for its officer; the ticket's code."""
    with uow:
        ticket = _own_open(uow, code, actor)
        ticket.resident_note(actor, kind, text, now or utcnow())
        uow.commit()
        return ticket.code


def _own_open(uow: UnitOfWork, code: str, actor: Actor) -> Ticket:
    code = normalise_code(code)
    ticket = uow.tickets.get(code, lock=True)
    if (
        ticket is None
        or actor.chat != (ticket.channel, ticket.chat_id)
        or ticket.status not in OPEN
    ):
        raise TicketNotFound(code)
    return ticket
