"""Officer actions from the console: the same services as the CLI and Telegram."""

from __future__ import annotations

from datetime import date, timedelta

from bot.queue import services
from bot.queue.domain import Actor
from bot.queue.hours import WIB
from bot.queue.persistence import UnitOfWork
from tests.web.web_helpers import Officer, add_officer, kk_line, ktp_line, submit


def _next_weekday(weekday: int, after: date | None = None) -> date:
    day = (after or date.today()) + timedelta(days=1)
    while day.weekday() != weekday:
        day += timedelta(days=1)
    return day


def _working_day() -> date:
    day = _next_weekday(1)  # a Tuesday
    from bot.queue.hours import WorkingHours

    while not WorkingHours().is_working_day(day):
        day = _next_weekday(1, day)
    return day


def _events(uow: UnitOfWork, code: str) -> list[str]:
    return [e["type"] for e in services.show_ticket(uow, code).to_dict()["events"]]


def test_claim_then_schedule_and_the_residents_notice_waits_in_the_outbox(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "rina.w", ["KTP"])
    code = submit(uow, ktp_line())
    officer_client.log_in("rina.w")
    claimed = officer_client.post(f"/tiket/{code}/ambil", page=f"/tiket/{code}")
    assert claimed.status_code == 303 and claimed.headers["location"] == f"/tiket/{code}"
    assert "Tiket sudah Bapak/Ibu ambil." in officer_client.message(claimed)
    day = _working_day()
    form = {"tanggal": day.isoformat(), "jam": "09:30", "tempat": "Loket 3", "bawa": "KK asli"}
    scheduled = officer_client.post(f"/tiket/{code}/jadwal", form, page=f"/tiket/{code}")
    assert "Jadwal sudah dikirim ke pemohon." in officer_client.message(scheduled)
    detail = services.show_ticket(uow, code).to_dict()
    assert detail["status"] == "DIJADWALKAN"
    assert detail["appointment"]["at"].startswith(f"{day.isoformat()}T02:30")  # 09.30 WIB
    assert [e["via"] for e in detail["events"][1:]] == ["web", "web"]
    assert [(m["kind"], m["state"]) for m in detail["outbox"]] == [
        ("claimed", "pending"),
        ("scheduled", "pending"),
    ]


def test_claiming_a_ticket_you_already_hold_is_a_no_op_that_says_so(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "rina.w", ["KTP"])
    code = submit(uow, ktp_line())
    officer_client.log_in("rina.w")
    officer_client.post(f"/tiket/{code}/ambil")
    again = officer_client.post(f"/tiket/{code}/ambil")
    page = officer_client.message(again)
    assert "sudah Bapak/Ibu pegang" in page and "petugas lain" not in page
    assert _events(uow, code) == ["created", "claimed"]


def test_a_ticket_held_by_another_officer_is_refused_with_that_reason(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "rina.w", ["KTP"])
    other = add_officer(uow, "budi.s", ["KTP"])
    code = submit(uow, ktp_line())
    services.claim(uow, code, Actor.officer(other, "cli"))
    officer_client.log_in("rina.w")
    page = officer_client.message(officer_client.post(f"/tiket/{code}/ambil"))
    assert "sudah diambil petugas lain" in page


def test_a_schedule_on_a_weekend_a_holiday_in_the_past_or_after_hours_is_refused(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "rina.w", ["KTP"])
    code = submit(uow, ktp_line())
    officer_client.log_in("rina.w")
    officer_client.post(f"/tiket/{code}/ambil")
    cases = {
        _next_weekday(5).isoformat(): ("09:00", "kantor tutup"),  # Saturday
        "2027-08-17": ("09:00", "hari libur"),  # Hari Kemerdekaan
        "2020-01-07": ("09:00", "sudah lewat"),
        _working_day().isoformat(): ("17:30", "di luar jam layanan"),
        "": ("", "Isi tanggal dan jam"),
    }
    for day, (at, reason) in cases.items():
        form = {"tanggal": day, "jam": at, "tempat": "Loket 3"}
        response = officer_client.post(f"/tiket/{code}/jadwal", form)
        assert reason in officer_client.message(response), day
    assert services.show_ticket(uow, code).status == "DIPROSES"


def test_closed_days_from_the_settings_are_refused_too(uow: UnitOfWork) -> None:
    from datetime import datetime, time

    import pytest

    from bot.errors import InvalidInput
    from bot.queue.domain import Appointment
    from bot.queue.hours import WorkingHours

    officer = Actor.officer(add_officer(uow, "rina.w", ["KTP"]), "web")
    code = submit(uow, ktp_line())
    services.claim(uow, code, officer)
    day = _working_day()
    hours = WorkingHours.from_text(closed=[day.isoformat()])
    at = Appointment(datetime.combine(day, time(9), tzinfo=WIB), "Loket 3")
    with pytest.raises(InvalidInput, match="hari libur atau kantor tutup"):
        services.schedule(uow, code, officer, at, hours=hours)


