"""Sending: retries through 500, 429 and timeouts; refusals; the 24-hour window and templates."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.engine import Engine

from bot.channels import tables as ct
from bot.queue import services, tables
from bot.queue.domain import utcnow
from devtools.fake_rasa import FakeRasa
from devtools.fake_whatsapp import FakeGraphAPI, status_body, text_body
from devtools.synthetic import make_kk, make_nik
from tests.whatsapp.wa_helpers import (
    RESIDENT,
    Harness,
    officer,
    run,
    settings_for,
    submit_ticket,
    uow_of,
)

NIK, KK = make_nik(female=True, serial=9501), make_kk(serial=9502)
LINE = f"#KTP#{NIK}#{KK}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#"


def _outbox(engine: Engine) -> list[tuple[str, str, int, str | None]]:
    o = tables.outbox.c
    with engine.connect() as conn:
        rows = conn.execute(select(o.kind, o.state, o.attempts, o.last_error).order_by(o.id))
        return [(r.kind, r.state, r.attempts, r.last_error) for r in rows]


def _age_window(engine: Engine, hours: float) -> None:
    s = ct.state.c
    with engine.begin() as conn:
        conn.execute(
            update(ct.state)
            .where(s.chat_id == RESIDENT)
            .values(last_inbound_at=utcnow() - timedelta(hours=hours))
        )


def test_a_500_a_429_and_a_timeout_keep_the_answer_until_it_goes_out_once(
    engine: Engine, tmp_path: Path, graph: FakeGraphAPI, rasa: FakeRasa
) -> None:
    async def scenario(h: Harness) -> None:
        assert await h.post(text_body(RESIDENT, "halo")) == 200
        await h.channel.core.process_inbox()
        graph.fail("500", seconds=60)
        assert await h.channel.core.deliver_once() == -1.0
        graph.fail("429", seconds=60)
        assert await h.channel.core.deliver_once() == 1.0  # Retry-After: wait as asked
        graph.fail("timeout", seconds=60)
        assert await h.channel.core.deliver_once() == -1.0
        graph.fail(None)
        assert await h.channel.core.deliver_once() == 0
        assert await h.channel.core.deliver_once() == 0

    run(engine, tmp_path, settings_for(graph, rasa), scenario)
    assert graph.texts_to(RESIDENT) == ["Anda menulis: halo"]
    assert _reply_states(engine) == {"sent": 1}


def _reply_states(engine: Engine) -> dict[str, int]:
    r = ct.replies.c
    with engine.connect() as conn:
        rows = conn.execute(select(r.state).where(r.channel == "whatsapp")).all()
    out: dict[str, int] = {}
    for (state,) in rows:
        out[state] = out.get(state, 0) + 1
    return out


def test_a_refused_notification_is_tried_three_times_then_failed_for_officers_to_see(
    engine: Engine, tmp_path: Path, graph: FakeGraphAPI, rasa: FakeRasa
) -> None:
    code = submit_ticket(engine, RESIDENT, LINE)

    async def scenario(h: Harness) -> None:
        assert await h.post(text_body(RESIDENT, "halo")) == 200  # the window is open
        await h.settle()
        services.claim(h.uow(), code, officer(engine))
        graph.fail("400", seconds=60)
        for _ in range(3):
            with engine.begin() as conn:  # skip the backoff between tries
                conn.execute(update(tables.outbox).values(next_attempt_at=utcnow()))
            await h.channel.core.deliver_once()

    run(engine, tmp_path, settings_for(graph, rasa), scenario)
    [(kind, state, attempts, error)] = _outbox(engine)
    assert (kind, state, attempts) == ("claimed", "failed", 3)
    assert error is not None and error.startswith("131009")
    detail = services.show_ticket(uow_of(engine), code).to_dict()
    assert detail["outbox"][0]["state"] == "failed"  # the console shows it


def test_a_notice_inside_the_window_is_text_and_outside_it_the_approved_template(
    engine: Engine, tmp_path: Path, graph: FakeGraphAPI, rasa: FakeRasa
) -> None:
    code = submit_ticket(engine, RESIDENT, LINE)
    actor = officer(engine)

    async def scenario(h: Harness) -> None:
        assert await h.post(text_body(RESIDENT, "halo")) == 200
        await h.settle()
        services.claim(h.uow(), code, actor)
        assert await h.channel.core.deliver_once() == 0
        _age_window(engine, 25)  # the resident wrote 25 hours ago
        services.ask_fix(h.uow(), code, actor, "foto KK belum jelas")
        assert await h.channel.core.deliver_once() == 0

    run(engine, tmp_path, settings_for(graph, rasa), scenario)
    sent = graph.sent_to(RESIDENT)
    assert [m["type"] for m in sent] == ["interactive", "text", "template"]
    assert "sudah diambil petugas" in sent[1]["text"]["body"]
    template = sent[2]["template"]
    assert template["name"] == "adminduk_kabar" and template["language"] == {"code": "id"}
    params = [p["text"] for p in template["components"][0]["parameters"]]
    assert params[0] == code and "foto KK belum jelas" in params[1]


def test_error_131047_at_once_or_in_a_status_callback_falls_back_to_the_template(
    engine: Engine, tmp_path: Path, graph: FakeGraphAPI, rasa: FakeRasa
) -> None:
    code = submit_ticket(engine, RESIDENT, LINE)
    actor = officer(engine)

    async def scenario(h: Harness) -> None:
        assert await h.post(text_body(RESIDENT, "halo")) == 200
        await h.settle()
        graph.closed_windows.add(RESIDENT)  # Meta knows better than our clock
        services.claim(h.uow(), code, actor)
        assert await h.channel.core.deliver_once() == 0
        graph.closed_windows.clear()
        assert await h.post(text_body(RESIDENT, "baik pak")) == 200  # the window opens again
        await h.settle()
        services.ask_fix(h.uow(), code, actor, "foto KK belum jelas")
        assert await h.channel.core.deliver_once() == 0
        accepted = graph.sent_to(RESIDENT)[-1]
        assert accepted["type"] == "text"  # accepted, then reported failed:
        failed = status_body(accepted["id"], "failed", RESIDENT, error_code=131047)
        assert await h.post(failed) == 200
        assert await h.channel.core.deliver_once() == 0

    run(engine, tmp_path, settings_for(graph, rasa), scenario)
    kinds = [(m["type"], m.get("template", {}).get("name")) for m in graph.sent_to(RESIDENT)]
    assert kinds == [
        ("interactive", None),
        ("template", "adminduk_kabar"),  # claimed: 131047 at once
        ("interactive", None),
        ("text", None),  # fix needed: accepted …
        ("template", "adminduk_kabar"),  # … failed later with 131047: by template
    ]
    assert graph.refused == 1
    states = [(kind, state) for kind, state, _n, _e in _outbox(engine)]
    assert states == [("claimed", "sent"), ("fix_requested", "sent")]


def test_without_a_template_a_notice_outside_the_window_fails_visibly(
    engine: Engine, tmp_path: Path, graph: FakeGraphAPI, rasa: FakeRasa
) -> None:
    code = submit_ticket(engine, RESIDENT, LINE)

    async def scenario(h: Harness) -> None:
        services.claim(h.uow(), code, officer(engine))  # the resident never wrote here
        for _ in range(3):
            with engine.begin() as conn:
                conn.execute(update(tables.outbox).values(next_attempt_at=utcnow()))
            await h.channel.core.deliver_once()

    run(engine, tmp_path, settings_for(graph, rasa, template_notice=None), scenario)
    assert graph.sent == []
    [(_kind, state, _attempts, error)] = _outbox(engine)
    assert state == "failed" and error is not None and "WHATSAPP_TEMPLATE_NOTICE" in error
