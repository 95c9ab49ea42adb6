"""Sending to Telegram with the channel core's policy (`bot.channels.messages.Outcome`):

    SENT        Telegram accepted it
    RETRY       network trouble, Telegram 5xx, a timeout, 429 (after waiting `retry_after`,
                reported in `Result.wait`)
    GIVE_UP     Telegram refused this message for good (chat not found, bot blocked, 400)

Everything is plain text: no parse mode, so nobody's text can break the formatting.
`TelegramSender` is the core's sender for channel "telegram".
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Awaitable, Callable, Sequence
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

from bot.channels.messages import Outcome, Reply, Result
from bot.queue.views import OutboxView

__all__ = ["Outcome", "Result", "TelegramSender", "attempt", "keyboard", "send_text"]

log = logging.getLogger("bot.channels.telegram")
MAX_CALLBACK_BYTES = 64
Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup


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


class TelegramSender:
    """The core's sender: answers quote the resident's message, notices stand alone."""

    refusals_allowed = 1  # a Bot API refusal (blocked, chat not found) does not get better

    def __init__(self, bot: Bot | None = None) -> None:
        self.bot = bot

    def _bot(self) -> Bot:
        if self.bot is None:
            raise RuntimeError("the Telegram sender has no Bot yet")
        return self.bot

    async def send_reply(self, chat_id: str, reply: Reply) -> Result:
        quote = int(reply.reply_to) if reply.reply_to not in (None, "") else None
        markup = keyboard(reply.buttons)
        return await send_text(self._bot(), chat_id, reply.text, markup=markup, reply_to=quote)

    async def send_notice(self, note: OutboxView, reply: Reply) -> Result:
        assert note.chat_id is not None
        markup = keyboard(reply.buttons)
        return await send_text(self._bot(), note.chat_id, reply.text, markup=markup)
