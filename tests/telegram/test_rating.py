"""On Telegram the rating of a finished ticket is five inline buttons, asked once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from bot.queue import services
from bot.queue.config import make_session_factory
from bot.queue.domain import Actor
from bot.queue.persistence import UnitOfWork
from bot.texts import for_residents
from devtools.fake_telegram import FakeBotAPI
from devtools.synthetic import make_kk, make_nik
from tests.telegram.tg_helpers import StubRasa, feed, make_gateway, run_with_app, submit_ticket
from tests.whatsapp.wa_helpers import finish

CHAT = 4343
LINE = f"#KTP#{make_nik(serial=9351)}#{make_kk(serial=9352)}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#"


def test_a_finished_ticket_asks_for_a_rating_by_buttons_once_and_the_press_is_stored(
    engine: Engine, tmp_path: Path
) -> None:
    api, rasa = FakeBotAPI(), StubRasa()
    gw = make_gateway(engine, tmp_path, rasa)
    uow = UnitOfWork(make_session_factory(engine))
    code = submit_ticket(engine, CHAT, LINE)
    officer = services.add_officer(uow, "Rina Wulandari", ["KTP"])
    finish(engine, code, Actor.officer(officer.id, "cli"))

    async def scenario(app: Any) -> None:
        assert await gw.deliver_once(app.bot) == 0
        assert await gw.deliver_once(app.bot) == 0
        [ask] = [m for m in api.sent_to(CHAT) if "Bagaimana pelayanan kami" in m["text"]]
        buttons = [row[0] for row in ask["reply_markup"]["inline_keyboard"]]
        assert [b["callback_data"] for b in buttons] == [
            f"r:nilai:{code}:{n}" for n in (5, 4, 3, 2, 1)
        ]
        api.press(ask, CHAT, f"r:nilai:{code}:4")
        await feed(app, api)
        assert await gw.process_inbox()
        await gw.deliver_once(app.bot)

    run_with_app(gw, api, scenario)
    assert api.texts_to(CHAT)[-1] == for_residents.rating_thanks(4)
    assert rasa.seen == []  # the rating never reached Rasa
    events = [e["type"] for e in services.show_ticket(uow, code).to_dict()["events"]]
    assert events[-1] == "rated"
