"""Building a gateway in process over a fake Bot API behind `httpx.MockTransport`."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy.engine import Engine
from telegram import Update

from bot.channels.rasa import RasaUnavailable
from bot.channels.telegram.app import build_application
from bot.channels.telegram.config import TelegramSettings
from bot.channels.telegram.gateway import Gateway
from bot.channels.telegram.store import Reply, Store
from bot.queue import services
from bot.queue.config import make_session_factory
from bot.queue.domain import Actor
from bot.queue.persistence import UnitOfWork
from devtools.fake_telegram import FakeBotAPI

OFFICER_CHAT = -100200300
OFFICER_USER = 5001


class StubRasa:
    """Answers every text with an echo (with a button), or fails while `down`."""

    def __init__(self) -> None:
        self.down = False
        self.seen: list[tuple[str, str]] = []

    async def ask(self, chat_id: str, text: str) -> list[Reply]:
        if self.down:
            raise RasaUnavailable("ConnectError")
        self.seen.append((chat_id, text))
        return [Reply(f"Anda menulis: {text}", [{"title": "Ya", "payload": "ya"}])]

    async def close(self) -> None:
        return None


def make_gateway(engine: Engine, data_dir: Path, rasa: Any) -> Gateway:
    factory = make_session_factory(engine)
    settings = TelegramSettings(
        token="123456:TEST-TOKEN", api_base_url="http://fake", officer_chat_id=OFFICER_CHAT
    )
    return Gateway(settings, Store(engine), lambda: UnitOfWork(factory), rasa, data_dir)


def run_with_app(gw: Gateway, api: FakeBotAPI, scenario: Callable[[Any], Awaitable[None]]) -> None:
    """Run `scenario(app)` with an initialised Application talking to `api` in memory."""

    async def main() -> None:
        transport = httpx.MockTransport(api.handle_httpx)
        app = build_application(gw, httpx_kwargs={"transport": transport})
        async with app:
            await scenario(app)

    asyncio.run(main())


async def feed(app: Any, api: FakeBotAPI) -> None:
    """Hand every queued fake update to the application, as the updater would."""
    pending, api.updates = list(api.updates), []
    for data in pending:
        await app.process_update(Update.de_json(data, app.bot))


def register_officer(engine: Engine, queues: tuple[str, ...] = ("KTP",)) -> int:
    uow = UnitOfWork(make_session_factory(engine))
    view = services.add_officer(uow, "Rina Wulandari", list(queues), telegram_user_id=OFFICER_USER)
    return view.id


def submit_ticket(engine: Engine, chat_id: int, line: str) -> str:
    uow = UnitOfWork(make_session_factory(engine))
    actor = Actor.assistant("telegram", str(chat_id))
    return services.submit_request(uow, line, actor).code
