"""A WhatsApp channel in process: its webhook app over ASGI, the core driven step by step."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy.engine import Engine

from bot.channels.whatsapp.app import WhatsAppChannel, build_channel
from bot.channels.whatsapp.config import WhatsAppSettings
from bot.channels.whatsapp.webhook import SIGNATURE_HEADER, sign
from bot.queue import services
from bot.queue.config import Settings, make_session_factory
from bot.queue.domain import Actor, Appointment, utcnow
from bot.queue.hours import WorkingHours
from bot.queue.persistence import UnitOfWork
from devtools.fake_rasa import FakeRasa
from devtools.fake_whatsapp import FakeGraphAPI

SECRET = "app-secret-for-tests"
VERIFY = "verify-me-please"
RESIDENT = "6281234567001"


def settings_for(graph: FakeGraphAPI, rasa: FakeRasa, **changes: Any) -> WhatsAppSettings:
    values: dict[str, Any] = {
        "token": graph.token,
        "app_secret": SECRET,
        "verify_token": VERIFY,
        "phone_number_id": graph.phone_id,
        "api_base_url": graph.url,
        "template_notice": "adminduk_kabar",
        "template_rating": "adminduk_penilaian",
        "rasa_url": rasa.url,
        "poll_seconds": 0.05,
        "timeout": 1.0,
        "max_backoff": 0.5,
    }
    return WhatsAppSettings(**{**values, **changes})


@dataclass
class Harness:
    channel: WhatsAppChannel
    web: httpx.AsyncClient
    engine: Engine

    def uow(self) -> UnitOfWork:
        return UnitOfWork(make_session_factory(self.engine))

    async def post(self, body: dict[str, Any], secret: str = SECRET) -> int:
        raw = json.dumps(body).encode()
        headers = {SIGNATURE_HEADER: sign(secret, raw), "Content-Type": "application/json"}
        response = await self.web.post("/whatsapp", content=raw, headers=headers)
        return response.status_code

    async def settle(self) -> float:
        """Answer the inbox, then one delivery round (its result)."""
        await self.channel.core.process_inbox()
        return await self.channel.core.deliver_once()


def run(
    engine: Engine,
    data_dir: Path,
    settings: WhatsAppSettings,
    scenario: Callable[[Harness], Awaitable[None]],
) -> None:
    async def main() -> None:
        queue = Settings(data_dir=data_dir, database_url=str(engine.url))
        channel = build_channel(settings, queue)
        transport = httpx.ASGITransport(app=channel.app())
        async with httpx.AsyncClient(transport=transport, base_url="http://wa") as web:
            try:
                await scenario(Harness(channel, web, engine))
            finally:
                await channel.graph.close()
                await channel.core.rasa.close()
                channel.store.engine.dispose()

    asyncio.run(main())


def finish(engine: Engine, code: str, actor: Actor) -> None:
    """Claim, schedule (the next opening a few days ahead) and complete a ticket."""
    services.claim(uow_of(engine), code, actor)
    hours = WorkingHours()
    at = hours.next_opening(utcnow() + timedelta(days=3)) + timedelta(hours=1)
    appointment = Appointment(at, "Kantor Disdukcapil, loket 3", "KK asli")
    services.schedule(uow_of(engine), code, actor, appointment)
    services.complete(uow_of(engine), code, actor)


def uow_of(engine: Engine) -> UnitOfWork:
    return UnitOfWork(make_session_factory(engine))


def submit_ticket(engine: Engine, chat: str, line: str) -> str:
    uow = uow_of(engine)
    return services.submit_request(uow, line, Actor.assistant("whatsapp", chat)).code


def officer(engine: Engine) -> Actor:
    uow = UnitOfWork(make_session_factory(engine))
    view = services.add_officer(uow, "Rina Wulandari", ["KTP", "KK"])
    return Actor.officer(view.id, "cli")
