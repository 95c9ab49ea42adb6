from __future__ import annotations

import json
import random
from datetime import timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from queue_helpers import NOW, RESIDENT, appointment, ktp_line, officer_actor, random_line, submit
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from bot.channels import tables as channel_tables
from bot.channels.telegram import tables as telegram_tables
from bot.errors import (
    DuplicateRequest,
    IllegalTransition,
    InvalidInput,
    InvalidRequest,
    NotAllowed,
    OfficerNotFound,
    TicketNotFound,
)
from bot.queue import migrations, services, tables
from bot.queue.domain import Actor
from bot.queue.persistence import UnitOfWork
from devtools.synthetic import make_kk, make_nik


def test_the_migrated_schema_matches_the_tables(engine: Engine) -> None:
    assert migrations.current(engine) == "0004"
    every = [tables.metadata, channel_tables.metadata, telegram_tables.metadata]
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), every) == []


def test_a_ticket_goes_all_the_way_and_every_step_is_an_event(uow: UnitOfWork) -> None:
    officer = officer_actor(uow)
    code = submit(uow)
    services.claim(uow, code, officer, now=NOW + timedelta(minutes=5))
    services.ask_fix(uow, code, officer, "Nama belum sesuai KK.", now=NOW + timedelta(minutes=6))
    services.resident_correction(
        uow, code, RESIDENT, {"nama": "siti aminah putri"}, now=NOW + timedelta(minutes=9)
    )
    services.schedule(uow, code, officer, appointment(), now=NOW + timedelta(minutes=10))
    detail = services.complete(uow, code, officer, now=NOW + timedelta(days=7)).to_dict()
    assert detail["status"] == "SELESAI" and detail["assignee_id"] == int(officer.id)
    assert [e["type"] for e in detail["events"]] == [
        "created",
        "claimed",
        "fix_requested",
        "corrected",
        "scheduled",
        "completed",
    ]
    assert detail["events"][3]["data"] == {
        "old": {"nama": "SITI AMINAH"},
        "new": {"nama": "SITI AMINAH PUTRI"},
    }
    assert detail["canonical"].endswith("#SITI AMINAH PUTRI#BITUNG JAYA#CIKUPA#HILANG#")
    assert detail["first_action_at"] is not None and detail["closed_at"] is not None
    assert [m["kind"] for m in detail["outbox"]] == [
        "claimed",
        "fix_requested",
        "scheduled",
        "completed",
    ]


def test_a_correction_is_revalidated_by_the_parser(uow: UnitOfWork) -> None:
    officer = officer_actor(uow)
    code = submit(uow)
    services.claim(uow, code, officer)
    services.ask_fix(uow, code, officer, "Desa salah.")
    with pytest.raises(InvalidRequest) as caught:
        services.resident_correction(uow, code, RESIDENT, {"desa": "binong"})
    assert caught.value.errors[0].field == "desa"
    assert services.show_ticket(uow, code).status == "PERLU_PERBAIKAN"


def test_another_chat_cannot_correct_or_see_a_ticket(uow: UnitOfWork) -> None:
    code = submit(uow)
    stranger = Actor.resident("telegram", "666")
    with pytest.raises(TicketNotFound) as other:
        services.cancel_by_resident(uow, code, stranger)
    with pytest.raises(TicketNotFound) as unknown:
        services.status_for_chat(uow, "KTP-ZZZZZZ", "telegram", "666")
    assert str(other.value).replace(code, "X") == str(unknown.value).replace("KTP-ZZZZZZ", "X")
    with pytest.raises(TicketNotFound):
        services.status_for_chat(uow, code, "telegram", "666")
    assert (
        "menunggu diambil petugas"
        in services.status_for_chat(uow, code.lower(), "telegram", "1001").text
    )


def test_the_resident_cancels_a_baru_ticket(uow: UnitOfWork) -> None:
    code = submit(uow)
    assert services.cancel_by_resident(uow, code, RESIDENT).status == "DIBATALKAN"
    submit(uow)  # the duplicate guard is released once closed


