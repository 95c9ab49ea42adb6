"""The queue's service layer: one short function per use case, each its own transaction.

Entry points (CLI, Rasa actions, Telegram, console) build an `Actor` and call these; they never
touch the domain or the session directly. Officers are always loaded from storage by the
actor's id, so a caller cannot hand in a more powerful officer than the one on record.
Residents asking about another chat's ticket get the same "not found" as for a wrong code.
Reads take an actor too (`show_ticket`, `list_tickets`): None is the system (operators on the
machine, the gateway's own posts); an officer reads only the queues they serve, and every
detail an officer is shown (NIK / No. KK in full) is recorded in `personal_data_views`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from bot.errors import (
    DuplicateRequest,
    IllegalTransition,
    InvalidInput,
    InvalidRequest,
    Issue,
    NotAllowed,
    OfficerNotFound,
    QueueError,
    TicketNotFound,
)
from bot.intake.parser import Verdict, parse, render
from bot.queue.access import authorise, readable_queues
from bot.queue.codes import new_code, normalise_code
from bot.queue.domain import (
    GENERAL_QUEUE,
    OPEN,
    Actor,
    ActorKind,
    Appointment,
    Officer,
    Status,
    Ticket,
    identity_key,
    utcnow,
)
from bot.queue.hours import WIB, WorkingHours
from bot.queue.persistence import Conflict, UnitOfWork
from bot.queue.reads import record_personal_data_view, select_tickets
from bot.queue.views import Amendment, BulkClaim, Receipt, StatusView, TicketDetail, TicketSummary
from bot.queue.worktime import check_appointment_time
from bot.reference.catalog import default_catalog
from bot.texts import for_residents

__all__ = [
    "AlreadyClaimed",
    "amend_by_resident",
    "answer_question",
    "ask_fix",
    "cancel_by_resident",
    "claim",
    "claim_many",
    "complete",
    "forward_question",
    "list_tickets",
    "next_ticket",
    "reject",
    "resident_correction",
    "schedule",
    "show_ticket",
    "status_for_chat",
    "submit_request",
]

log = logging.getLogger("bot.queue")
Action = Callable[[Ticket, "Officer | None", datetime], None]
SYSTEM_READER = Actor.system("operator", via="cli")


class AlreadyClaimed(IllegalTransition):
    """The officer claimed a ticket they already hold: nothing changed, and the message says so
    (not "taken by another officer")."""

    def __init__(self, code: str, status: str) -> None:
        super().__init__(
            code,
            status,
            "claim",
            f"Tiket {code} sudah Bapak/Ibu pegang (status {status}); tidak ada yang berubah.",
        )


def submit_request(
    uow: UnitOfWork,
    line: str,
    actor: Actor,
    *,
    chat: tuple[str, str] | None = None,
    helper: Mapping[str, str | None] | None = None,
    hours: WorkingHours | None = None,
    now: datetime | None = None,
) -> Receipt:
    """Parse a `#` line and queue it; refuses invalid lines and open duplicates."""
    now = now or utcnow()
    hours = hours or WorkingHours()
    verdict = parse(line, today=now.astimezone(hours.tz).date())
    if not verdict.ok or verdict.service is None:
        raise InvalidRequest(verdict.errors)
    service = verdict.service
    kwargs: dict[str, Any] = {
        "layanan": service.code,
        "title": service.title,
        "queue": service.queue,
        "fields": verdict.fields,
        "canonical": verdict.canonical,
        "warnings": [w.to_dict() for w in verdict.warnings],
    }
    return _open_ticket(uow, actor, chat, helper, hours, now, kwargs)


def forward_question(
    uow: UnitOfWork,
    question: str,
    actor: Actor,
    *,
    chat: tuple[str, str] | None = None,
    hours: WorkingHours | None = None,
    now: datetime | None = None,
) -> Receipt:
    """Hand a question the assistant cannot answer to a human, in the UMUM queue."""
    text = " ".join(question.split())
    if not 3 <= len(text) <= 1000:
        issue = Issue("pertanyaan", "panjang_salah", "Pertanyaan terlalu pendek atau panjang.")
        raise InvalidInput([issue])
    kwargs: dict[str, Any] = {
        "layanan": GENERAL_QUEUE,
        "title": "Pertanyaan",
        "queue": GENERAL_QUEUE,
        "fields": {"pertanyaan": text},
        "canonical": None,
        "warnings": [],
    }
    now = now or utcnow()
    return _open_ticket(uow, actor, chat, None, hours or WorkingHours(), now, kwargs)


def _open_ticket(
    uow: UnitOfWork,
    actor: Actor,
    chat: tuple[str, str] | None,
    helper: Mapping[str, str | None] | None,
    hours: WorkingHours,
    now: datetime,
    kwargs: dict[str, Any],
) -> Receipt:
    key = identity_key(str(kwargs["layanan"]), kwargs["fields"])
    for _attempt in range(3):
        try:
            ticket = _store_new(uow, actor, chat or actor.chat, helper, now, kwargs, key)
        except Conflict:  # a duplicate submitted at the same moment, or a code collision
            with uow:
                if key and (open_one := uow.tickets.open_with_key(key)) is not None:
                    raise _duplicate(open_one, chat or actor.chat) from None
            continue
        log.info("ticket %s created via %s", ticket.code, actor.via)
        text = for_residents.receipt(ticket.code, ticket.title, hours.expectation(now))
        return Receipt(ticket.code, ticket.layanan, "BARU", text, hours.is_open(now))
    raise RuntimeError("could not store the ticket after three attempts")


def _duplicate(open_one: Ticket, chat: tuple[str, str] | None) -> DuplicateRequest:
    """The open ticket's code only for the chat that owns it (privacy: no NIK look-ups)."""
    owned = chat is not None and (open_one.channel, open_one.chat_id) == (chat[0], str(chat[1]))
    return DuplicateRequest(open_one.code if owned else "")


