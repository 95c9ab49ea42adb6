"""Webhook mode: Telegram's secret token is checked before an update is looked at."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy.engine import Engine

from bot.channels.telegram.app import register_webhook
from bot.channels.telegram.webhook import SECRET_HEADER, webhook_app
from devtools.fake_telegram import FakeBotAPI
from tests.telegram.tg_helpers import StubRasa, make_gateway, run_with_app

SECRET = "s3cret-token_1"


def _update(update_id: int, text: str) -> dict[str, Any]:
    message = {
        "message_id": 10 + update_id,
        "date": 0,
        "chat": FakeBotAPI.private(4242),
        "from": {"id": 4242, "is_bot": False, "first_name": "W"},
        "text": text,
    }
    return {"update_id": update_id, "message": message}


def test_a_webhook_update_without_the_secret_token_is_refused_and_changes_nothing(
    engine: Engine, tmp_path: Path
) -> None:
    api = FakeBotAPI()
    gw = make_gateway(engine, tmp_path, StubRasa())
    gw.settings = dataclasses.replace(
        gw.settings, webhook_url="https://x/telegram", webhook_secret=SECRET
    )
    statuses: list[int] = []

    async def scenario(app: Any) -> None:
        server = await register_webhook(app, gw)
        assert server is not None
        web = httpx.ASGITransport(app=webhook_app(app, SECRET))
        async with httpx.AsyncClient(transport=web, base_url="http://gateway") as client:
            for headers in (
                {},
                {SECRET_HEADER: "wrong"},
                {SECRET_HEADER: SECRET},
                {SECRET_HEADER: SECRET},
            ):
                response = await client.post("/telegram", json=_update(7, "halo"), headers=headers)
                statuses.append(response.status_code)

    run_with_app(gw, api, scenario)
    assert api.webhook is not None and api.webhook["secret_token"] == SECRET
    assert statuses == [403, 403, 200, 200]
    assert gw.store.pending_inbox() == 1  # taken in once, the redelivery skipped
