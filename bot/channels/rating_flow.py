"""The rating conversation, decided in the channel core (it never reaches Rasa).

1. A finished ticket's "completed" notice goes out; `ask_after` queues one rating request for
   the ticket (outbox kind `rating_request`, key `<code>:rating`: never twice).
2. The request carries five choices with payloads `nilai:<code>:<1..5>` (buttons on Telegram
   and in the kiosk, a list on WhatsApp). A WhatsApp template outside the 24-hour window
   carries one quick reply, `nilai:<code>:mulai`, which brings the five choices.
3. A choice stores the score; the chat's next text within 15 minutes is the optional comment
   (or `nilai:<code>:lewati` skips it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

from bot.channels.messages import Reply
from bot.channels.outbox import code_of
from bot.channels.store import ChannelStore
from bot.errors import QueueError
from bot.queue import ratings, services
from bot.queue.domain import Actor, utcnow
from bot.queue.persistence import UnitOfWork
from bot.queue.views import OutboxView
from bot.texts import for_residents

__all__ = ["KIND", "ask_after", "choices", "handle", "notice_reply"]

KIND = "rating_request"
COMMENT_WINDOW = timedelta(minutes=15)
_PAYLOAD = re.compile(r"^nilai:([A-Z]+-[A-Z0-9]+):(\d|lewati|mulai)$")


def choices(code: str) -> list[dict[str, str]]:
    return [
        {"title": f"{n} – {label}", "payload": f"nilai:{code}:{n}"}
        for n, label in sorted(for_residents.RATING_LABELS.items(), reverse=True)
    ]


def skip_button(code: str) -> list[dict[str, str]]:
    return [{"title": "Lewati", "payload": f"nilai:{code}:lewati"}]


def notice_reply(note: OutboxView) -> Reply:
    """An outbox notice as a reply; a rating request gets its five choices."""
    if note.kind == KIND:
        return Reply(note.text, choices(code_of(note.dedup_key)))
    return Reply(note.text)


def ask_after(uow: UnitOfWork, note: OutboxView) -> bool:
    """After a ticket's "completed" notice: queue its one rating request."""
    if note.kind != "completed":
        return False
    code = code_of(note.dedup_key)
    return services.enqueue_notification(
        uow, code, KIND, for_residents.rating_request(code), f"{code}:rating"
    )


def handle(
    store: ChannelStore, new_uow: Callable[[], UnitOfWork], chat_id: str, text: str
) -> list[Reply] | None:
    """The answers to a rating choice or comment; None when the text is for Rasa."""
    actor = Actor.resident(store.channel, chat_id)
    match = _PAYLOAD.match(text.strip())
    if match is None:
        code = store.comment_target(chat_id)
        if code is None or text.lstrip().startswith(("#", "/", "\x1f")):
            return None
        store.expect_comment(chat_id, None, None)
        try:
            ratings.record_comment(new_uow(), code, actor, text)
        except QueueError:
            return None
        return [Reply(for_residents.COMMENT_SAVED)]
    code, choice = match.groups()
    if choice == "mulai":
        return [Reply(for_residents.rating_request(code), choices(code))]
    if choice == "lewati":
        store.expect_comment(chat_id, None, None)
        return [Reply("Terima kasih.")]
    try:
        stored = ratings.record_score(new_uow(), code, actor, int(choice))
    except QueueError as exc:
        return [Reply(str(exc))]
    if not stored:
        return [Reply(for_residents.ALREADY_RATED)]
    store.expect_comment(chat_id, code, utcnow() + COMMENT_WINDOW)
    return [Reply(for_residents.rating_thanks(int(choice)), skip_button(code))]