def test_ask_for_a_fix_then_done_with_a_message_then_reject_another(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    me = add_officer(uow, "rina.w", ["KTP"])
    code = submit(uow, ktp_line())
    other = submit(uow, ktp_line(), chat="2")
    officer_client.log_in("rina.w")
    officer_client.post(f"/tiket/{code}/ambil")
    empty = officer_client.post(f"/tiket/{code}/perbaikan", {"catatan": " "})
    assert "Mohon isi catatan perbaikan" in officer_client.message(empty)
    fix = officer_client.post(f"/tiket/{code}/perbaikan", {"catatan": "Foto KK buram."})
    assert "Permintaan perbaikan sudah dikirim" in officer_client.message(fix)
    services.resident_correction(
        uow, code, Actor.resident("telegram", "1001"), {"nama": "siti aminah putri"}
    )
    from datetime import datetime, time

    from bot.queue.domain import Appointment

    at = datetime.combine(_working_day(), time(10), tzinfo=WIB)
    services.schedule(uow, code, Actor.officer(me, "cli"), Appointment(at, "Loket 3"))
    done = officer_client.post(
        f"/tiket/{code}/selesai", {"pesan": "KTP-el dapat diambil di loket 2."}
    )
    assert "Tiket selesai" in officer_client.message(done)
    detail = services.show_ticket(uow, code).to_dict()
    assert detail["status"] == "SELESAI" and "loket 2" in detail["outbox"][-1]["text"]
    no_reason = officer_client.post(f"/tiket/{other}/tolak", {"alasan": ""})
    assert "Mohon isi alasan penolakan" in officer_client.message(no_reason)
    officer_client.post(f"/tiket/{other}/tolak", {"alasan": "NIK luar daerah."})
    assert services.show_ticket(uow, other).status == "DITOLAK"


def test_an_answer_to_a_umum_question_reaches_the_resident(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "umum.u", ["UMUM"])
    code = services.forward_question(
        uow, "boleh diwakilkan keluarga?", Actor.assistant("telegram", "77")
    ).code
    officer_client.log_in("umum.u")
    officer_client.post(f"/tiket/{code}/ambil")
    page = officer_client.get(f"/tiket/{code}").text
    assert "Kirim jawaban" in page and "Jadwalkan" not in page
    sent = officer_client.post(
        f"/tiket/{code}/jawab", {"jawaban": "Bisa, dengan surat kuasa dan KK asli."}
    )
    assert "Jawaban sudah dikirim" in officer_client.message(sent)
    detail = services.show_ticket(uow, code).to_dict()
    assert detail["status"] == "SELESAI"
    assert detail["outbox"][-1]["text"].count("surat kuasa") == 1


def test_bulk_claim_reports_what_changed_and_what_did_not(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "rina.w", ["KTP"])
    other = add_officer(uow, "budi.s", ["KTP"])
    first = submit(uow, ktp_line())
    second = submit(uow, ktp_line(), chat="2")
    taken = submit(uow, ktp_line(), chat="3")
    kk = submit(uow, kk_line(), chat="4")
    services.claim(uow, taken, Actor.officer(other, "cli"))
    officer_client.log_in("rina.w")
    response = officer_client.post(
        "/antrean/ambil", {"pilih": [first, second, taken, kk], "kembali": "/antrean?tab=saya"}
    )
    assert response.headers["location"] == "/antrean?tab=saya"
    page = officer_client.message(response)
    assert f"Diambil: {first}, {second}." in page
    assert f"{taken}: Tiket {taken} sudah diambil petugas lain" in page
    assert f"{kk}: Petugas" in page and "tidak melayani antrean KK" in page
    assert services.show_ticket(uow, kk).status == "BARU"


def test_a_post_without_the_csrf_token_or_from_another_site_changes_nothing(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    add_officer(uow, "rina.w", ["KTP"])
    code = submit(uow, ktp_line())
    officer_client.log_in("rina.w")
    bare = officer_client.client.post(f"/tiket/{code}/ambil", data={})
    wrong = officer_client.client.post(f"/tiket/{code}/ambil", data={"csrf": "tebakan"})
    token = officer_client.csrf("/antrean")
    foreign = officer_client.client.post(
        f"/tiket/{code}/ambil", data={"csrf": token}, headers={"Origin": "https://evil.example"}
    )
    assert bare.status_code == wrong.status_code == foreign.status_code == 403
    assert services.show_ticket(uow, code).status == "BARU"
    by_header = officer_client.client.post(f"/tiket/{code}/ambil", headers={"X-CSRF-Token": token})
    assert by_header.status_code == 303 and services.show_ticket(uow, code).status == "DIPROSES"


def test_the_console_and_the_cli_share_the_claim_rule(
    uow: UnitOfWork, officer_client: Officer
) -> None:
    me = add_officer(uow, "rina.w", ["KTP"])
    code = submit(uow, ktp_line())
    services.claim(uow, code, Actor.officer(me, "cli"))
    import pytest

    with pytest.raises(services.AlreadyClaimed):
        services.claim(uow, code, Actor.officer(me, "telegram"))
