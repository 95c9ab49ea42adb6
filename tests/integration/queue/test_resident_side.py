"""The resident's side after the handoff, on SQLite and PostgreSQL: the chat's own list, a
withdrawal before and after an officer takes the ticket, notes, and every refusal."""

from __future__ import annotations

from datetime import timedelta

import pytest
from queue_helpers import NOW, RESIDENT, ktp_line, officer_actor, submit

from bot.errors import NotAllowed, TicketNotFound
from bot.queue import resident, services
from bot.queue.domain import Actor
from bot.queue.persistence import UnitOfWork
from devtools.synthetic import make_kk, make_nik

STRANGER = Actor.resident("telegram", "2002")
HELPER = Actor.resident("telegram", "3003")


def second_line() -> str:
    return ktp_line(make_nik(serial=8801), make_kk(serial=8802))


def test_the_chat_lists_its_own_open_requests_newest_first(uow: UnitOfWork) -> None:
    first = submit(uow)
    second = submit(uow, second_line(), at=NOW + timedelta(minutes=3))
    listed = resident.my_requests(uow, RESIDENT)
    assert [r.code for r in listed] == [second, first]
    assert all(r.status == "BARU" and r.code in r.text for r in listed)


def test_another_chat_sees_none_of_them(uow: UnitOfWork) -> None:
    submit(uow)
    assert resident.my_requests(uow, STRANGER) == []


def test_a_helper_lists_what_its_chat_submitted_with_each_residents_name(uow: UnitOfWork) -> None:
    helper = {"helper_name": "petugas desa", "resident_name": "SITI AMINAH"}
    services.submit_request(uow, ktp_line(), HELPER, helper={**helper}, now=NOW)
    listed = resident.my_requests(uow, HELPER)
    assert [r.resident_name for r in listed] == ["SITI AMINAH"]


def test_a_withdrawal_before_an_officer_takes_it_cancels_it(uow: UnitOfWork) -> None:
    code = submit(uow)
    outcome = resident.withdraw(uow, code, RESIDENT, now=NOW + timedelta(minutes=1))
    assert outcome.cancelled
    detail = services.show_ticket(uow, code).to_dict()
    assert detail["status"] == "DIBATALKAN"
    assert detail["events"][-1]["actor_kind"] == "resident"
    assert resident.my_requests(uow, RESIDENT) == []


def test_a_withdrawal_after_an_officer_took_it_is_a_note_for_that_officer(uow: UnitOfWork) -> None:
    code = submit(uow)
    services.claim(uow, code, officer_actor(uow), now=NOW + timedelta(minutes=2))
    outcome = resident.withdraw(uow, code, RESIDENT, reason="sudah ketemu KTP-nya")
    assert not outcome.cancelled
    detail = services.show_ticket(uow, code).to_dict()
    assert detail["status"] == "DIPROSES"
    assert detail["events"][-1]["type"] == "ingin_batal"
    assert "sudah ketemu" in detail["events"][-1]["note"]


def test_a_reschedule_request_reaches_the_tickets_timeline(uow: UnitOfWork) -> None:
    code = submit(uow)
    text = "tidak bisa datang hari kamis, bisanya senin atau selasa"
    resident.leave_note(uow, code, RESIDENT, text, kind="minta_jadwal_ulang")
    last = services.show_ticket(uow, code).to_dict()["events"][-1]
    assert (last["type"], last["note"]) == ("minta_jadwal_ulang", text)


@pytest.mark.parametrize("action", ["withdraw", "note"])
def test_a_stranger_can_neither_withdraw_nor_leave_a_note(uow: UnitOfWork, action: str) -> None:
    code = submit(uow)
    with pytest.raises(TicketNotFound):
        if action == "withdraw":
            resident.withdraw(uow, code, STRANGER)
        else:
            resident.leave_note(uow, code, STRANGER, "halo petugas")
    assert services.show_ticket(uow, code).to_dict()["status"] == "BARU"


def test_a_closed_ticket_takes_no_withdrawal(uow: UnitOfWork) -> None:
    code = submit(uow)
    resident.withdraw(uow, code, RESIDENT)
    with pytest.raises(TicketNotFound):
        resident.withdraw(uow, code, RESIDENT)


def test_an_officer_cannot_list_a_chats_requests_as_that_chat(uow: UnitOfWork) -> None:
    with pytest.raises(NotAllowed):
        resident.my_requests(uow, officer_actor(uow))
