"""Issue 13 on Telegram, in process: a file when two requests are open, residents' notes in
the officer chat."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from bot.queue import resident, services
from bot.queue.config import make_session_factory
from bot.queue.domain import Actor
from bot.queue.persistence import UnitOfWork
from bot.texts import for_residents
from devtools.fake_telegram import FakeBotAPI
from devtools.synthetic import make_kk, make_nik
from tests.telegram.tg_helpers import (
    OFFICER_CHAT,
    StubRasa,
    feed,
    make_gateway,
    run_with_app,
    submit_ticket,
)

CHAT, STRANGER = 5151, 5252
NIK, KK = make_nik(female=True, serial=9501), make_kk(serial=9502)
KTP_LINE = f"#KTP#{NIK}#{KK}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#"
KK_LINE = f"#KK#{make_kk(serial=9503)}#BUDI SANTOSO#TALAGASARI#BALARAJA"
PDF = b"%PDF-1.4 synthetic kk scan"


def _uow(engine: Engine) -> UnitOfWork:
    return UnitOfWork(make_session_factory(engine))


def _attachments(engine: Engine, code: str) -> list[str]:
    return [a["type"] for a in services.show_ticket(_uow(engine), code).to_dict()["attachments"]]


def _pdf(file_id: str) -> dict[str, Any]:
    return {
        "file_id": file_id,
        "file_unique_id": f"u{file_id}",
        "file_name": "kk.pdf",
        "mime_type": "application/pdf",
        "file_size": len(PDF),
    }


def test_a_file_from_a_chat_with_two_open_requests_waits_until_the_resident_picks_one(
    engine: Engine, tmp_path: Path
) -> None:
    api = FakeBotAPI()
    api.add_file("scan", PDF)
    gw = make_gateway(engine, tmp_path, StubRasa())
    older = submit_ticket(engine, CHAT, KTP_LINE)
    newer = submit_ticket(engine, CHAT, KK_LINE)

    async def scenario(app: Any) -> None:
        api.resident_sends(CHAT, document=_pdf("scan"))
        await feed(app, api)
        await gw.deliver_once(app.bot)
        question = api.sent_to(CHAT)[-1]
        assert older in question["text"] and newer in question["text"]
        rows = question["reply_markup"]["inline_keyboard"]
        choices = {row[0]["text"]: row[0]["callback_data"] for row in rows}
        assert set(choices) == {older, newer}
        assert _attachments(engine, older) == _attachments(engine, newer) == []

        # Another chat pressing the same button places nothing.
        api.press({**question, "chat_id": STRANGER}, STRANGER, choices[older])
        await feed(app, api)
        assert await gw.process_inbox()
        await gw.deliver_once(app.bot)
        assert api.texts_to(STRANGER) == [for_residents.ATTACHMENT_EXPIRED]

        api.press(question, CHAT, choices[older])
        await feed(app, api)
        assert await gw.process_inbox()
        await gw.deliver_once(app.bot)
        assert api.texts_to(CHAT)[-1] == for_residents.attachment_saved(older)

        api.press(question, CHAT, choices[newer])  # the same file once more: it is gone
        await feed(app, api)
        assert await gw.process_inbox()
        await gw.deliver_once(app.bot)
        assert api.texts_to(CHAT)[-1] == for_residents.ATTACHMENT_EXPIRED

    run_with_app(gw, api, scenario)
    assert _attachments(engine, older) == ["application/pdf"]
    assert _attachments(engine, newer) == []
    assert not list((tmp_path / "pending").glob("*"))  # nothing left waiting


def test_a_file_from_a_chat_with_one_open_request_goes_there_at_once(
    engine: Engine, tmp_path: Path
) -> None:
    api = FakeBotAPI()
    api.add_file("scan", PDF)
    gw = make_gateway(engine, tmp_path, StubRasa())
    code = submit_ticket(engine, CHAT, KK_LINE)

    async def scenario(app: Any) -> None:
        api.resident_sends(CHAT, document=_pdf("scan"))
        await feed(app, api)
        await gw.deliver_once(app.bot)

    run_with_app(gw, api, scenario)
    [answer] = api.sent_to(CHAT)
    assert answer["text"] == for_residents.attachment_saved(code) and "reply_markup" not in answer
    assert _attachments(engine, code) == ["application/pdf"]


def test_a_residents_note_reaches_the_officer_chat_once_masked_under_the_tickets_post(
    engine: Engine, tmp_path: Path
) -> None:
    api = FakeBotAPI()
    gw = make_gateway(engine, tmp_path, StubRasa())
    code = submit_ticket(engine, CHAT, KTP_LINE)
    spaced = " ".join(NIK[i : i + 4] for i in range(0, 16, 4))
    me = Actor.resident("telegram", str(CHAT))

    async def scenario(app: Any) -> None:
        await gw.deliver_once(app.bot)  # the ticket's post
        resident.leave_note(_uow(engine), code, me, f"tolong sampaikan, NIK saya {spaced}")
        resident.leave_note(
            _uow(engine), code, me, "kamis tidak bisa datang", kind="minta_jadwal_ulang"
        )
        await gw.deliver_once(app.bot)
        await gw.deliver_once(app.bot)  # posted once, not again

    run_with_app(gw, api, scenario)
    post, note, reschedule = api.sent_to(OFFICER_CHAT)
    assert code in post["text"]
    for message in (note, reschedule):
        assert code in message["text"]
        assert message["reply_parameters"]["message_id"] == post["message_id"]
    assert "Pesan warga" in note["text"] and "tolong sampaikan" in note["text"]
    assert spaced not in note["text"] and NIK not in note["text"]
    assert "jadwal ulang" in reschedule["text"] and "kamis tidak bisa datang" in reschedule["text"]