def _store_new(
    uow: UnitOfWork,
    actor: Actor,
    chat: tuple[str, str] | None,
    helper: Mapping[str, str | None] | None,
    now: datetime,
    kwargs: dict[str, Any],
    key: str | None,
) -> Ticket:
    if chat is None:
        raise NotAllowed("submit", "Permohonan harus berasal dari satu percakapan (chat).")
    with uow:
        officer = _officer_of(uow, actor)
        if key and (open_one := uow.tickets.open_with_key(key)) is not None:
            raise _duplicate(open_one, chat)
        code = new_code(str(kwargs["queue"]))
        ticket = Ticket.open(
            actor, officer, code, now, channel=chat[0], chat_id=chat[1], helper=helper, **kwargs
        )
        uow.tickets.add(ticket)
        uow.commit()
        return ticket


# --- officer actions -----------------------------------------------------------------
def claim(uow: UnitOfWork, code: str, actor: Actor, *, now: datetime | None = None) -> TicketDetail:
    """Take a BARU ticket; the officer's own ticket raises AlreadyClaimed (a no-op)."""

    def step(ticket: Ticket, officer: Officer | None, at: datetime) -> None:
        authorise(actor, "claim", ticket, officer)
        held = officer is not None and ticket.assignee_id == officer.id
        if held and ticket.status in OPEN and ticket.status != Status.BARU:
            raise AlreadyClaimed(ticket.code, Status(ticket.status).value)
        ticket.claim(actor, officer, at)

    return _act(uow, code, actor, now, step)


def claim_many(
    uow: UnitOfWork, codes: list[str], actor: Actor, *, now: datetime | None = None
) -> BulkClaim:
    """Claim each ticket in its own transaction; report what changed and why the rest did not."""
    claimed: list[str] = []
    refused: list[tuple[str, str]] = []
    for code in dict.fromkeys(codes):
        try:
            claimed.append(claim(uow, code, actor, now=now).code)
        except QueueError as exc:
            refused.append((normalise_code(code), str(exc)))
    return BulkClaim(tuple(claimed), tuple(refused))


def ask_fix(
    uow: UnitOfWork, code: str, actor: Actor, note: str, *, now: datetime | None = None
) -> TicketDetail:
    return _act(uow, code, actor, now, lambda t, o, at: t.ask_fix(actor, o, note, at))


def schedule(
    uow: UnitOfWork,
    code: str,
    actor: Actor,
    appointment: Appointment,
    *,
    now: datetime | None = None,
    hours: WorkingHours | None = None,
) -> TicketDetail:
    """An appointment in office hours on a working day (no weekend, holiday or closed day)."""

    def step(ticket: Ticket, officer: Officer | None, at: datetime) -> None:
        ticket.check(actor, "schedule", officer)
        check_appointment_time(hours or WorkingHours(), appointment.at, at)
        ticket.schedule(actor, officer, appointment, at)

    return _act(uow, code, actor, now, step)


def complete(
    uow: UnitOfWork,
    code: str,
    actor: Actor,
    note: str | None = None,
    *,
    now: datetime | None = None,
) -> TicketDetail:
    return _act(uow, code, actor, now, lambda t, o, at: t.complete(actor, o, at, note))


