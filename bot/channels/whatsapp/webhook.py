"""The webhook at /whatsapp (Starlette), as the Cloud API calls it.

GET   verification: `hub.mode=subscribe` and `hub.verify_token` equal to
      WHATSAPP_VERIFY_TOKEN answer `hub.challenge`; anything else 403.
POST  `X-Hub-Signature-256: sha256=<hex>` must be the HMAC-SHA256 of the raw body with
      WHATSAPP_APP_SECRET (compared in constant time), else 401 and nothing happens. A valid
      post is written to the inbox (`intake.take_posts`, posts arriving together in one
      transaction) and answered 200 once stored; Rasa is asked afterwards by the core's
      inbox loop. A body that is not JSON gets 400; one that could not be stored, 500.
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
) -> Starlette:
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

    async def receive(request: Request) -> Response:
        body = await request.body()
        if not signature_ok(app_secret, body, request.headers.get(SIGNATURE_HEADER)):
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

    routes = [
        Route(PATH, verify, methods=["GET"]),
        Route(PATH, receive, methods=["POST"]),
        Route("/healthz", health, methods=["GET"]),
    ]
    return Starlette(routes=routes)
