"""The webhook: verification, signatures, intake before Rasa, one answer per wamid, statuses."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine

from bot.texts import for_residents
from devtools.fake_rasa import FakeRasa
from devtools.fake_whatsapp import (
    FakeGraphAPI,
    other_body,
    status_body,
    text_body,
    wamid_of,
)
from tests.whatsapp.wa_helpers import RESIDENT, VERIFY, Harness, run, settings_for


def test_the_verification_answers_the_challenge_only_for_the_right_token(
    engine: Engine, tmp_path: Path, graph: FakeGraphAPI, rasa: FakeRasa
) -> None:
    answers: list[tuple[int, str]] = []

    async def scenario(h: Harness) -> None:
        for mode, token in (("subscribe", VERIFY), ("subscribe", "salah"), ("unsubscribe", VERIFY)):
            params = {"hub.mode": mode, "hub.verify_token": token, "hub.challenge": "1158201444"}
            response = await h.web.get("/whatsapp", params=params)
            answers.append((response.status_code, response.text))

    run(engine, tmp_path, settings_for(graph, rasa), scenario)
    assert answers[0] == (200, "1158201444")
    assert [status for status, _ in answers[1:]] == [403, 403]
    assert "1158201444" not in answers[1][1] + answers[2][1]


def test_a_post_with_a_wrong_or_missing_signature_is_refused_and_changes_nothing(
    engine: Engine, tmp_path: Path, graph: FakeGraphAPI, rasa: FakeRasa
) -> None:
    async def scenario(h: Harness) -> None:
        body = text_body(RESIDENT, "halo")
        assert await h.post(body, secret="bukan-rahasianya") == 401
        response = await h.web.post("/whatsapp", json=body)
        assert response.status_code == 401
        assert await h.settle() == 0
        assert h.channel.store.pending_inbox() == 0
        assert await h.post(body) == 200

    run(engine, tmp_path, settings_for(graph, rasa), scenario)
    assert rasa.seen == []  # the valid post is in the inbox; nothing reached Rasa yet
    assert graph.sent == []


def test_a_valid_post_is_kept_and_answered_200_while_rasa_is_down_then_answered_once(
    engine: Engine, tmp_path: Path, graph: FakeGraphAPI, rasa: FakeRasa
) -> None:
    rasa.down = True

    async def scenario(h: Harness) -> None:
        first = text_body(RESIDENT, "ktp saya hilang")
        assert await h.post(first) == 200
        assert await h.post(text_body(RESIDENT, "gimana caranya")) == 200
        assert h.channel.store.pending_inbox() == 2  # in the inbox before Rasa was asked
        assert await h.post(first) == 200  # Meta delivers again: the same wamid
        await h.settle()
        await h.settle()
        assert graph.texts_to(RESIDENT) == [for_residents.OUTAGE]  # told once, not per message
        rasa.down = False
        await h.settle()

    run(engine, tmp_path, settings_for(graph, rasa), scenario)
    assert rasa.said_by(f"whatsapp:{RESIDENT}") == ["ktp saya hilang", "gimana caranya"]
    assert graph.texts_to(RESIDENT) == [
        for_residents.OUTAGE,
        "Anda menulis: ktp saya hilang",
        "Anda menulis: gimana caranya",
    ]


def test_each_answer_quotes_its_message_with_the_assistants_button_as_a_reply_button(
    engine: Engine, tmp_path: Path, graph: FakeGraphAPI, rasa: FakeRasa
) -> None:
    body = text_body(RESIDENT, "halo")

    async def scenario(h: Harness) -> None:
        assert await h.post(body) == 200
        assert await h.settle() == 0

    run(engine, tmp_path, settings_for(graph, rasa), scenario)
    [sent] = graph.sent_to(RESIDENT)
    assert sent["context"] == {"message_id": wamid_of(body)}
    assert sent["interactive"]["type"] == "button"
    assert sent["interactive"]["action"]["buttons"] == [
        {"type": "reply", "reply": {"id": "ya", "title": "Ya"}}
    ]


def test_status_callbacks_never_reach_rasa_and_stickers_get_a_polite_answer(
    engine: Engine, tmp_path: Path, graph: FakeGraphAPI, rasa: FakeRasa
) -> None:
    async def scenario(h: Harness) -> None:
        for status in ("sent", "delivered", "read"):
            assert await h.post(status_body("wamid.OUT-unknown", status, RESIDENT)) == 200
        sticker = other_body(RESIDENT, "sticker")
        assert await h.post(sticker) == 200
        assert await h.post(sticker) == 200  # again: answered once
        assert await h.post(other_body(RESIDENT, "location")) == 200
        await h.settle()

    run(engine, tmp_path, settings_for(graph, rasa), scenario)
    assert rasa.seen == []
    assert graph.texts_to(RESIDENT) == [for_residents.NOT_UNDERSTOOD_KIND] * 2
    assert "belum bisa" in for_residents.NOT_UNDERSTOOD_KIND
