"""Wiring of `adminduk whatsapp`: the webhook server and the channel core's loops in one
process, until SIGTERM or SIGINT.

    channel = build_channel(settings, queue_settings)
    await serve(channel)          # uvicorn on WHATSAPP_LISTEN:WHATSAPP_PORT + inbox + delivery
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import uvicorn
from sqlalchemy.pool import QueuePool
from starlette.types import ASGIApp

from bot.channels.attachments import Intake
from bot.channels.core import ChannelCore
from bot.channels.rasa import RasaClient
from bot.channels.store import ChannelStore
from bot.channels.whatsapp.config import WhatsAppSettings
from bot.channels.whatsapp.graph import GraphClient
from bot.channels.whatsapp.intake import MediaIntercept
from bot.channels.whatsapp.sender import WhatsAppSender
from bot.channels.whatsapp.webhook import webhook_app
from bot.queue.config import Settings, make_engine, make_session_factory
from bot.queue.persistence import UnitOfWork

__all__ = ["CHANNEL", "WhatsAppChannel", "build_channel", "quiet_http_logs", "run", "serve"]

log = logging.getLogger("bot.channels.whatsapp")
CHANNEL = "whatsapp"


def quiet_http_logs() -> None:
    """Requests carry the bearer token in a header: keep httpx's debug lines out."""
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)


@dataclass
class WhatsAppChannel:
    settings: WhatsAppSettings
    store: ChannelStore
    graph: GraphClient
    core: ChannelCore

    def app(self) -> ASGIApp:
        s = self.settings
        return webhook_app(self.store, s.app_secret, s.verify_token, self.core.inbox_wake.set)


def build_channel(
    settings: WhatsAppSettings,
    queue: Settings,
    *,
    rasa: RasaClient | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> WhatsAppChannel:
    # A pool even for a SQLite file (SQLAlchemy 1.4 opens and closes a file per transaction
    # otherwise, and every close of a WAL database checkpoints it).
    engine = make_engine(queue.database_url, poolclass=QueuePool)
    factory = make_session_factory(engine)

    def new_uow() -> UnitOfWork:
        return UnitOfWork(factory)

    store = ChannelStore(engine, CHANNEL)
    graph = GraphClient(settings, transport)
    intake = Intake(store, new_uow, queue.data_dir, queue.max_attachments)
    core = ChannelCore(
        store,
        new_uow,
        rasa or RasaClient(settings.rasa_url, settings.actions_url, channel=CHANNEL),
        WhatsAppSender(settings, graph, store),
        poll_seconds=settings.poll_seconds,
        max_backoff=settings.max_backoff,
        intercepts=[MediaIntercept(graph, intake)],
        intake=intake,
    )
    return WhatsAppChannel(settings, store, graph, core)


class _Server(uvicorn.Server):
    """uvicorn without its own signal handlers: the process's handlers stop everything."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


async def serve(channel: WhatsAppChannel) -> None:
    """Run until `channel.core.stopping` is set."""
    s = channel.settings
    config = uvicorn.Config(
        channel.app(),
        host=s.listen,
        port=s.port,
        log_level="warning",
        lifespan="off",
        access_log=False,
        ws="none",  # Rasa pins an old `websockets` that uvicorn's auto mode cannot load
    )
    server = _Server(config)
    tasks = channel.core.start()
    web = asyncio.create_task(server.serve(), name="whatsapp-webhook")
    log.info("whatsapp channel listening on %s:%d", s.listen, s.port)
    try:
        await asyncio.wait(
            [web, asyncio.create_task(channel.core.stopping.wait())],
            return_when=asyncio.FIRST_COMPLETED,
        )
        if web.done() and web.exception() is not None:
            log.error("webhook server stopped: %s", type(web.exception()).__name__)
    finally:
        channel.core.stopping.set()
        server.should_exit = True
        for task in tasks:
            task.cancel()
        await asyncio.gather(web, *tasks, return_exceptions=True)
        await channel.graph.close()
        await channel.core.rasa.close()
        channel.store.engine.dispose()


def run(settings: WhatsAppSettings, queue: Settings) -> None:
    """`adminduk whatsapp`: serve until SIGTERM or SIGINT."""
    quiet_http_logs()

    async def main() -> None:
        channel = build_channel(settings, queue)
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, channel.core.stopping.set)
        await serve(channel)

    asyncio.run(main())
