"""The queue's outbox as the channels see it: what is due on a channel, and what happened.

Sent and retried messages go through `bot.queue.services` (mark_sent, mark_failed with its
backoff); this module adds the two outcomes a channel can learn only later or for good:

    give_up(engine, id, error)        refused for good: state "failed", visible to officers
    send_again(engine, id, error)     the channel reported a failure after accepting it
                                      (WhatsApp's status callback): pending again, at once
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.engine import Engine

from bot.queue import tables as q
from bot.queue.domain import utcnow

__all__ = ["code_of", "give_up", "send_again"]


def code_of(dedup_key: str) -> str:
    """The ticket code of an outbox message (`<code>:<seq>:<kind>` or `<code>:<kind>`)."""
    return dedup_key.split(":", 1)[0]


def give_up(engine: Engine, message_id: int, error: str) -> None:
    o = q.outbox.c
    with engine.begin() as conn:
        conn.execute(
            update(q.outbox)
            .where(o.id == message_id)
            .values(
                state="failed",
                next_attempt_at=None,
                attempts=o.attempts + 1,
                last_error=error[:500],
            )
        )


def send_again(engine: Engine, message_id: int, error: str) -> None:
    o = q.outbox.c
    with engine.begin() as conn:
        conn.execute(
            update(q.outbox)
            .where(o.id == message_id)
            .values(state="pending", next_attempt_at=utcnow(), last_error=error[:500])
        )
