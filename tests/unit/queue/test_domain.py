from __future__ import annotations

from dataclasses import replace

import pytest
from domain_helpers import (
    APPOINTMENT,
    ASSISTANT,
    FIELDS,
    NOW,
    RESIDENT,
    SYSTEM,
    later,
    new_ticket,
    officer,
)

from bot.errors import IllegalTransition, InvalidInput, NotAllowed
from bot.queue.domain import Actor, Appointment, Status, Ticket

OFFICER = officer(1)
ME = Actor.officer(1, "cli")


def claimed(ticket: Ticket) -> Ticket:
    ticket.claim(ME, OFFICER, later(1))
    return ticket


def fix_requested(ticket: Ticket) -> Ticket:
    claimed(ticket).ask_fix(ME, OFFICER, "Foto KK buram.", later(2))
    return ticket


def scheduled(ticket: Ticket) -> Ticket:
    claimed(ticket).schedule(ME, OFFICER, APPOINTMENT, later(2))
    return ticket


def test_a_new_ticket_is_baru_with_one_created_event(ticket: Ticket) -> None:
    assert ticket.status == Status.BARU and ticket.seq == 1
    [event] = ticket.events
    assert (event.type, event.actor_kind, event.via, event.to_status) == (
        "created",
        "resident",
        "telegram",
        "BARU",
    )
    assert ticket.created_at == ticket.last_activity_at == NOW and ticket.outbox == []


def test_an_officer_claims_a_baru_ticket_and_the_resident_is_told(ticket: Ticket) -> None:
    claimed(ticket)
    assert ticket.status == Status.DIPROSES and ticket.assignee_id == 1
    assert ticket.first_action_at == later(1)
    assert ticket.events[-1].from_status == "BARU"
    assert "sudah diambil petugas" in ticket.outbox[-1].text


def test_an_officer_asks_for_a_fix_with_a_note_that_reaches_the_resident(ticket: Ticket) -> None:
    fix_requested(ticket)
    assert ticket.status == Status.PERLU_PERBAIKAN
    assert "Foto KK buram." in ticket.outbox[-1].text and ticket.events[-1].note == "Foto KK buram."


def test_a_fix_request_needs_a_note(ticket: Ticket) -> None:
    claimed(ticket)
    with pytest.raises(InvalidInput):
        ticket.ask_fix(ME, OFFICER, "  ", later(2))
    assert ticket.status == Status.DIPROSES and ticket.seq == 2


def test_a_correction_returns_the_ticket_to_diproses_with_the_same_officer(ticket: Ticket) -> None:
    fix_requested(ticket)
    new = {**FIELDS, "nama": "SITI AMINAH PUTRI"}
    ticket.correct(RESIDENT, new, "#KTP#…#", [], later(3))
    assert ticket.status == Status.DIPROSES and ticket.assignee_id == 1
    assert ticket.events[-1].data == {
        "old": {"nama": "SITI AMINAH"},
        "new": {"nama": "SITI AMINAH PUTRI"},
    }


def test_scheduling_records_when_where_and_what_to_bring(ticket: Ticket) -> None:
    scheduled(ticket)
    assert ticket.status == Status.DIJADWALKAN and ticket.scheduled_at == later(2)
    text = ticket.outbox[-1].text
    assert "Kantor Disdukcapil, loket 3" in text and "KK asli" in text and "pukul 09.00 WIB" in text


def test_a_schedule_in_the_past_is_refused(ticket: Ticket) -> None:
    claimed(ticket)
    with pytest.raises(InvalidInput):
        ticket.schedule(ME, OFFICER, replace(APPOINTMENT, at=NOW), later(2))
    assert ticket.status == Status.DIPROSES


def test_a_scheduled_ticket_is_completed_and_closed(ticket: Ticket) -> None:
    scheduled(ticket).complete(ME, OFFICER, later(4))
    assert ticket.status == Status.SELESAI and ticket.closed_at == later(4)
    assert ticket.open_key is None and "sudah selesai" in ticket.outbox[-1].text


@pytest.mark.parametrize("prepare", [lambda t: t, claimed, fix_requested, scheduled])
def test_an_officer_can_reject_an_open_ticket_with_a_reason(prepare, ticket: Ticket) -> None:  # type: ignore[no-untyped-def]
    prepare(ticket)
    ticket.reject(ME, OFFICER, "NIK terdaftar di kabupaten lain.", later(5))
    assert ticket.status == Status.DITOLAK and ticket.closed_at == later(5)
    assert "NIK terdaftar di kabupaten lain." in ticket.outbox[-1].text