def test_a_duplicate_from_the_same_chat_is_refused_with_the_open_code(uow: UnitOfWork) -> None:
    code = submit(uow)
    with pytest.raises(DuplicateRequest) as caught:
        submit(uow, ktp_line(), RESIDENT)
    assert caught.value.open_code == code and code in str(caught.value)


def test_a_duplicate_from_another_chat_is_refused_without_any_code(uow: UnitOfWork) -> None:
    code = submit(uow)
    with pytest.raises(DuplicateRequest) as caught:
        submit(uow, ktp_line(), Actor.resident("telegram", "2002"))
    assert caught.value.open_code == ""
    assert code not in str(caught.value) and "KTP-7QX4M2" in str(caught.value)  # the example


def test_a_kk_request_is_guarded_by_its_kk_number(uow: UnitOfWork) -> None:
    line = f"#KK#{make_kk()}#budi santoso#bitungjaya#cikupa"
    code = submit(uow, line)
    with pytest.raises(DuplicateRequest):
        submit(uow, line.replace("budi santoso", "budi"))
    assert submit(uow, ktp_line()) != code  # another service for the same family is fine


def test_an_invalid_line_is_not_queued(uow: UnitOfWork) -> None:
    with pytest.raises(InvalidRequest) as caught:
        submit(uow, ktp_line().replace("cikupa", "curug"))
    assert caught.value.errors and services.list_tickets(uow) == []


def test_the_receipt_is_honest_about_working_hours(uow: UnitOfWork) -> None:
    friday_evening = NOW + timedelta(days=3, hours=8, minutes=30)  # Friday 17.30 WIB
    receipt = services.submit_request(uow, ktp_line(), RESIDENT, now=friday_evening)
    assert not receipt.open_now
    assert "akan diproses pada hari kerja berikutnya, Senin 08.00 WIB" in receipt.text
    assert receipt.code in receipt.text


def test_next_ticket_is_fifo_within_the_officers_queues(uow: UnitOfWork) -> None:
    rng = random.Random(3)
    codes = [submit(uow, random_line(rng), at=NOW + timedelta(minutes=i)) for i in range(4)]
    kk = submit(uow, f"#KK#{make_kk()}#budi#bitungjaya#cikupa", at=NOW - timedelta(hours=1))
    officer = officer_actor(uow)
    taken = [services.next_ticket(uow, officer) for _ in range(5)]
    assert [t.code if t else None for t in taken] == [*codes, None]
    boss = officer_actor(uow, (), "supervisor")
    assert services.next_ticket(uow, boss).code == kk  # type: ignore[union-attr]


def test_the_assistant_and_the_system_can_never_take_officer_actions(uow: UnitOfWork) -> None:
    officer = officer_actor(uow)
    code = submit(uow)
    services.claim(uow, code, officer)
    for actor in (Actor.assistant("telegram", "1001"), Actor.system(), RESIDENT):
        with pytest.raises(NotAllowed):
            services.schedule(uow, code, actor, appointment())
        with pytest.raises(NotAllowed):
            services.reject(uow, code, actor, "x")
        with pytest.raises(NotAllowed):
            services.next_ticket(uow, actor)
    assert len(services.show_ticket(uow, code).to_dict()["events"]) == 2


def test_an_unknown_officer_id_is_refused(uow: UnitOfWork) -> None:
    code = submit(uow)
    with pytest.raises(OfficerNotFound):
        services.claim(uow, code, Actor.officer(99, "cli"))


def test_an_officer_of_another_queue_is_refused(uow: UnitOfWork) -> None:
    code = submit(uow)
    kk = officer_actor(uow, ("KK",))
    with pytest.raises(NotAllowed):
        services.claim(uow, code, kk)
    assert services.next_ticket(uow, kk) is None


