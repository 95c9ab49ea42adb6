"""The webhook at /whatsapp (Starlette), as the Cloud API calls it.

GET   verification: `hub.mode=subscribe` and `hub.verify_token` equal to
      WHATSAPP_VERIFY_TOKEN answer `hub.challenge`; anything else 403.
POST  `X-Hub-Signature-256: sha256=<hex>` must be the HMAC-SHA256 of the raw body with
      WHATSAPP_APP_SECRET (compared in constant time), else 401 and nothing happens. A valid
      post is written to the inbox (`intake.take_posts`, posts arriving together in one
      transaction) and answered 200 once stored; Rasa is asked afterwards by the core's
      inbox loop. A body that is not JSON gets 400; one that could not be stored, 500.
      This is the busy path (every message and status callback of every resident), so it is
      a bare ASGI handler in front of Starlette, which serves the rest.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Callable

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from bot.channels.store import ChannelStore
from bot.channels.whatsapp.intake import Batcher

__all__ = ["PATH", "SIGNATURE_HEADER", "sign", "signature_ok", "webhook_app"]

log = logging.getLogger("bot.channels.whatsapp")
PATH = "/whatsapp"
SIGNATURE_HEADER = "X-Hub-Signature-256"


def sign(secret: str, body: bytes) -> str:
    """The header value Meta sends for `body`."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signature_ok(secret: str, body: bytes, header: str | None) -> bool:
    return bool(header) and hmac.compare_digest(sign(secret, body), str(header))


def webhook_app(
    store: ChannelStore, app_secret: str, verify_token: str, wake: Callable[[], None]
) -> ASGIApp:
    batcher = Batcher(store, wake)

    async def verify(request: Request) -> Response:
        q = request.query_params
        token = q.get("hub.verify_token", "")
        if q.get("hub.mode") == "subscribe" and hmac.compare_digest(
            token.encode(), verify_token.encode()
        ):
            return PlainTextResponse(q.get("hub.challenge", ""))
        log.warning("webhook verification with a wrong token refused")
        return PlainTextResponse("forbidden", status_code=403)

    async def receive_post(body: bytes, signature: str | None) -> Response:
        if not signature_ok(app_secret, body, signature):
            log.warning("webhook post with a wrong signature refused")
            return PlainTextResponse("unauthorised", status_code=401)
        try:
            data = json.loads(body)
        except ValueError:
            return PlainTextResponse("bad request", status_code=400)
        try:
            await batcher.take(data)
        except Exception as exc:  # not stored: Meta delivers it again
            log.error("webhook post not stored: %s", type(exc).__name__)
            return PlainTextResponse("not stored", status_code=500)
        return PlainTextResponse("ok")

    async def health(_request: Request) -> Response:
        return PlainTextResponse("ok")

    rest = Starlette(
        routes=[
            Route(PATH, verify, methods=["GET"]),
            Route("/healthz", health, methods=["GET"]),
        ]
    )

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != PATH or scope["method"] != "POST":
            await rest(scope, receive, send)
            return
        body, more = b"", True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
        signature = _header(scope, SIGNATURE_HEADER.lower().encode())
        response = await receive_post(body, signature)
        await response(scope, receive, send)

    return app


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None
