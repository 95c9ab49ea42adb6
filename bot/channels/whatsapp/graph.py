"""The Graph API client for one phone number, with one failure policy for every call.

    SENT      200 with a message id
    RETRY     a rate limit (HTTP 429, error 130429, 131048, 131056, 80007), 5xx, a timeout
              or network trouble; `wait` is the server's Retry-After when it gives one
    GIVE_UP   any other 4xx (the core retries it a few times, then it fails for officers);
              `error` starts with the Graph error code, e.g. "131047: Re-engagement message"

The access token travels in the Authorization header only; it is never logged (and httpx's
own logger is kept quiet by `app.quiet_http_logs`).
"""

from __future__ import annotations

import logging
from typing import Any

import httpx

from bot.channels.messages import Outcome, Result
from bot.channels.whatsapp.config import WhatsAppSettings

__all__ = ["OUTSIDE_WINDOW", "GraphClient", "MediaError", "error_code"]

log = logging.getLogger("bot.channels.whatsapp")
OUTSIDE_WINDOW = 131047  # more than 24 hours since the resident's last message
RATE_LIMITS = {4, 80007, 130429, 131048, 131056}


class MediaError(Exception):
    """A media file could not be fetched (its URL, or the download)."""

    def __str__(self) -> str:
        return f"media not fetched: {self.args[0] if self.args else ''}"


def error_code(error: str | None) -> int | None:
    head = (error or "").split(":", 1)[0]
    return int(head) if head.isdigit() else None


def _wait(response: httpx.Response) -> float:
    try:
        return max(0.0, float(response.headers.get("retry-after") or 0))
    except ValueError:
        return 0.0


def classify(response: httpx.Response) -> Result:
    try:
        body: Any = response.json()
    except ValueError:
        body = {}
    if response.status_code == 200:
        messages = body.get("messages") if isinstance(body, dict) else None
        wamid = messages[0].get("id") if messages else None
        return Result(Outcome.SENT, provider_id=str(wamid) if wamid else None)
    error = (body.get("error") if isinstance(body, dict) else None) or {}
    code = error.get("code")
    text = f"{code}: {error.get('message') or response.reason_phrase}"[:300]
    if response.status_code == 429 or code in RATE_LIMITS:
        return Result(Outcome.RETRY, wait=_wait(response), error=text)
    if response.status_code >= 500:
        return Result(Outcome.RETRY, wait=_wait(response), error=f"HTTP {response.status_code}")
    return Result(Outcome.GIVE_UP, error=text)


class GraphClient:
    def __init__(
        self, settings: WhatsAppSettings, transport: httpx.AsyncBaseTransport | None = None
    ):
        self.settings = settings
        self._http = httpx.AsyncClient(
            timeout=settings.timeout,
            headers={"Authorization": f"Bearer {settings.token}"},
            transport=transport,
        )

    async def close(self) -> None:
        await self._http.aclose()

    async def send(self, payload: dict[str, Any]) -> Result:
        try:
            response = await self._http.post(self.settings.messages_url, json=payload)
        except httpx.HTTPError as exc:
            return Result(Outcome.RETRY, error=type(exc).__name__)
        return classify(response)

    async def download(self, media_id: str, limit: int) -> tuple[bytes, str | None]:
        """The media's bytes (at most `limit`) and the type the Graph API names."""
        try:
            meta = await self._http.get(f"{self.settings.api_base_url}/{media_id}")
            if meta.status_code != 200:
                raise MediaError(f"media URL status {meta.status_code}")
            info = meta.json()
            size = int(info.get("file_size") or 0)
            if size > limit:
                raise MediaError("too big")
            async with self._http.stream("GET", str(info["url"])) as response:
                if response.status_code != 200:
                    raise MediaError(f"download status {response.status_code}")
                data = bytearray()
                async for chunk in response.aiter_bytes():
                    data += chunk
                    if len(data) > limit:
                        raise MediaError("too big")
        except (httpx.HTTPError, ValueError, KeyError) as exc:
            raise MediaError(type(exc).__name__) from None
        return bytes(data), info.get("mime_type")
