"""A Cloud API webhook body → the messages and statuses in it (no I/O).

Messages: `text`, `interactive` (`button_reply` / `list_reply`: their id is the payload),
`button` (a template's quick reply: its payload), `image` and `document` (a media id), and
everything else (`audio`, `sticker`, `location`, …) as kind "other". Statuses (`sent`,
`delivered`, `read`, `failed`) are never messages.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["Incoming", "StatusUpdate", "messages_of", "statuses_of"]

MEDIA = ("image", "document")


@dataclass(frozen=True)
class Incoming:
    wamid: str
    sender: str  # the resident's WhatsApp id (phone number)
    kind: str  # text | media | other
    text: str = ""
    media_id: str | None = None
    mime_type: str | None = None
    filename: str | None = None


@dataclass(frozen=True)
class StatusUpdate:
    wamid: str
    status: str
    recipient: str | None
    error_code: int | None = None
    error_title: str | None = None


def _values(body: Any) -> Iterator[dict[str, Any]]:
    if not isinstance(body, dict):
        return
    for entry in body.get("entry") or []:
        for change in (entry or {}).get("changes") or []:
            value = (change or {}).get("value")
            if isinstance(value, dict):
                yield value


def _clean(text: str) -> str:
    """No control characters (the core reserves \\x1f for its own inbox markers)."""
    return "".join(ch for ch in text if ch in "\n\t" or ch >= " ")


def _one(message: dict[str, Any]) -> Incoming | None:
    wamid, sender, kind = message.get("id"), message.get("from"), message.get("type")
    if not isinstance(wamid, str) or not isinstance(sender, str):
        return None
    if kind == "text":
        return Incoming(
            wamid, sender, "text", _clean(str((message.get("text") or {}).get("body", "")))
        )
    if kind == "interactive":
        inner = message.get("interactive") or {}
        reply = inner.get("button_reply") or inner.get("list_reply") or {}
        payload = reply.get("id") or reply.get("title") or ""
        return Incoming(wamid, sender, "text", _clean(str(payload)))
    if kind == "button":
        button = message.get("button") or {}
        return Incoming(
            wamid, sender, "text", _clean(str(button.get("payload") or button.get("text") or ""))
        )
    if kind in MEDIA:
        media = message.get(kind) or {}
        return Incoming(
            wamid,
            sender,
            "media",
            media_id=str(media.get("id") or ""),
            mime_type=media.get("mime_type"),
            filename=media.get("filename"),
        )
    return Incoming(wamid, sender, "other")


def messages_of(body: Any) -> list[Incoming]:
    found = [_one(m) for v in _values(body) for m in v.get("messages") or [] if isinstance(m, dict)]
    return [m for m in found if m is not None and (m.kind != "text" or m.text.strip())]


def statuses_of(body: Any) -> list[StatusUpdate]:
    out: list[StatusUpdate] = []
    for value in _values(body):
        for status in value.get("statuses") or []:
            if not isinstance(status, dict) or not isinstance(status.get("id"), str):
                continue
            errors = status.get("errors") or [{}]
            first = errors[0] if isinstance(errors[0], dict) else {}
            code = first.get("code")
            out.append(
                StatusUpdate(
                    status["id"],
                    str(status.get("status") or ""),
                    status.get("recipient_id"),
                    int(code) if isinstance(code, (int, str)) and str(code).isdigit() else None,
                    first.get("title"),
                )
            )
    return out
