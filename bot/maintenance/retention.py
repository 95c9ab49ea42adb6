"""Retention (UU 27/2022): after `ADMINDUK_RETENTION_DAYS`, personal data goes everywhere it
was kept, and only anonymous counts stay. Run daily from cron: `adminduk purge`.

- tickets closed before the cut-off: personal fields, notes, outbox texts, attachments erased
  (`Ticket.purge`); tickets left open and untouched that long are closed first (`expire`);
- attachment files of those tickets, and their folders; files still waiting for the resident
  to pick a request (`bot.channels.pending`) after a day;
- the channels' tables: inbox texts and replies already handled, seen message ids, chat
  state, sent ids, Telegram posts and prompts, rating comments, all older than the cut-off;
- Rasa's tracker store (the transcripts, in `ADMINDUK_TRACKER_URL`): every conversation
  whose last event is older than the cut-off.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, inspect, select, text, update
from sqlalchemy.engine import Engine

from bot.channels import tables as channel_tables
from bot.channels.pending import PendingFiles
from bot.channels.telegram import tables as telegram_tables
from bot.queue import tables
from bot.queue.domain import OPEN, Actor, Ticket, utcnow
from bot.queue.persistence import UnitOfWork

__all__ = ["PurgeReport", "purge_expired"]

log = logging.getLogger("bot.queue")
RETENTION_ACTOR = Actor.system("retensi")


@dataclass
class PurgeReport:
    cutoff: datetime
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _tickets(
    uow: UnitOfWork, cutoff: datetime, days: int, now: datetime
) -> tuple[int, int, list[str]]:
    """Expire stale open tickets and purge closed ones; (expired, purged, files)."""
    t = tables.tickets.c
    with uow:
        stale = select(Ticket).where(
            t.status.in_([s.value for s in OPEN]), t.last_activity_at < cutoff
        )
        expired = list(uow.session.execute(stale.with_for_update()).scalars())
        for ticket in expired:
            ticket.expire(RETENTION_ACTOR, now, days)
        closed = [*uow.tickets.closed_before(cutoff), *expired]
        files = [a.path for ticket in closed for a in ticket.attachments]
        codes = [ticket.code for ticket in closed]
        for ticket in closed:
            ticket.purge(RETENTION_ACTOR, now)
        uow.commit()
    return len(expired), len(codes), [*files, *(f"attachments/{code}" for code in codes)]


def _remove_files(data_dir: Path, paths: list[str]) -> int:
    removed = 0
    for relative in paths:
        target = data_dir / relative
        if target.is_dir():
            shutil.rmtree(target, ignore_errors=True)
        elif target.exists():
            target.unlink()
            removed += 1
    return removed


def _channel_rows(engine: Engine, cutoff: datetime) -> dict[str, int]:
    c = channel_tables
    handled = ("done", "sent", "failed")
    statements = {
        "chat_inbox": delete(c.inbox).where(
            c.inbox.c.created_at < cutoff, c.inbox.c.state.in_(handled)
        ),
        "chat_replies": delete(c.replies).where(
            c.replies.c.created_at < cutoff, c.replies.c.state.in_(handled)
        ),
        "chat_seen": delete(c.seen).where(c.seen.c.processed_at < cutoff),
        "chat_sent": delete(c.sent).where(c.sent.c.sent_at < cutoff),
        "chat_state": delete(c.state).where(c.state.c.last_inbound_at < cutoff),
        "telegram_posts": delete(telegram_tables.posts).where(
            telegram_tables.posts.c.posted_at < cutoff
        ),
        "telegram_prompts": delete(telegram_tables.prompts).where(
            telegram_tables.prompts.c.created_at < cutoff
        ),
        "rating_comments": update(tables.ratings)
        .where(tables.ratings.c.created_at < cutoff, tables.ratings.c.comment.is_not(None))
        .values(comment=None),
    }
    present = set(inspect(engine).get_table_names())
    counts: dict[str, int] = {}
    with engine.begin() as connection:
        for name, statement in statements.items():
            table = statement.table.name
            if table in present:
                counts[name] = connection.execute(statement).rowcount or 0
    return counts


def _transcripts(tracker: Engine, cutoff: datetime) -> int:
    """Rasa's `events` table: whole conversations idle since before the cut-off."""
    if "events" not in inspect(tracker).get_table_names():
        return 0
    idle = text(
        "DELETE FROM events WHERE sender_id IN (SELECT sender_id FROM events "
        "GROUP BY sender_id HAVING MAX(timestamp) < :cutoff)"
    )
    with tracker.begin() as connection:
        return connection.execute(idle, {"cutoff": cutoff.timestamp()}).rowcount or 0


def purge_expired(
    uow: UnitOfWork,
    engine: Engine,
    days: int,
    data_dir: Path,
    *,
    tracker: Engine | None = None,
    now: datetime | None = None,
    cutoff: datetime | None = None,
) -> PurgeReport:
    """Erase personal data older than `days` (or than `cutoff`) everywhere (see the module
    docstring)."""
    now = now or utcnow()
    report = PurgeReport(cutoff or now - timedelta(days=days))
    expired, purged, paths = _tickets(uow, report.cutoff, days, now)
    report.counts["tiket_kedaluwarsa"] = expired
    report.counts["tiket_dihapus"] = purged
    report.counts["lampiran"] = _remove_files(data_dir, paths)
    report.counts["lampiran_tertunda"] = PendingFiles(data_dir).sweep(now.timestamp())
    report.counts.update(_channel_rows(engine, report.cutoff))
    if tracker is not None:
        report.counts["percakapan_rasa"] = _transcripts(tracker, report.cutoff)
    log.info("retention purge: %s", report.counts)
    return report