def test_a_rejection_needs_a_reason(ticket: Ticket) -> None:
    with pytest.raises(InvalidInput):
        ticket.reject(ME, OFFICER, "", later(1))
    assert ticket.status == Status.BARU and ticket.seq == 1


def test_the_resident_can_cancel_while_baru(ticket: Ticket) -> None:
    ticket.cancel(RESIDENT, later(1))
    assert ticket.status == Status.DIBATALKAN and ticket.closed_at == later(1)


def test_the_resident_cannot_cancel_once_an_officer_took_it(ticket: Ticket) -> None:
    claimed(ticket)
    with pytest.raises(IllegalTransition) as caught:
        ticket.cancel(RESIDENT, later(2))
    assert "DIPROSES" in str(caught.value) and ticket.status == Status.DIPROSES


ILLEGAL = [
    ("BARU", "ask_fix"),
    ("BARU", "schedule"),
    ("BARU", "complete"),
    ("DIPROSES", "claim"),
    ("DIPROSES", "complete"),
    ("PERLU_PERBAIKAN", "schedule"),
    ("PERLU_PERBAIKAN", "complete"),
    ("DIJADWALKAN", "ask_fix"),
    ("DIJADWALKAN", "schedule"),
    ("SELESAI", "reject"),
    ("SELESAI", "claim"),
]
PREPARE = {
    "BARU": lambda t: t,
    "DIPROSES": claimed,
    "PERLU_PERBAIKAN": fix_requested,
    "DIJADWALKAN": scheduled,
}


def _do(ticket: Ticket, action: str, actor: Actor = ME) -> None:
    o = OFFICER if actor.kind == "officer" else None
    {
        "claim": lambda: ticket.claim(actor, o, later(9)),
        "ask_fix": lambda: ticket.ask_fix(actor, o, "catatan", later(9)),
        "schedule": lambda: ticket.schedule(actor, o, APPOINTMENT, later(9)),
        "complete": lambda: ticket.complete(actor, o, later(9)),
        "reject": lambda: ticket.reject(actor, o, "alasan", later(9)),
    }[action]()


@pytest.mark.parametrize(("status", "action"), ILLEGAL)
def test_an_illegal_transition_raises_in_indonesian_and_changes_nothing(
    status: str, action: str
) -> None:
    ticket = new_ticket()
    if status == "SELESAI":
        scheduled(ticket).complete(ME, OFFICER, later(3))
    else:
        PREPARE[status](ticket)
    before = (
        ticket.status,
        ticket.seq,
        len(ticket.events),
        len(ticket.outbox),
        ticket.last_activity_at,
    )
    with pytest.raises(IllegalTransition) as caught:
        _do(ticket, action)
    assert "tidak dapat" in str(caught.value) or "sudah diambil" in str(caught.value)
    assert (
        ticket.status,
        ticket.seq,
        len(ticket.events),
        len(ticket.outbox),
        ticket.last_activity_at,
    ) == before


@pytest.mark.parametrize("action", ["claim", "ask_fix", "schedule", "complete", "reject"])
@pytest.mark.parametrize(
    "actor", [ASSISTANT, RESIDENT, SYSTEM], ids=["assistant", "resident", "system"]
)
def test_no_one_but_an_officer_may_take_an_officer_action(action: str, actor: Actor) -> None:
    ticket = new_ticket()
    if action in ("schedule", "ask_fix"):
        claimed(ticket)
    if action == "complete":
        scheduled(ticket)
    before = (ticket.status, ticket.seq)
    with pytest.raises(NotAllowed) as caught:
        _do(ticket, action, actor)
    assert "hanya petugas" in str(caught.value)
    assert (ticket.status, ticket.seq) == before


def test_an_assistant_cannot_schedule_a_ticket(ticket: Ticket) -> None:
    claimed(ticket)
    with pytest.raises(NotAllowed):
        ticket.schedule(ASSISTANT, OFFICER, APPOINTMENT, later(2))  # even handed an officer record
    assert ticket.status == Status.DIPROSES