def reject(
    uow: UnitOfWork, code: str, actor: Actor, reason: str, *, now: datetime | None = None
) -> TicketDetail:
    return _act(uow, code, actor, now, lambda t, o, at: t.reject(actor, o, reason, at))


def answer_question(
    uow: UnitOfWork, code: str, actor: Actor, answer: str, *, now: datetime | None = None
) -> TicketDetail:
    """Answer a forwarded question (UMUM): the text reaches the resident; the ticket is done."""
    text = " ".join((answer or "").split())

    def step(ticket: Ticket, officer: Officer | None, at: datetime) -> None:
        if ticket.queue != GENERAL_QUEUE:
            issue = Issue("jawaban", "bukan_pertanyaan", "Hanya tiket UMUM yang dijawab.")
            raise InvalidInput([issue], f"Tiket {ticket.code} bukan pertanyaan UMUM.")
        if len(text) < 3:
            issue = Issue(
                "jawaban", "kosong", "Mohon tulis jawabannya, contoh: Bisa, bawa KK asli."
            )
            raise InvalidInput([issue], "Jawaban wajib diisi.")
        ticket.complete(actor, officer, at, text)

    return _act(uow, code, actor, now, step)


def next_ticket(
    uow: UnitOfWork, actor: Actor, *, now: datetime | None = None
) -> TicketDetail | None:
    """Claim the oldest BARU ticket in the officer's queues (FIFO), or None when empty."""
    with uow:
        officer = _officer_of(uow, actor)
        authorise(actor, "claim", None, officer)
        assert officer is not None
        queues = None if officer.is_supervisor else officer.queues
        ticket = uow.tickets.next_open(queues)
        if ticket is None:
            return None
        ticket.claim(actor, officer, now or utcnow())
        detail = TicketDetail.of(ticket)
        uow.commit()
    log.info("ticket %s claimed by officer %s via %s", detail.code, actor.id, actor.via)
    return detail


def _act(
    uow: UnitOfWork, code: str, actor: Actor, now: datetime | None, action: Action
) -> TicketDetail:
    code = normalise_code(code)
    with uow:
        officer = _officer_of(uow, actor)
        ticket = uow.tickets.get(code, lock=True)
        if ticket is None:
            raise TicketNotFound(code)
        action(ticket, officer, now or utcnow())
        detail = TicketDetail.of(ticket)
        uow.commit()
    log.info(
        "ticket %s -> %s by %s %s via %s",
        code,
        detail.status,
        actor.kind.value,
        actor.id,
        actor.via,
    )
    return detail


def _officer_of(uow: UnitOfWork, actor: Actor) -> Officer | None:
    """The officer on record for an officer actor (None for other kinds; unknown → refused)."""
    if actor.kind != ActorKind.OFFICER:
        return None
    try:
        officer = uow.officers.get(int(actor.id))
    except ValueError:
        officer = None
    if officer is None:
        raise OfficerNotFound(actor.id)
    return officer


# --- resident and assistant actions ----------------------------------------------------
def cancel_by_resident(
    uow: UnitOfWork, code: str, actor: Actor, *, now: datetime | None = None
) -> StatusView:
    with uow:
        ticket = _own_ticket(uow, code, actor, "cancel")
        ticket.cancel(actor, now or utcnow())
        view = StatusView.of(ticket)
        uow.commit()
    return view


def resident_correction(
    uow: UnitOfWork,
    code: str,
    actor: Actor,
    changes: Mapping[str, str],
    *,
    now: datetime | None = None,
) -> StatusView:
    """Re-validate the corrected fields with the parser; back to DIPROSES, same officer."""
    now = now or utcnow()
    with uow:
        ticket = _own_ticket(uow, code, actor, "correct")
        ticket.check(actor, "correct", None)
        verdict, warnings = _checked_change(uow, ticket, actor, changes, now)
        ticket.correct(actor, verdict.fields, verdict.canonical, warnings, now)
        view = StatusView.of(ticket)
        uow.commit()
    return view


def amend_by_resident(
    uow: UnitOfWork,
    code: str,
    actor: Actor,
    changes: Mapping[str, str],
    *,
    now: datetime | None = None,
) -> Amendment:
    """The chat's own correction of a request it sent: applied (re-validated with the
    parser) while the ticket is BARU; once an officer has it, left for them as a note."""
    now = now or utcnow()
    with uow:
        ticket = _own_ticket(uow, code, actor, "amend")
        if ticket.status != Status.BARU:
            said = ", ".join(f"{k}: {v}" for k, v in sorted(changes.items()))
            ticket.resident_note(actor, "catatan_warga", f"Warga memperbaiki data: {said}", now)
            uow.commit()
            return Amendment(ticket.code, False, ticket.canonical)
        verdict, warnings = _checked_change(uow, ticket, actor, changes, now)
        ticket.amend(actor, verdict.fields, verdict.canonical, warnings, now)
        uow.commit()
        return Amendment(ticket.code, True, ticket.canonical)


