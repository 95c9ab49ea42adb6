"""Rasa's SQL tracker store, with the same table and the same rows, at less CPU per turn.

Rasa 3.6's `SQLTrackerStore` costs a turn about a third of the Rasa process's CPU once the
action-response check is fixed (py-spy under `bench/scale.py`, see README "Scaling"):

- `save` first *counts* the conversation's stored events (an ORM `count()` over the
  session-start subquery: a second full query per turn) to find which events are new, then
  adds them one ORM object at a time;
- `retrieve` builds the ORM query anew and replays the events through
  `Event.resolve_by_type`, which walks every `Event` subclass for every event.

`LeanSQLTrackerStore` keeps Rasa's semantics (the latest session's events in id order, the
new events appended after those already stored) and changes the work:

- the retrieve query is one Core `SELECT data`, built once;
- a tracker it retrieved or saved remembers how many of its events are stored, so `save`
  inserts `tracker.events[stored:]` without counting (a tracker it did not load - a new
  one, a copy - still gets Rasa's count). The conversation's lock (Redis with several
  workers) already makes one turn at a time the only writer, so nothing is stored between
  the retrieve and the save of a turn;
- new events go in as one multi-row INSERT;
- events are rebuilt with an event-type table made once from the same subclass order.

In endpoints.yml, with the same keys as Rasa's `type: SQL`:

    tracker_store:
      type: rasa_addons.tracker_store.LeanSQLTrackerStore
      dialect: postgresql+psycopg2
      url: postgresql+psycopg2://user@host:5432/rasa_tracker
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from rasa.shared.utils.common import all_subclasses

__all__ = ["LeanSQLTrackerStore"]

# Set on a DialogueStateTracker: how many of its events (from the start of `tracker.events`)
# are rows of this store. Rasa's tracker has no slots, so an attribute is safe; a copy of the
# tracker does not have it and falls back to Rasa's count.
STORED = "_lean_sql_stored_events"

_EVENTS = SQLTrackerStore.SQLEvent.__table__
_SESSION_START = (
    sa.select(sa.func.max(_EVENTS.c.timestamp).label("session_start"))
    .where(
        _EVENTS.c.sender_id == sa.bindparam("sender_id"),
        _EVENTS.c.type_name == SessionStarted.type_name,
    )
    .scalar_subquery()
)
# The same rows as SQLTrackerStore._event_query(..., fetch_events_from_all_sessions=False).
LATEST_SESSION = (
    sa.select(_EVENTS.c.data)
    .where(
        _EVENTS.c.sender_id == sa.bindparam("sender_id"),
        sa.or_(_EVENTS.c.timestamp >= _SESSION_START, _SESSION_START.is_(None)),
    )
    .order_by(_EVENTS.c.id)
)


@lru_cache(maxsize=1)
def _event_types() -> dict[str, type[Event]]:
    """type_name -> class, the first in `all_subclasses(Event)` order as `resolve_by_type`."""
    table: dict[str, type[Event]] = {}
    for cls in all_subclasses(Event):
        table.setdefault(cls.type_name, cls)
    return table


def _event(parameters: dict[str, Any]) -> Event | None:
    cls = _event_types().get(parameters.get("event") or "")
    if cls is None:  # unknown here (an old "topic", a class defined later): Rasa decides
        return Event.from_parameters(parameters)
    return cls._from_parameters(parameters)


def _row(sender_id: str, event: Event) -> dict[str, Any]:
    data = event.as_dict()
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }


class LeanSQLTrackerStore(SQLTrackerStore):  # type: ignore[misc]
    """`SQLTrackerStore` without the count before each save (see the module docstring)."""

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        """The latest conversation session's tracker, or None when nothing is stored."""
        with self.session_scope() as session:
            rows = session.execute(LATEST_SESSION, {"sender_id": sender_id}).scalars().all()
        if not self.domain or not rows:
            return None
        events = [e for e in (_event(json.loads(row)) for row in rows) if e is not None]
        tracker = DialogueStateTracker.from_events(sender_id, events, self.domain.slots)
        if tracker.events.maxlen is None and len(tracker.events) == len(rows):
            setattr(tracker, STORED, len(rows))
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Append the tracker's events that are not stored yet."""
        await self.stream_events(tracker)
        events = list(tracker.events)
        stored = getattr(tracker, STORED, None)
        with self.session_scope() as session:
            if stored is None or stored > len(events) or tracker.events.maxlen is not None:
                stored = self._event_query(  # Rasa's own count
                    session, tracker.sender_id, fetch_events_from_all_sessions=False
                ).count()
            new = [_row(tracker.sender_id, event) for event in events[stored:]]
            if new:
                session.execute(_EVENTS.insert(), new)
                session.commit()
        setattr(tracker, STORED, len(events))