def test_an_officer_actor_without_a_record_on_file_is_refused(ticket: Ticket) -> None:
    with pytest.raises(NotAllowed):
        ticket.claim(ME, None, later(1))


def test_an_officer_cannot_act_on_a_queue_they_do_not_serve(ticket: Ticket) -> None:
    kk_officer = officer(2, ("KK",))
    with pytest.raises(NotAllowed) as caught:
        ticket.claim(Actor.officer(2, "cli"), kk_officer, later(1))
    assert "tidak melayani antrean KTP" in str(caught.value)


def test_an_inactive_officer_is_refused(ticket: Ticket) -> None:
    gone = officer(1)
    gone.active = False
    with pytest.raises(NotAllowed):
        ticket.claim(ME, gone, later(1))


def test_an_officer_record_must_match_the_actor_id(ticket: Ticket) -> None:
    with pytest.raises(NotAllowed):
        ticket.claim(Actor.officer(7, "cli"), officer(1, role="admin"), later(1))


def test_another_officer_cannot_schedule_a_ticket_taken_by_a_colleague(ticket: Ticket) -> None:
    claimed(ticket)
    with pytest.raises(NotAllowed):
        ticket.schedule(Actor.officer(2, "cli"), officer(2), APPOINTMENT, later(2))


def test_a_supervisor_may_act_on_any_queue_and_any_ticket(ticket: Ticket) -> None:
    claimed(ticket)
    boss = officer(9, (), "supervisor")
    ticket.schedule(Actor.officer(9, "console"), boss, APPOINTMENT, later(2))
    assert ticket.status == Status.DIJADWALKAN and ticket.events[-1].via == "console"


def test_the_assistant_may_relay_a_correction_but_not_cancel(ticket: Ticket) -> None:
    with pytest.raises(NotAllowed):
        ticket.cancel(ASSISTANT, later(1))
    fix_requested(ticket)
    ticket.correct(ASSISTANT, FIELDS, None, [], later(3))
    assert ticket.status == Status.DIPROSES and ticket.events[-1].actor_kind == "assistant"


def test_another_chat_cannot_cancel_or_correct(ticket: Ticket) -> None:
    stranger = Actor.resident("telegram", "666")
    with pytest.raises(NotAllowed):
        ticket.cancel(stranger, later(1))


def test_every_change_writes_exactly_one_event_and_bumps_seq(ticket: Ticket) -> None:
    scheduled(ticket).complete(ME, OFFICER, later(5))
    assert [e.seq for e in ticket.events] == [1, 2, 3, 4] == list(range(1, ticket.seq + 1))
    assert [e.type for e in ticket.events] == ["created", "claimed", "scheduled", "completed"]
    assert len({m.dedup_key for m in ticket.outbox}) == len(ticket.outbox) == 3


def test_purge_erases_personal_data_of_a_closed_ticket_only(ticket: Ticket) -> None:
    with pytest.raises(IllegalTransition):
        ticket.purge(SYSTEM, later(1))
    fix_requested(ticket)
    ticket.reject(ME, OFFICER, "Data tidak lengkap.", later(3))
    with pytest.raises(NotAllowed):
        ticket.purge(ASSISTANT, later(4))
    ticket.purge(SYSTEM, later(4))
    assert ticket.fields == {} and ticket.canonical is None and ticket.chat_id is None
    assert all(e.note is None for e in ticket.events[:-1]) and ticket.events[-1].type == "purged"
    assert all(m.text == "" for m in ticket.outbox) and ticket.status == Status.DITOLAK


def test_an_outbox_message_backs_off_and_gives_up(ticket: Ticket) -> None:
    claimed(ticket)
    message = ticket.outbox[0]
    message.mark_failed("timeout", later(2))
    assert message.state == "pending" and message.next_attempt_at is not None
    for _ in range(7):
        message.mark_failed("timeout", later(2))
    assert message.state == "failed" and message.attempts == 8


def test_an_officer_password_is_stored_as_an_argon2_hash() -> None:
    o = officer(1)
    o.set_password("rahasia-kantor")
    assert o.password_hash is not None and o.password_hash.startswith("$argon2")
    assert o.check_password("rahasia-kantor") and not o.check_password("salah")


def test_an_appointment_keeps_its_parts() -> None:
    assert Appointment(NOW, "Loket 1").bring is None
