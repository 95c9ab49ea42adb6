"""Sending to Telegram with one policy: what a failure means for the message.

    SENT        Telegram accepted it
    RETRY       try again later: network trouble, Telegram 5xx, a timeout, 429 (after waiting
                `retry_after`, which `send` reports in `Outcome.wait`)
    GIVE_UP     Telegram refused this message for good (chat not found, bot blocked, 400)

Everything is plain text: no parse mode, so nobody's text can break the formatting.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyParameters,
)
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError

__all__ = ["Outcome", "Result", "attempt", "keyboard", "send_text"]

log = logging.getLogger("bot.channels.telegram")
MAX_CALLBACK_BYTES = 64
Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup


class Outcome(str, Enum):
    SENT = "sent"
    RETRY = "retry"
    GIVE_UP = "give_up"


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    message: Message | None = None
    wait: float = 0.0
    error: str | None = None


def keyboard(buttons: Sequence[dict[str, str]] | None) -> Markup | None:
    """Rasa buttons as an inline keyboard (`r:<payload>`); a reply keyboard of the titles
    when a payload is too long for Telegram's 64-byte callback data."""
    if not buttons:
        return None
    datas = [f"r:{b['payload']}" for b in buttons]
    if all(len(d.encode()) <= MAX_CALLBACK_BYTES for d in datas):
        rows = [
            [InlineKeyboardButton(b["title"], callback_data=d)]
            for b, d in zip(buttons, datas, strict=True)
        ]
        return InlineKeyboardMarkup(rows)
    return ReplyKeyboardMarkup(
        [[KeyboardButton(b["title"])] for b in buttons], one_time_keyboard=True
    )


async def attempt(call: Callable[[], Awaitable[Any]]) -> Result:
    """Run one Bot API call and classify the outcome; never raises a TelegramError."""
    try:
        value = await call()
    except RetryAfter as exc:
        with warnings.catch_warnings():  # PTB 22 warns about the type of retry_after
            warnings.simplefilter("ignore")
            wait = exc.retry_after
        seconds = wait if isinstance(wait, (int, float)) else wait.total_seconds()
        return Result(Outcome.RETRY, wait=float(seconds), error="429 retry_after")
    except (BadRequest, Forbidden, ChatMigrated) as exc:
        return Result(Outcome.GIVE_UP, error=f"{type(exc).__name__}: {exc.message}")
    except TelegramError as exc:  # NetworkError, TimedOut, 5xx, Conflict
        return Result(Outcome.RETRY, error=type(exc).__name__)
    return Result(Outcome.SENT, value if isinstance(value, Message) else None)


async def send_text(
    bot: Bot,
    chat_id: int | str,
    text: str,
    *,
    markup: Markup | None = None,
    reply_to: int | None = None,
) -> Result:
    params = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
    return await attempt(
        lambda: bot.send_message(chat_id, text, reply_markup=markup, reply_parameters=params)
    )
