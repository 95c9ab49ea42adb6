"""What the channel core passes around: replies, inbox items, and the outcome of a send.

Outcome.SENT      the channel accepted the message (`Result.provider_id`: its id there)
Outcome.RETRY     try again later: network trouble, 5xx, a timeout, a rate limit (after
                  `Result.wait` seconds when the channel says how long)
Outcome.GIVE_UP   the channel refused this message (a 4xx); after the adapter's
                  `refusals_allowed` refusals it is marked failed, visible to officers
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

__all__ = ["InboxItem", "Outcome", "Reply", "ReplyRow", "Result"]


@dataclass(frozen=True)
class Reply:
    """A message for a resident: text, optional buttons (`title`, `payload`), and the channel
    message it answers (quoted where the channel can)."""

    text: str
    buttons: list[dict[str, str]] | None = None
    reply_to: str | int | None = None


@dataclass(frozen=True)
class ReplyRow:
    id: int
    chat_id: str
    reply: Reply
    attempts: int


@dataclass(frozen=True)
class InboxItem:
    id: int
    chat_id: str
    message_id: str | None
    text: str


class Outcome(str, Enum):
    SENT = "sent"
    RETRY = "retry"
    GIVE_UP = "give_up"


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    message: Any = None  # the channel's own answer object (Telegram's Message)
    wait: float = 0.0
    error: str | None = None
    provider_id: str | None = None
