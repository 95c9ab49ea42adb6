"""Media downloads onto the open ticket; the rating asked once when a ticket is done."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.engine import Engine

from bot.channels import tables as ct
from bot.channels.whatsapp import outbound
from bot.queue import ratings, services
from bot.queue import tables as qt
from bot.queue.domain import utcnow
from bot.texts import for_residents
from devtools.fake_rasa import FakeRasa
from devtools.fake_whatsapp import (
    FakeGraphAPI,
    choice_body,
    media_body,
    quick_reply_body,
    text_body,
)
from devtools.synthetic import make_kk, make_nik
from tests.whatsapp.wa_helpers import (
    RESIDENT,
    Harness,
    finish,
    officer,
    run,
    settings_for,
    submit_ticket,
    uow_of,
)

NIK, KK = make_nik(female=False, serial=9601), make_kk(serial=9602)
LINE = f"#KTP#{NIK}#{KK}#BUDI SANTOSO#BITUNG JAYA#CIKUPA#RUSAK#"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_an_image_is_downloaded_with_the_token_typed_by_content_and_stored_on_the_ticket(
    engine: Engine, tmp_path: Path, graph: FakeGraphAPI, rasa: FakeRasa
) -> None:
    graph.add_media("m-png", PNG, "image/jpeg")  # says JPEG, is a PNG
    graph.add_media("m-exe", b"MZ\x90\x00 not a pdf", "application/pdf")  # says PDF, is not
    graph.add_media("m-pdf", b"%PDF-1.4 synthetic", "application/pdf")
    told: list[str] = []
    codes: list[str] = []

    async def scenario(h: Harness) -> None:
        assert await h.post(media_body(RESIDENT, "image", "m-png", "image/jpeg")) == 200
        await h.settle()
        told.extend(graph.texts_to(RESIDENT))
        code = submit_ticket(engine, RESIDENT, LINE)
        codes.append(code)
        for body in (
            media_body(RESIDENT, "image", "m-png", "image/jpeg"),
            media_body(RESIDENT, "document", "m-exe", "application/pdf", "kk.pdf"),
            media_body(RESIDENT, "document", "m-pdf", "application/pdf", "kk.pdf"),
            media_body(RESIDENT, "audio", "m-ogg", "audio/ogg"),
        ):
            assert await h.post(body) == 200
        await h.settle()
        detail = services.show_ticket(h.uow(), code).to_dict()
        assert [a["type"] for a in detail["attachments"]] == ["image/png", "application/pdf"]
        assert len(list((tmp_path / "attachments" / code).iterdir())) == 2

    run(engine, tmp_path, settings_for(graph, rasa), scenario)
    assert told == [for_residents.NO_OPEN_TICKET]
    code = codes[0]
    assert graph.texts_to(RESIDENT)[1:] == [
        for_residents.NOT_UNDERSTOOD_KIND,  # the audio: answered at once, never queued
        for_residents.attachment_saved(code),
        for_residents.ATTACHMENT_WRONG_TYPE,
        for_residents.attachment_saved(code),
    ]
    assert rasa.seen == []


def test_a_finished_ticket_asks_for_a_rating_once_as_a_list_and_keeps_score_and_comment(
    engine: Engine, tmp_path: Path, graph: FakeGraphAPI, rasa: FakeRasa
) -> None:
    code = submit_ticket(engine, RESIDENT, LINE)
    actor = officer(engine)

    async def scenario(h: Harness) -> None:
        assert await h.post(text_body(RESIDENT, "halo")) == 200
        await h.settle()
        finish(engine, code, actor)
        assert await h.channel.core.deliver_once() == 0
        assert await h.channel.core.deliver_once() == 0  # asked once, not per round
        pick = choice_body(RESIDENT, f"nilai:{code}:4", "4 – Baik", kind="list_reply")
        assert await h.post(pick) == 200
        await h.settle()
        assert await h.post(text_body(RESIDENT, "petugasnya ramah, antrean cepat")) == 200
        await h.settle()
        again = choice_body(RESIDENT, f"nilai:{code}:1", "1 – Sangat kurang", kind="list_reply")
        assert await h.post(again) == 200
        await h.settle()

    run(engine, tmp_path, settings_for(graph, rasa), scenario)
    sent = graph.sent_to(RESIDENT)
    asks = [m for m in sent if m["type"] == "interactive" and m["interactive"]["type"] == "list"]
    [ask] = asks
    rows = ask["interactive"]["action"]["sections"][0]["rows"]
    assert [r["id"] for r in rows] == [f"nilai:{code}:{n}" for n in (5, 4, 3, 2, 1)]
    assert all(len(r["title"]) <= outbound.MAX_ROW_TITLE for r in rows)
    told = graph.texts_to(RESIDENT)
    assert any("sudah selesai" in t for t in told)
    assert for_residents.COMMENT_SAVED in told and told[-1] == for_residents.ALREADY_RATED
    assert rasa.said_by(f"whatsapp:{RESIDENT}") == ["halo"]  # ratings never reach Rasa
    r = qt.ratings.c
    with engine.connect() as conn:
        [(score, comment)] = conn.execute(select(r.score, r.comment)).all()
    assert (score, comment) == (4, "petugasnya ramah, antrean cepat")
    events = [e["type"] for e in services.show_ticket(uow_of(engine), code).to_dict()["events"]]
    assert events[-2:] == ["rated", "rating_commented"]
    assert ratings.summary(uow_of(engine))["distribution"] == {
        "1": 0,
        "2": 0,
        "3": 0,
        "4": 1,
        "5": 0,
    }


def test_buttons_become_reply_buttons_up_to_three_short_titles_else_a_list_up_to_ten() -> None:
    def buttons(n: int, title: str = "Pilihan") -> list[dict[str, str]]:
        return [{"title": f"{title} {i}", "payload": f"p{i}"} for i in range(n)]

    [three] = outbound.payloads(RESIDENT, "Pilih satu", buttons(3))
    assert three["interactive"]["type"] == "button"
    [long_titles] = outbound.payloads(
        RESIDENT, "Pilih satu", buttons(2, "Judul yang terlalu panjang")
    )
    assert long_titles["interactive"]["type"] == "list"
    [ten] = outbound.payloads(RESIDENT, "Pilih satu", buttons(10, "Kecamatan dengan nama panjang"))
    rows = ten["interactive"]["action"]["sections"][0]["rows"]
    assert len(rows) == 10 and all(len(r["title"]) <= 24 for r in rows)
    assert rows[0]["description"].startswith("Kecamatan dengan nama")
    [eleven] = outbound.payloads(RESIDENT, "Pilih satu", buttons(11))
    assert eleven["type"] == "text" and "Pilihan 10" in eleven["text"]["body"]
    first, second = outbound.payloads(RESIDENT, "x" * 1500, buttons(2))
    assert first["type"] == "text" and len(second["interactive"]["body"]["text"]) <= 1024


def test_outside_the_window_the_rating_goes_by_template_whose_quick_reply_brings_the_list(
    engine: Engine, tmp_path: Path, graph: FakeGraphAPI, rasa: FakeRasa
) -> None:
    code = submit_ticket(engine, RESIDENT, LINE)

    async def scenario(h: Harness) -> None:
        assert await h.post(text_body(RESIDENT, "halo")) == 200
        await h.settle()
        with engine.begin() as conn:  # the resident wrote two days ago
            conn.execute(update(ct.state).values(last_inbound_at=utcnow() - timedelta(days=2)))
        finish(engine, code, officer(engine))
        assert await h.channel.core.deliver_once() == 0
        assert await h.channel.core.deliver_once() == 0
        assert await h.post(quick_reply_body(RESIDENT, f"nilai:{code}:mulai")) == 200
        await h.settle()

    run(engine, tmp_path, settings_for(graph, rasa), scenario)
    sent = graph.sent_to(RESIDENT)
    templates = [m["template"] for m in sent if m["type"] == "template"]
    assert [t["name"] for t in templates] == ["adminduk_kabar"] * 3 + ["adminduk_penilaian"]
    button = templates[-1]["components"][1]
    assert button["sub_type"] == "quick_reply"
    assert button["parameters"] == [{"type": "payload", "payload": f"nilai:{code}:mulai"}]
    last = sent[-1]  # the quick reply opened the window: the five choices as a list
    assert last["type"] == "interactive" and last["interactive"]["type"] == "list"
    assert rasa.said_by(f"whatsapp:{RESIDENT}") == ["halo"]
