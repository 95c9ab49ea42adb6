"""Webhook mode on Starlette + uvicorn (already dependencies; PTB's own webhook server needs
tornado, which the project does not ship).

Telegram sends every update as a POST to `TELEGRAM_WEBHOOK_URL`, with the secret token of
`setWebhook` in `X-Telegram-Bot-Api-Secret-Token`; a request without the right token gets 403
and nothing happens. The update is processed before the 200 answer, so a text is in the inbox
(durably) before Telegram considers it delivered; a redelivery is skipped by its update id.
"""

from __future__ import annotations

import hmac
import logging
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from telegram import Update

__all__ = ["SECRET_HEADER", "webhook_app", "webhook_server"]

log = logging.getLogger("bot.channels.telegram")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
PATH = "/telegram"


def webhook_app(ptb: Any, secret: str) -> Starlette:
    """The Starlette app: POST /telegram (checked, processed), GET /healthz."""

    async def receive(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            log.warning("webhook request with a wrong secret token refused")
            return PlainTextResponse("forbidden", status_code=403)
        try:
            update = Update.de_json(await request.json(), ptb.bot)
        except ValueError:
            return PlainTextResponse("bad request", status_code=400)
        await ptb.process_update(update)
        return PlainTextResponse("ok")

    async def health(_request: Request) -> Response:
        return PlainTextResponse("ok")

    routes = [Route(PATH, receive, methods=["POST"]), Route("/healthz", health, methods=["GET"])]
    return Starlette(routes=routes)


def webhook_server(ptb: Any, secret: str, host: str, port: int) -> uvicorn.Server:
    config = uvicorn.Config(
        webhook_app(ptb, secret),
        host=host,
        port=port,
        log_level="warning",
        lifespan="off",
        ws="none",  # Rasa pins an old `websockets` that uvicorn's auto mode cannot load
    )
    return uvicorn.Server(config)
