"""The gateway's handlers against a fake Bot API behind httpx.MockTransport (no sockets)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from bot.channels.telegram.officers import parse_schedule
from bot.intake.identity import mask
from bot.queue import services
from bot.queue.config import make_session_factory
from bot.queue.domain import Actor
from bot.queue.hours import WIB, WorkingHours
from bot.queue.persistence import UnitOfWork
from bot.texts import for_officers, for_residents
from devtools.fake_telegram import FakeBotAPI
from devtools.synthetic import make_kk, make_nik
from tests.telegram.tg_helpers import (
    OFFICER_CHAT,
    OFFICER_USER,
    StubRasa,
    feed,
    make_gateway,
    register_officer,
    run_with_app,
    submit_ticket,
)

CHAT = 4242
NIK, KK = make_nik(female=True, serial=9301), make_kk(serial=9302)
LINE = f"#KTP#{NIK}#{KK}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#"


def _uow(engine: Engine) -> UnitOfWork:
    return UnitOfWork(make_session_factory(engine))


def test_a_resident_text_goes_to_rasa_and_the_answer_quotes_it_with_buttons(
    engine: Engine, tmp_path: Path
) -> None:
    api, rasa = FakeBotAPI(), StubRasa()
    gw = make_gateway(engine, tmp_path, rasa)

    async def scenario(app: Any) -> None:
        mid = api.resident_says(CHAT, "ktp saya hilang <b>gmn</b>")
        await feed(app, api)
        assert await gw.process_inbox()
        assert await gw.deliver_once(app.bot) == 0
        [sent] = api.sent_to(CHAT)
        assert sent["text"] == "Anda menulis: ktp saya hilang <b>gmn</b>"
        assert "parse_mode" not in sent  # plain text: the resident's text cannot break it
        assert sent["reply_parameters"]["message_id"] == mid
        button = sent["reply_markup"]["inline_keyboard"][0][0]
        assert button == {"text": "Ya", "callback_data": "r:ya"}

    run_with_app(gw, api, scenario)
    assert rasa.seen == [(str(CHAT), "ktp saya hilang <b>gmn</b>")]


def test_a_redelivered_update_is_answered_only_once(engine: Engine, tmp_path: Path) -> None:
    api, rasa = FakeBotAPI(), StubRasa()
    gw = make_gateway(engine, tmp_path, rasa)

    async def scenario(app: Any) -> None:
        first = api.resident_says(CHAT, "halo")
        update_id = api.updates[-1]["update_id"]
        await feed(app, api)
        api.updates.append({"update_id": update_id, "message": {**_message(first, "halo")}})
        await feed(app, api)
        await gw.process_inbox()
        await gw.deliver_once(app.bot)

    run_with_app(gw, api, scenario)
    assert len(api.sent_to(CHAT)) == 1
    assert len(rasa.seen) == 1


def _message(message_id: int, text: str) -> dict[str, Any]:
    return {
        "message_id": message_id,
        "date": 0,
        "chat": FakeBotAPI.private(CHAT),
        "from": {"id": CHAT, "is_bot": False, "first_name": "W"},
        "text": text,
    }


def test_when_rasa_is_down_the_resident_is_told_once_and_answered_in_order_later(
    engine: Engine, tmp_path: Path
) -> None:
    api, rasa = FakeBotAPI(), StubRasa()
    gw = make_gateway(engine, tmp_path, rasa)
    rasa.down = True

    async def scenario(app: Any) -> None:
        for text in ("satu", "dua", "tiga"):
            api.resident_says(CHAT, text)
            await feed(app, api)
            assert not await gw.process_inbox()
        await gw.deliver_once(app.bot)
        assert api.texts_to(CHAT) == [for_residents.OUTAGE]
        rasa.down = False
        assert await gw.process_inbox()
        await gw.deliver_once(app.bot)

    run_with_app(gw, api, scenario)
    assert api.texts_to(CHAT) == [
        for_residents.OUTAGE,
        "Anda menulis: satu",
        "Anda menulis: dua",
        "Anda menulis: tiga",
    ]
    assert gw.store.counts() == {"inbox/done": 3, "replies/sent": 4}


def test_start_greets_in_two_lines_and_status_without_a_ticket_explains_how(
    engine: Engine, tmp_path: Path
) -> None:
    api = FakeBotAPI()
    gw = make_gateway(engine, tmp_path, StubRasa())

    async def scenario(app: Any) -> None:
        api.resident_says(CHAT, "/start")
        api.resident_says(CHAT, "/status")
        api.resident_says(CHAT, "/bantuan")
        await feed(app, api)
        await gw.deliver_once(app.bot)

    run_with_app(gw, api, scenario)
    start, status, help_text = api.texts_to(CHAT)
    assert len(start.splitlines()) == 2 and "Bapak/Ibu" in start
    assert status == for_residents.STATUS_USAGE
    assert "/status" in help_text


def test_status_tells_the_chat_its_own_ticket(engine: Engine, tmp_path: Path) -> None:
    api = FakeBotAPI()
    gw = make_gateway(engine, tmp_path, StubRasa())
    code = submit_ticket(engine, CHAT, LINE)

    async def scenario(app: Any) -> None:
        api.resident_says(CHAT, f"/status {code}")
        api.resident_says(CHAT + 1, f"/status {code}")
        await feed(app, api)
        await gw.deliver_once(app.bot)

    run_with_app(gw, api, scenario)
    assert "menunggu diambil petugas" in api.texts_to(CHAT)[0]
    assert "tidak ditemukan" in api.texts_to(CHAT + 1)[0]


def test_a_sticker_gets_a_polite_answer_of_what_is_understood(
    engine: Engine, tmp_path: Path
) -> None:
    api = FakeBotAPI()
    gw = make_gateway(engine, tmp_path, StubRasa())
    sticker = {
        "file_id": "st1",
        "file_unique_id": "ust1",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "type": "regular",
    }

    async def scenario(app: Any) -> None:
        api.resident_sends(CHAT, sticker=sticker)
        api.resident_sends(CHAT, location={"latitude": -6.2, "longitude": 106.5})
        await feed(app, api)
        await gw.deliver_once(app.bot)

    run_with_app(gw, api, scenario)
    assert api.texts_to(CHAT) == [for_residents.UNDERSTOOD, for_residents.UNDERSTOOD]


def _document(file_id: str, mime: str, size: int) -> dict[str, Any]:
    return {
        "file_id": file_id,
        "file_unique_id": f"u{file_id}",
        "file_name": "kk.pdf",
        "mime_type": mime,
        "file_size": size,
    }


def test_a_document_is_stored_on_the_open_ticket_and_refused_without_one(
    engine: Engine, tmp_path: Path
) -> None:
    api = FakeBotAPI()
    api.add_file("doc1", b"%PDF-1.4 synthetic")
    gw = make_gateway(engine, tmp_path, StubRasa())

    async def scenario(app: Any) -> None:
        api.resident_sends(CHAT, document=_document("doc1", "application/pdf", 18))
        await feed(app, api)
        code = submit_ticket(engine, CHAT, LINE)
        api.resident_sends(CHAT, document=_document("doc1", "application/pdf", 18))
        api.resident_sends(CHAT, document=_document("exe", "application/x-msdownload", 10))
        api.resident_sends(CHAT, document=_document("big", "application/pdf", 11 * 2**20))
        await feed(app, api)
        await gw.deliver_once(app.bot)
        detail = services.show_ticket(_uow(engine), code).to_dict()
        assert [a["type"] for a in detail["attachments"]] == ["application/pdf"]
        assert list((tmp_path / "attachments" / code).iterdir())

    run_with_app(gw, api, scenario)
    none, saved, wrong, big = api.texts_to(CHAT)
    assert none == for_residents.NO_OPEN_TICKET
    assert "lampiran sudah kami simpan" in saved
    assert wrong == for_residents.ATTACHMENT_WRONG_TYPE and big == for_residents.ATTACHMENT_TOO_BIG


def test_a_new_ticket_is_posted_to_officers_with_numbers_masked_and_five_buttons(
    engine: Engine, tmp_path: Path
) -> None:
    api = FakeBotAPI()
    gw = make_gateway(engine, tmp_path, StubRasa())
    code = submit_ticket(engine, CHAT, LINE)

    async def scenario(app: Any) -> None:
        await gw.deliver_once(app.bot)
        await gw.deliver_once(app.bot)  # posted once, not again

    run_with_app(gw, api, scenario)
    [post] = api.sent_to(OFFICER_CHAT)
    assert NIK not in post["text"] and KK not in post["text"]
    assert f"#KTP#{mask(NIK)}#{mask(KK)}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#" in post["text"]
    assert code in post["text"] and "Status: BARU" in post["text"]
    titles = [row[0]["text"] for row in post["reply_markup"]["inline_keyboard"]]
    assert titles == ["Ambil", "Minta perbaikan", "Jadwalkan", "Selesai", "Tolak"]


def test_someone_not_registered_cannot_press_and_nothing_changes(
    engine: Engine, tmp_path: Path
) -> None:
    api = FakeBotAPI()
    gw = make_gateway(engine, tmp_path, StubRasa())
    code = submit_ticket(engine, CHAT, LINE)

    async def scenario(app: Any) -> None:
        await gw.deliver_once(app.bot)
        [post] = api.sent_to(OFFICER_CHAT)
        api.press(post, user_id=999, data=f"a:{code}")
        await feed(app, api)

    run_with_app(gw, api, scenario)
    assert api.answers  # the button stops spinning
    assert api.texts_to(OFFICER_CHAT)[-1] == for_officers.NOT_AN_OFFICER
    assert services.show_ticket(_uow(engine), code).status == "BARU"


def test_an_officer_takes_and_schedules_by_buttons_and_the_resident_hears_both(
    engine: Engine, tmp_path: Path
) -> None:
    api = FakeBotAPI()
    gw = make_gateway(engine, tmp_path, StubRasa())
    register_officer(engine)
    code = submit_ticket(engine, CHAT, LINE)

    async def scenario(app: Any) -> None:
        await gw.deliver_once(app.bot)
        [post] = api.sent_to(OFFICER_CHAT)
        api.press(post, OFFICER_USER, f"a:{code}")
        await feed(app, api)
        assert "Diambil oleh Rina Wulandari" in api.edits[-1]["text"]
        api.press(post, OFFICER_USER, f"j:{code}")
        await feed(app, api)
        prompt = api.sent_to(OFFICER_CHAT)[-1]
        assert "force_reply" in prompt["reply_markup"]
        reply_to = {**api._as_update_message(prompt)}
        api.officer_says(OFFICER_CHAT, OFFICER_USER, "besok", reply_to=reply_to)
        await feed(app, api)
        assert "Format jadwal belum benar" in api.texts_to(OFFICER_CHAT)[-1]
        when = "2030-12-03 09:00 Kantor Disdukcapil loket 3; KK asli"
        api.officer_says(OFFICER_CHAT, OFFICER_USER, when, reply_to=reply_to)
        await feed(app, api)
        await gw.deliver_once(app.bot)

    run_with_app(gw, api, scenario)
    detail = services.show_ticket(_uow(engine), code).to_dict()
    assert detail["status"] == "DIJADWALKAN"
    assert [e["via"] for e in detail["events"][1:]] == ["telegram", "telegram"]
    assert "Status: DIJADWALKAN" in api.edits[-1]["text"]
    told = api.texts_to(CHAT)
    assert len(told) == 2
    assert "sudah diambil petugas" in told[0] and "dijadwalkan" in told[1]


def test_a_429_and_a_500_keep_a_notification_until_it_goes_out_once(
    engine: Engine, tmp_path: Path
) -> None:
    api = FakeBotAPI()
    gw = make_gateway(engine, tmp_path, StubRasa())
    officer = register_officer(engine)
    code = submit_ticket(engine, CHAT, LINE)
    services.claim(_uow(engine), code, Actor.officer(officer, "cli"))

    async def scenario(app: Any) -> None:
        api.fail("429", seconds=60)
        assert await gw.deliver_once(app.bot) == 1.0  # wait as Telegram asks
        api.fail("500", seconds=60)
        assert await gw.deliver_once(app.bot) == -1.0
        api.fail("timeout", seconds=60)
        assert await gw.deliver_once(app.bot) == -1.0
        api.fail(None)
        assert await gw.deliver_once(app.bot) == 0
        assert await gw.deliver_once(app.bot) == 0

    run_with_app(gw, api, scenario)
    assert len(api.texts_to(CHAT)) == 1
    assert services.due_notifications(_uow(engine)) == []


def test_antrian_counts_waiting_tickets_for_officers_only(engine: Engine, tmp_path: Path) -> None:
    api = FakeBotAPI()
    gw = make_gateway(engine, tmp_path, StubRasa())
    register_officer(engine)
    submit_ticket(engine, CHAT, LINE)

    async def scenario(app: Any) -> None:
        api.officer_says(OFFICER_CHAT, OFFICER_USER, "/antrian")
        api.officer_says(OFFICER_CHAT, 999, "/antrian")
        api.officer_says(OFFICER_CHAT, OFFICER_USER, "/berikut")
        api.officer_says(OFFICER_CHAT, OFFICER_USER, "/berikut")
        await feed(app, api)

    run_with_app(gw, api, scenario)
    counts, refused, taken, empty = api.texts_to(OFFICER_CHAT)
    assert "KTP: 1 menunggu" in counts and "KK: 0 menunggu" in counts
    assert refused == for_officers.NOT_AN_OFFICER
    assert "Diambil oleh Rina Wulandari" in taken and NIK not in taken
    assert empty == "Tidak ada tiket BARU di antrean Bapak/Ibu."


def test_a_schedule_reply_reads_date_time_place_and_what_to_bring() -> None:
    appointment = parse_schedule("03/12/2030 9.30 Kantor Disdukcapil loket 3; bawa: KK asli", WIB)
    assert appointment.at.isoformat() == "2030-12-03T09:30:00+07:00"
    assert appointment.place == "Kantor Disdukcapil loket 3"
    assert appointment.bring == "KK asli"
    assert parse_schedule("2030-12-03 10:00 Kecamatan Cikupa", WIB).bring is None


def test_an_officer_chat_that_refuses_posts_does_not_hold_up_residents(
    engine: Engine, tmp_path: Path
) -> None:
    api, rasa = FakeBotAPI(), StubRasa()
    api.blocked_chats.add(OFFICER_CHAT)
    gw = make_gateway(engine, tmp_path, rasa)
    submit_ticket(engine, CHAT, LINE)

    async def scenario(app: Any) -> None:
        assert await gw.deliver_once(app.bot) == 0  # posts paused, nothing else waits
        api.resident_says(CHAT, "halo")
        await feed(app, api)
        await gw.process_inbox()
        assert await gw.deliver_once(app.bot) == 0

    run_with_app(gw, api, scenario)
    assert api.texts_to(CHAT) == ["Anda menulis: halo"]
    assert api.calls["sendMessage"] == 2  # one refused post, not one per round


def test_a_schedule_by_button_on_a_day_the_office_is_closed_is_refused(
    engine: Engine, tmp_path: Path
) -> None:
    api = FakeBotAPI()
    gw = make_gateway(engine, tmp_path, StubRasa())
    gw.hours = WorkingHours(extra_closed=frozenset({date(2030, 12, 3)}))  # ADMINDUK_CLOSED_DAYS
    register_officer(engine)
    code = submit_ticket(engine, CHAT, LINE)

    async def scenario(app: Any) -> None:
        await gw.deliver_once(app.bot)
        [post] = api.sent_to(OFFICER_CHAT)
        api.press(post, OFFICER_USER, f"a:{code}")
        await feed(app, api)
        api.press(post, OFFICER_USER, f"j:{code}")
        await feed(app, api)
        reply_to = {**api._as_update_message(api.sent_to(OFFICER_CHAT)[-1])}
        when = "2030-12-03 09:00 Kantor Disdukcapil loket 3; KK asli"
        api.officer_says(OFFICER_CHAT, OFFICER_USER, when, reply_to=reply_to)
        await feed(app, api)

    run_with_app(gw, api, scenario)
    assert services.show_ticket(_uow(engine), code).to_dict()["status"] == "DIPROSES"
