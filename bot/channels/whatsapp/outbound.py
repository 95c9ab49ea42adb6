"""The assistant's replies as Cloud API message payloads (no I/O).

- Up to 3 buttons whose titles fit 20 characters → reply buttons.
- Otherwise up to 10 → a list (row titles ≤ 24 characters; a longer title is cut and kept
  whole in the row's description).
- More than 10 → plain text naming the choices (the resident types one).
- A body longer than an interactive message allows (1,024) goes first as its own text.
- Templates (outside the 24-hour window): body parameters, optional quick-reply payload.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.texts import for_residents

__all__ = [
    "MAX_BUTTONS",
    "MAX_BUTTON_TITLE",
    "MAX_ROWS",
    "MAX_ROW_TITLE",
    "payloads",
    "template",
    "text",
]

MAX_BUTTONS, MAX_BUTTON_TITLE = 3, 20
MAX_ROWS, MAX_ROW_TITLE = 10, 24
MAX_TEXT, MAX_INTERACTIVE_BODY = 4096, 1024
Payload = dict[str, Any]


def _base(to: str, kind: str, reply_to: str | None = None) -> Payload:
    payload: Payload = {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": to,
        "type": kind,
    }
    if reply_to:
        payload["context"] = {"message_id": reply_to}
    return payload


def text(to: str, body: str, reply_to: str | None = None) -> Payload:
    payload = _base(to, "text", reply_to)
    payload["text"] = {"body": body[:MAX_TEXT], "preview_url": False}
    return payload


def _cut(title: str, limit: int) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def _buttons(
    to: str, body: str, buttons: Sequence[dict[str, str]], reply_to: str | None
) -> Payload:
    payload = _base(to, "interactive", reply_to)
    payload["interactive"] = {
        "type": "button",
        "body": {"text": body},
        "action": {
            "buttons": [
                {"type": "reply", "reply": {"id": b["payload"][:256], "title": b["title"]}}
                for b in buttons
            ]
        },
    }
    return payload


def _row(button: dict[str, str]) -> dict[str, str]:
    row = {"id": button["payload"][:200], "title": _cut(button["title"], MAX_ROW_TITLE)}
    if row["title"] != button["title"]:
        row["description"] = _cut(button["title"], 72)
    return row


def _list(to: str, body: str, buttons: Sequence[dict[str, str]], reply_to: str | None) -> Payload:
    payload = _base(to, "interactive", reply_to)
    payload["interactive"] = {
        "type": "list",
        "body": {"text": body},
        "action": {
            "button": "Pilih",
            "sections": [{"title": "Pilihan", "rows": [_row(b) for b in buttons]}],
        },
    }
    return payload


def payloads(
    to: str, body: str, buttons: Sequence[dict[str, str]] | None, reply_to: str | None = None
) -> list[Payload]:
    """The message(s) for one reply, in order."""
    if not buttons:
        return [text(to, body, reply_to)]
    if len(buttons) > MAX_ROWS:
        names = "\n".join(f"- {b['title']}" for b in buttons)
        return [text(to, f"{body}\n\nPilihan (ketik salah satu):\n{names}", reply_to)]
    first: list[Payload] = []
    if len(body) > MAX_INTERACTIVE_BODY:
        first, body, reply_to = [text(to, body, reply_to)], for_residents.PICK_ONE, None
    fits = len(buttons) <= MAX_BUTTONS and all(len(b["title"]) <= MAX_BUTTON_TITLE for b in buttons)
    shaped = _buttons if fits else _list
    return [*first, shaped(to, body, buttons, reply_to)]


def _param(value: str) -> dict[str, str]:
    # Template parameters may not hold new lines, tabs or more than four spaces in a row.
    return {"type": "text", "text": " ".join(value.split())[:1000]}


def template(
    to: str,
    name: str,
    language: str,
    params: Sequence[str],
    quick_reply: str | None = None,
) -> Payload:
    components: list[dict[str, Any]] = [{"type": "body", "parameters": [_param(p) for p in params]}]
    if quick_reply:
        components.append(
            {
                "type": "button",
                "sub_type": "quick_reply",
                "index": "0",
                "parameters": [{"type": "payload", "payload": quick_reply}],
            }
        )
    payload = _base(to, "template")
    payload["template"] = {
        "name": name,
        "language": {"code": language},
        "components": components,
    }
    return payload
