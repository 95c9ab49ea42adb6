"""The assistant's door: Rasa's REST channel, with the sender `<channel>:<chat id>`.

The actions read the channel back from the sender id (`actions/queue_port.chat_of`), so a
ticket remembers the channel it came from and its notices go back there.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx

from bot.channels.messages import Reply

__all__ = ["RasaClient", "RasaUnavailable"]

log = logging.getLogger("bot.channels")


class RasaUnavailable(Exception):
    """Rasa or the action server did not answer; the message stays in the inbox."""

    def __str__(self) -> str:
        return f"assistant unavailable: {self.args[0] if self.args else ''}"


class RasaClient:
    def __init__(
        self,
        rasa_url: str,
        actions_url: str | None = None,
        *,
        channel: str = "telegram",
        timeout: float = 60.0,
    ) -> None:
        self.rasa_url = rasa_url.rstrip("/")
        self.actions_url = actions_url.rstrip("/") if actions_url else None
        self.channel = channel
        self._http = httpx.AsyncClient(timeout=timeout)

    async def close(self) -> None:
        await self._http.aclose()

    async def ask(self, chat_id: str, text: str) -> list[Reply]:
        """Rasa's replies to one message; raises RasaUnavailable when it cannot answer."""
        try:
            if self.actions_url:
                health = await self._http.get(f"{self.actions_url}/health", timeout=5.0)
                if health.status_code != 200:
                    raise RasaUnavailable(f"action server status {health.status_code}")
            response = await self._http.post(
                f"{self.rasa_url}/webhooks/rest/webhook",
                json={"sender": f"{self.channel}:{chat_id}", "message": text},
            )
        except httpx.HTTPError as exc:
            raise RasaUnavailable(type(exc).__name__) from None
        if response.status_code != 200:
            raise RasaUnavailable(f"rasa status {response.status_code}")
        try:
            items = response.json()
        except ValueError:
            raise RasaUnavailable("rasa answered something that is not JSON") from None
        return [_reply(item) for item in items if isinstance(item, dict) and item.get("text")]


def _reply(item: dict[str, Any]) -> Reply:
    buttons = [
        {"title": str(b.get("title", "")), "payload": str(b.get("payload", b.get("title", "")))}
        for b in item.get("buttons") or []
    ]
    return Reply(str(item["text"]), buttons or None)
