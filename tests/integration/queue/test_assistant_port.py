"""The assistant's door to the queue, on SQLite and PostgreSQL: it opens tickets, relays a
resident's fix, answers status only to the chat that made the ticket, and decides nothing."""

from __future__ import annotations

from actions.queue_port import AssistantPort
from bot.intake.parser import parse
from bot.queue import services
from bot.queue.domain import Actor
from bot.queue.persistence import UnitOfWork
from devtools.synthetic import make_kk, make_nik

NIK = make_nik(female=True, serial=9401)
KK = make_kk(serial=9402)
LINE = f"#KTP#{NIK}#{KK}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#"


def code_of(messages: list[str]) -> str:
    return next(w.rstrip(".,") for m in messages for w in m.split() if w.startswith("KTP-"))


def test_a_confirmed_request_becomes_a_baru_ticket_of_that_chat(uow: UnitOfWork) -> None:
    port = AssistantPort(uow)
    code = code_of(port.submit(parse(LINE), "telegram:77", None))
    detail = services.show_ticket(uow, code)
    assert (detail.status, detail.to_dict()["canonical"]) == ("BARU", LINE)
    assert "BARU" in port.status(code, "telegram:77") or code in port.status(code, "telegram:77")


def test_another_chat_gets_the_same_answer_as_for_an_unknown_code(uow: UnitOfWork) -> None:
    port = AssistantPort(uow)
    code = code_of(port.submit(parse(LINE), "telegram:77", None))
    foreign = port.status(code, "telegram:78").replace(code, "<kode>")
    unknown = port.status("KTP-ZZZZZZ", "telegram:78").replace("KTP-ZZZZZZ", "<kode>")
    assert foreign == unknown


def test_the_same_request_again_while_open_is_not_queued_twice(uow: UnitOfWork) -> None:
    port = AssistantPort(uow)
    code = code_of(port.submit(parse(LINE), "telegram:77", None))
    again = port.submit(parse(LINE), "telegram:77", None)
    assert code in again[0] and "masih diproses" in again[0]
    assert len(services.list_tickets(uow)) == 1


def test_a_resubmission_after_an_officer_asked_for_a_fix_is_that_fix(uow: UnitOfWork) -> None:
    port = AssistantPort(uow)
    code = code_of(port.submit(parse(LINE), "telegram:77", None))
    officer = services.add_officer(uow, "Rina Wulandari", ["KTP"], "officer")
    actor = Actor.officer(officer.id, "cli")
    services.claim(uow, code, actor)
    services.ask_fix(uow, code, actor, "Desa salah, mohon cek KK.")
    fixed = LINE.replace("BITUNG JAYA", "SUKADAMAI")
    replies = port.submit(parse(fixed), "telegram:77", None)
    assert "Perbaikan permohonan" in replies[0]
    detail = services.show_ticket(uow, code).to_dict()
    assert (detail["status"], detail["fields"]["desa"]) == ("DIPROSES", "SUKADAMAI")
    assert detail["assignee_id"] == officer.id


def test_a_forwarded_question_opens_a_general_ticket(uow: UnitOfWork) -> None:
    reply = AssistantPort(uow).forward(["Warga: bagaimana akta kematian?"], "telegram:77")
    assert "UMUM-" in reply
    assert services.list_tickets(uow)[0].to_dict()["layanan"] == "UMUM"
