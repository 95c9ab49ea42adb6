"""Wiring: the PTB `Application`, its handlers, and the two ways to run it.

    run(settings, queue_settings)            long polling (default)
    run(settings, queue_settings, webhook=True)
                                             webhook (Starlette + uvicorn, see `webhook`);
                                             the secret token is checked on every request

The lifecycle is explicit: initialise (retrying while the Bot API is unreachable), start,
updater, background loops; on SIGTERM/SIGINT the reverse.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from typing import Any, TypeAlias

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.channels.rasa import RasaClient
from bot.channels.telegram import officers, residents
from bot.channels.telegram.config import TelegramSettings
from bot.channels.telegram.gateway import Gateway
from bot.channels.telegram.store import Store
from bot.errors import ConfigError
from bot.queue.config import Settings, make_engine, make_session_factory
from bot.queue.persistence import UnitOfWork

__all__ = [
    "build_application",
    "build_gateway",
    "quiet_http_logs",
    "register_webhook",
    "run",
    "serve",
]

log = logging.getLogger("bot.channels.telegram")
App: TypeAlias = "Application[Any, Any, Any, Any, Any, Any]"
UPDATES = ["message", "callback_query"]
POLL_TIMEOUT = 10  # seconds a getUpdates long poll may wait


def quiet_http_logs() -> None:
    """Bot API URLs contain the token: keep httpx, httpcore and PTB's debug lines out."""
    for name in ("httpx", "httpcore", "telegram"):
        logging.getLogger(name).setLevel(logging.WARNING)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log a failed update by id and error type only: no text, no names, no numbers."""
    update_id = update.update_id if isinstance(update, Update) else None
    error = context.error
    log.error("update %s failed: %s", update_id, type(error).__name__ if error else "?")


def build_gateway(settings: TelegramSettings, queue: Settings) -> Gateway:
    engine = make_engine(queue.database_url)
    factory = make_session_factory(engine)
    return Gateway(
        settings=settings,
        store=Store(engine),
        new_uow=lambda: UnitOfWork(factory),
        rasa=RasaClient(settings.rasa_url, settings.actions_url, channel="telegram"),
        data_dir=queue.data_dir,
        hours=queue.hours,
        max_attachments=queue.max_attachments,
    )


def build_application(gw: Gateway, **request_kwargs: Any) -> App:
    """The Application with every handler; `request_kwargs` go to HTTPXRequest (tests pass
    `httpx_kwargs={"transport": ...}`)."""
    s = gw.settings
    wait = s.timeout
    request = HTTPXRequest(
        read_timeout=wait, write_timeout=wait, connect_timeout=wait, **request_kwargs
    )
    polling = HTTPXRequest(read_timeout=wait + POLL_TIMEOUT, connect_timeout=wait, **request_kwargs)
    app = (
        Application.builder()
        .token(s.token)
        .base_url(s.base_url)
        .base_file_url(s.base_file_url)
        .request(request)
        .get_updates_request(polling)
        .build()
    )
    app.bot_data["gateway"] = gw
    officer_chat = filters.Chat(chat_id=s.officer_chat_id) if s.officer_chat_id else None
    private = filters.ChatType.PRIVATE
    app.add_handler(TypeHandler(Update, residents.skip_seen), group=-1)
    app.add_handler(CommandHandler("antrian", officers.cmd_antrian))
    app.add_handler(CommandHandler("berikut", officers.cmd_berikut))
    app.add_handler(CommandHandler("start", residents.cmd_start, filters=private))
    app.add_handler(CommandHandler("bantuan", residents.cmd_bantuan, filters=private))
    app.add_handler(CommandHandler("status", residents.cmd_status, filters=private))
    app.add_handler(CallbackQueryHandler(residents.on_button, pattern=r"^r:"))
    app.add_handler(CallbackQueryHandler(officers.on_officer_button, pattern=r"^[afjst]:"))
    if officer_chat is not None:
        reply = officer_chat & filters.REPLY & filters.TEXT & ~filters.COMMAND
        app.add_handler(MessageHandler(reply, officers.on_officer_reply))
    app.add_handler(MessageHandler(private & filters.TEXT & ~filters.COMMAND, residents.on_text))
    files = filters.PHOTO | filters.Document.ALL
    app.add_handler(MessageHandler(private & files, residents.on_file))
    app.add_handler(MessageHandler(private & ~filters.TEXT, residents.on_other))
    app.add_error_handler(on_error)
    return app


async def _initialise(app: App, gw: Gateway) -> None:
    delay = 0.5
    while True:
        try:
            await app.initialize()
            return
        except TelegramError as exc:
            log.warning("Bot API not reachable (%s); retrying", type(exc).__name__)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30.0)


async def register_webhook(app: App, gw: Gateway) -> Any:
    """Register the webhook with the Bot API (retrying) and build the uvicorn server."""
    from bot.channels.telegram.webhook import webhook_server

    s = gw.settings
    if not s.webhook_url or not s.webhook_secret:
        raise ConfigError("webhook mode needs TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET")
    url, secret = s.webhook_url, s.webhook_secret
    delay = 0.5
    while True:
        try:
            await app.bot.set_webhook(url, secret_token=secret, allowed_updates=UPDATES)
            break
        except TelegramError as exc:
            log.warning("setWebhook failed (%s); retrying", type(exc).__name__)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30.0)
    return webhook_server(app, secret, s.webhook_listen, s.webhook_port)


async def serve(app: App, gw: Gateway, *, webhook: bool = False) -> None:
    """Run until `gw.stopping` is set."""
    await _initialise(app, gw)
    try:
        await app.start()
        assert app.updater is not None
        server = await register_webhook(app, gw) if webhook else None
        if server is None:
            await app.updater.start_polling(
                poll_interval=0.0,
                timeout=POLL_TIMEOUT,
                allowed_updates=UPDATES,
                bootstrap_retries=-1,
            )
        tasks = gw.start(app)
        if server is not None:
            tasks.append(asyncio.create_task(server.serve(), name="telegram-webhook"))
        log.info("telegram gateway running (%s)", "webhook" if webhook else "long polling")
        await gw.stopping.wait()
        if server is not None:
            server.should_exit = True
        for task in tasks[:2]:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if app.updater.running:
            await app.updater.stop()
        await app.stop()
    finally:
        await app.shutdown()
        await gw.rasa.close()


def run(settings: TelegramSettings, queue: Settings, *, webhook: bool = False) -> None:
    """`adminduk telegram`: serve until SIGTERM or SIGINT."""
    quiet_http_logs()

    async def main() -> None:
        gw = build_gateway(settings, queue)
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, gw.stopping.set)
        await serve(build_application(gw), gw, webhook=webhook)

    asyncio.run(main())