def test_a_second_claim_is_refused(uow: UnitOfWork) -> None:
    code = submit(uow)
    first, second = officer_actor(uow), officer_actor(uow)
    services.claim(uow, code, first)
    with pytest.raises(IllegalTransition) as caught:
        services.claim(uow, code, second)
    assert "sudah diambil petugas lain" in str(caught.value)


def test_list_views_mask_numbers_and_show_prints_them_in_full(uow: UnitOfWork) -> None:
    nik, kk = make_nik(serial=9123), make_kk(serial=9456)
    code = submit(uow, ktp_line(nik, kk))
    [row] = [r.to_dict() for r in services.list_tickets(uow, queue="KTP", status="BARU")]
    assert row["nik"] == nik[:6] + "******" + nik[12:] and nik not in json.dumps(row)
    assert kk not in json.dumps(row)
    assert services.show_ticket(uow, code).to_dict()["fields"]["nik"] == nik


def test_purge_keeps_anonymous_counts_and_removes_personal_fields(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    officer = officer_actor(uow)
    old, fresh = submit(uow), submit(uow, ktp_line(make_nik(serial=9555)))
    sha = services.add_attachment(
        uow, old, RESIDENT, b"%PDF-1.4 synthetic", "application/pdf", tmp_path
    )
    services.reject(uow, old, officer, "Berkas tidak sesuai.", now=NOW + timedelta(hours=1))
    stored = tmp_path / "attachments" / old / f"{sha}.pdf"
    assert stored.exists()
    assert services.purge_closed(uow, NOW + timedelta(days=1), tmp_path) == 1
    assert services.purge_closed(uow, NOW + timedelta(days=1), tmp_path) == 0  # idempotent
    purged = services.show_ticket(uow, old).to_dict()
    assert purged["fields"] == {} and purged["canonical"] is None and purged["chat_id"] is None
    assert all(e["note"] is None for e in purged["events"]) and not stored.exists()
    assert services.show_ticket(uow, fresh).to_dict()["fields"]
    assert services.anonymous_counts(uow) == {"KTP/DITOLAK": 1, "KTP/BARU": 1}


def test_an_attachment_is_stored_with_its_hash_type_size_and_sender(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    code = submit(uow)
    with pytest.raises(InvalidInput):
        services.add_attachment(uow, code, RESIDENT, b"x", "application/x-msdownload", tmp_path)
    services.add_attachment(
        uow, code, Actor.assistant("telegram", "1001"), b"\x89PNG synthetic", "image/png", tmp_path
    )
    [att] = services.show_ticket(uow, code).to_dict()["attachments"]
    assert att["type"] == "image/png" and att["size"] == 14 and att["sender"] == "assistant"


def test_outbox_messages_are_deduplicated_and_delivered_once(
    uow: UnitOfWork, engine: Engine
) -> None:
    officer = officer_actor(uow)
    code = submit(uow)
    services.claim(uow, code, officer, now=NOW)
    assert services.enqueue_notification(
        uow, code, "reminder", "Pengingat jadwal.", "rem-1", now=NOW
    )
    assert not services.enqueue_notification(
        uow, code, "reminder", "Pengingat jadwal.", "rem-1", now=NOW
    )
    due = services.due_notifications(uow, now=NOW + timedelta(seconds=1))
    assert [m.kind for m in due] == ["claimed", "reminder"] and due[0].chat_id == "1001"
    services.mark_sent(uow, due[0].id, now=NOW)
    services.mark_failed(uow, due[1].id, "network down", now=NOW)
    assert [m.kind for m in services.due_notifications(uow, now=NOW + timedelta(seconds=1))] == []
    assert [m.kind for m in services.due_notifications(uow, now=NOW + timedelta(minutes=1))] == [
        "reminder"
    ]
    with engine.begin() as connection, pytest.raises(IntegrityError):
        row = connection.execute(select(tables.outbox).limit(1)).mappings().one()
        connection.execute(tables.outbox.insert().values({**row, "id": None}))


def test_officers_are_stored_with_queues_role_and_telegram_id(uow: UnitOfWork) -> None:
    services.add_officer(uow, "Rina", ["KTP", "KK"], "officer", 12345, password="rahasia-kantor")
    with pytest.raises(InvalidInput):
        services.add_officer(uow, "Dewi", ["KTP"], "officer", 12345)
    with pytest.raises(InvalidInput):
        services.add_officer(uow, "Dewi", ["XYZ"])
    [row] = [o.to_dict() for o in services.list_officers(uow)]
    assert (
        row["queues"] == ["KK", "KTP"]
        and row["telegram_user_id"] == 12345
        and row["status"] == "aktif"
    )
    with uow:
        stored = uow.officers.by_telegram(12345)
        assert stored is not None and stored.check_password("rahasia-kantor")


def test_a_question_goes_to_the_general_queue_and_is_answered(uow: UnitOfWork) -> None:
    code = services.forward_question(
        uow, "Apakah bisa cetak KTP di kecamatan?", RESIDENT, now=NOW
    ).code
    assert code.startswith("UMUM-")
    helper = officer_actor(uow, ("UMUM",))
    services.claim(uow, code, helper)
    done = services.complete(uow, code, helper, "Bisa, di kantor kecamatan Cikupa.")
    assert done.status == "SELESAI" and "kecamatan Cikupa" in done.to_dict()["outbox"][-1]["text"]


def test_events_are_one_per_change_in_the_database(uow: UnitOfWork, engine: Engine) -> None:
    officer = officer_actor(uow)
    code = submit(uow)
    services.claim(uow, code, officer)
    with pytest.raises(IllegalTransition):
        services.complete(uow, code, officer)
    with engine.connect() as connection:
        count = connection.execute(select(func.count()).select_from(tables.events)).scalar_one()
        seq = connection.execute(select(tables.tickets.c.seq)).scalar_one()
    assert count == seq == 2


def test_a_resident_amends_a_request_no_officer_has_yet_and_it_stays_new(uow: UnitOfWork) -> None:
    code = submit(uow)
    done = services.amend_by_resident(
        uow, code, RESIDENT, {"desa": "sukadamai"}, now=NOW + timedelta(minutes=2)
    )
    assert done.applied and done.canonical is not None
    assert done.canonical.endswith("#SITI AMINAH#SUKADAMAI#CIKUPA#HILANG#")
    detail = services.show_ticket(uow, code).to_dict()
    assert detail["status"] == "BARU" and detail["canonical"] == done.canonical
    assert detail["events"][-1]["type"] == "corrected"
    assert detail["events"][-1]["data"] == {
        "old": {"desa": "BITUNG JAYA"},
        "new": {"desa": "SUKADAMAI"},
    }


def test_an_amendment_after_an_officer_took_the_ticket_is_a_note_for_them(uow: UnitOfWork) -> None:
    officer = officer_actor(uow)
    code = submit(uow)
    services.claim(uow, code, officer)
    done = services.amend_by_resident(uow, code, RESIDENT, {"nama": "siti aminah putri"})
    assert not done.applied
    detail = services.show_ticket(uow, code).to_dict()
    assert detail["status"] == "DIPROSES" and "#SITI AMINAH#" in detail["canonical"]
    assert detail["events"][-1]["type"] == "catatan_warga"
    assert "SITI AMINAH PUTRI" in detail["events"][-1]["note"].upper()


def test_an_amendment_is_revalidated_and_only_the_own_chat_may_make_it(uow: UnitOfWork) -> None:
    code = submit(uow)
    with pytest.raises(InvalidRequest):
        services.amend_by_resident(uow, code, RESIDENT, {"desa": "binong"})
    with pytest.raises(TicketNotFound):
        services.amend_by_resident(uow, code, Actor.resident("telegram", "666"), {"nama": "x y"})
    assert (
        services.show_ticket(uow, code)
        .to_dict()["canonical"]
        .endswith("#BITUNG JAYA#CIKUPA#HILANG#")
    )