def _checked_change(
    uow: UnitOfWork, ticket: Ticket, actor: Actor, changes: Mapping[str, str], now: datetime
) -> tuple[Verdict, list[dict[str, str]]]:
    """The ticket's fields with the changes, re-validated, and their warnings; a change
    that makes it another open request's duplicate is refused."""
    verdict = _revalidate(ticket, changes, now)
    key = identity_key(ticket.layanan, verdict.fields)
    other = uow.tickets.open_with_key(key) if key else None
    if other is not None and other.code != ticket.code:
        raise _duplicate(other, actor.chat)
    return verdict, [w.to_dict() for w in verdict.warnings]


def _revalidate(ticket: Ticket, changes: Mapping[str, str], now: datetime) -> Verdict:
    service = default_catalog()[ticket.layanan]
    unknown = sorted(set(changes) - set(service.field_names))
    if unknown:
        issues = [
            Issue(n, "bagian_tidak_dikenal", f"Bagian '{n}' tidak ada di {service.code}.")
            for n in unknown
        ]
        raise InvalidRequest(issues, "Perbaikan belum benar.")
    merged = {**ticket.fields, **{k: v for k, v in changes.items()}}
    verdict = parse(render(service, merged), today=now.astimezone(WIB).date())
    if not verdict.ok or verdict.layanan != ticket.layanan:
        raise InvalidRequest(verdict.errors, "Perbaikan belum benar.")
    return verdict


def _own_ticket(uow: UnitOfWork, code: str, actor: Actor, action: str) -> Ticket:
    """The chat's own ticket, locked; another chat's ticket is "not found", not "forbidden"."""
    code = normalise_code(code)
    ticket = uow.tickets.get(code, lock=True)
    if ticket is None or actor.chat != (ticket.channel, ticket.chat_id):
        raise TicketNotFound(code)
    authorise(actor, action, ticket, None)
    return ticket


# --- reading ---------------------------------------------------------------------------
def status_for_chat(uow: UnitOfWork, code: str, channel: str, chat_id: str) -> StatusView:
    code = normalise_code(code)
    with uow:
        ticket = uow.tickets.get(code)
        if ticket is None or (ticket.channel, ticket.chat_id) != (channel, str(chat_id)):
            raise TicketNotFound(code)
        return StatusView.of(ticket)


def list_tickets(
    uow: UnitOfWork,
    *,
    queue: str | None = None,
    status: str | None = None,
    actor: Actor | None = None,
) -> list[TicketSummary]:
    """Tickets oldest first, NIK / No. KK masked; an officer sees only the queues they serve."""
    actor = actor or SYSTEM_READER
    with uow:
        queues = readable_queues(actor, _officer_of(uow, actor), queue)
        return [TicketSummary.of(t) for t in select_tickets(uow.session, queues, status)]


def show_ticket(
    uow: UnitOfWork, code: str, actor: Actor | None = None, *, now: datetime | None = None
) -> TicketDetail:
    """One ticket in full; an officer must serve its queue, and the view is recorded."""
    actor = actor or SYSTEM_READER
    code = normalise_code(code)
    with uow:
        officer = _officer_of(uow, actor)
        ticket = uow.tickets.get(code)
        if ticket is None:
            raise TicketNotFound(code)
        authorise(actor, "show", ticket, officer)
        detail = TicketDetail.of(ticket)
        if officer is not None and officer.id is not None:
            record_personal_data_view(uow.session, officer.id, code, actor.via, now or utcnow())
            uow.commit()
        return detail


from bot.queue.admin import (  # noqa: E402  (re-exported: the operators' use cases)
    add_attachment,
    add_officer,
    anonymous_counts,
    due_notifications,
    enqueue_notification,
    list_officers,
    mark_failed,
    mark_sent,
    purge_closed,
    record_reveal,
)

__all__ += [
    "add_attachment",
    "record_reveal",
    "add_officer",
    "anonymous_counts",
    "due_notifications",
    "enqueue_notification",
    "list_officers",
    "mark_failed",
    "mark_sent",
    "purge_closed",
]
