"""Residents' satisfaction ratings: 1–5 for a finished (SELESAI) ticket, at most once, with an
optional comment. Each rating and comment is also an event on the ticket (`rated`,
`rating_commented`), by the resident, via the ticket's channel.

    record_score(uow, code, actor, 4)     -> True (stored) | False (rated before)
    record_comment(uow, code, actor, "…") -> True | False (no rating, or commented before)
    summary(uow)                          -> {"count", "mean", "median", "distribution"}

Only the chat that made the ticket may rate it; another chat gets TicketNotFound, as for a
wrong code.
"""

from __future__ import annotations

import statistics as pystats
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update

from bot.errors import InvalidInput, Issue, TicketNotFound
from bot.queue import tables
from bot.queue.codes import normalise_code
from bot.queue.domain import Actor, Status, Ticket, TicketEvent, utcnow
from bot.queue.persistence import Conflict, UnitOfWork

__all__ = ["SCORES", "record_comment", "record_score", "summary"]

SCORES = (1, 2, 3, 4, 5)
MAX_COMMENT = 500


def _own_finished(uow: UnitOfWork, code: str, actor: Actor) -> Ticket:
    ticket = uow.tickets.get(normalise_code(code), lock=True)
    if ticket is None or actor.chat != (ticket.channel, ticket.chat_id):
        raise TicketNotFound(normalise_code(code))
    if ticket.status != Status.SELESAI:
        issue = Issue("nilai", "belum_selesai", "Tiket belum selesai.")
        message = f"Permohonan {ticket.code} belum selesai, jadi belum dapat dinilai."
        raise InvalidInput([issue], message)
    return ticket


def _event(ticket: Ticket, actor: Actor, kind: str, at: datetime, note: str, data: Any) -> None:
    ticket.seq += 1
    status = Status(ticket.status).value
    ticket.events.append(TicketEvent(ticket.seq, kind, actor, at, status, status, note, data))
    ticket.last_activity_at = at


def record_score(
    uow: UnitOfWork, code: str, actor: Actor, score: int, *, now: datetime | None = None
) -> bool:
    """Store the rating of a finished ticket; False when it was rated before."""
    if score not in SCORES:
        raise InvalidInput([Issue("nilai", "di_luar_rentang", "Nilai harus 1 sampai 5.")])
    now = now or utcnow()
    try:
        with uow:
            ticket = _own_finished(uow, code, actor)
            r = tables.ratings.c
            found = uow.session.execute(select(r.id).where(r.ticket_id == ticket.id)).first()
            if found is not None:
                return False
            uow.session.execute(
                insert(tables.ratings).values(
                    ticket_id=ticket.id, score=score, channel=ticket.channel, created_at=now
                )
            )
            _event(ticket, actor, "rated", now, f"Nilai {score}", {"score": score})
            uow.commit()
    except Conflict:
        return False  # the same rating arrived twice at the same moment
    return True


def record_comment(
    uow: UnitOfWork, code: str, actor: Actor, comment: str, *, now: datetime | None = None
) -> bool:
    """The rating's optional comment (once); False without a rating or after a comment."""
    text = " ".join(comment.split())[:MAX_COMMENT]
    if not text:
        return False
    now = now or utcnow()
    with uow:
        ticket = _own_finished(uow, code, actor)
        r = tables.ratings.c
        changed = uow.session.execute(
            update(tables.ratings)
            .where(r.ticket_id == ticket.id, r.comment.is_(None))
            .values(comment=text, commented_at=now)
        )
        if changed.rowcount == 0:
            return False
        _event(ticket, actor, "rating_commented", now, text, None)
        uow.commit()
    return True


def summary(uow: UnitOfWork, since: datetime | None = None) -> dict[str, Any]:
    """How many ratings, their mean and median, and how many of each score."""
    r = tables.ratings.c
    query = select(r.score, func.count()).group_by(r.score)
    if since is not None:
        query = query.where(r.created_at >= since)
    with uow:
        counts = {int(score): int(n) for score, n in uow.session.execute(query).all()}
    scores = [s for s, n in sorted(counts.items()) for _ in range(n)]
    return {
        "count": len(scores),
        "mean": round(sum(scores) / len(scores), 2) if scores else None,
        "median": float(pystats.median(scores)) if scores else None,
        "distribution": {str(s): counts.get(s, 0) for s in SCORES},
    }
