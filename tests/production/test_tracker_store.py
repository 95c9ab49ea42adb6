"""`LeanSQLTrackerStore` writes the same rows as Rasa's `SQLTrackerStore` and reads back the
same tracker (latest session only), on SQLite and on PostgreSQL; a tracker it did not load
still gets Rasa's count. And the once-checked action response validator raises the same
error as `jsonschema.validate`."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import sqlalchemy as sa
from rasa.core.actions.action import RemoteAction
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)

from devtools.postgres import TemporaryPostgres
from rasa_addons.action_response import validate_action_result
from rasa_addons.tracker_store import LeanSQLTrackerStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    with TemporaryPostgres() as server:
        yield server.url


async def conversation(store: SQLTrackerStore, sender: str) -> Any:
    await store.get_or_create_tracker(sender)
    for turn in range(3):
        tracker = await store.retrieve(sender)
        at = 1000.0 + turn
        tracker.update(
            UserUttered(f"halo {turn}", {"name": "greet", "confidence": 0.9}, None, None, at)
        )
        tracker.update(ActionExecuted("action_turn", timestamp=at + 0.1))
        tracker.update(SlotSet("nik", f"36031857089900{turn:02d}", timestamp=at + 0.2))
        tracker.update(BotUttered("Baik.", {"buttons": None}, timestamp=at + 0.3))
        tracker.update(ActionExecuted("action_listen", timestamp=at + 0.4))
        await store.save(tracker)
    tracker = await store.retrieve(sender)  # a new session: only it is read back
    tracker.update(ActionExecuted("action_session_start", timestamp=2000.0))
    tracker.update(SessionStarted(timestamp=2000.1))
    tracker.update(ActionExecuted("action_listen", timestamp=2000.2))
    await store.save(tracker)
    tracker = await store.retrieve(sender)
    tracker.update(UserUttered("lagi", {"name": "greet", "confidence": 0.9}, None, None, 2001.0))
    await store.save(tracker)
    await store.save(tracker)  # nothing new: nothing written
    copy = tracker.copy()  # not loaded by the store: Rasa's count decides
    copy.update(ActionExecuted("action_turn", timestamp=2001.1))
    await store.save(copy)
    return await store.retrieve(sender)


def unclocked(data: dict[str, Any]) -> dict[str, Any]:
    """The first action_listen is stamped with the clock, differently in each store."""
    return {**data, "timestamp": None} if data.get("timestamp", 0) > 1e9 else data


def stored_rows(store: SQLTrackerStore) -> list[tuple[Any, ...]]:
    with store.engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT * FROM events ORDER BY id")).all()
    kept = []
    for row in rows:
        data = json.loads(row.data)
        if row.timestamp > 1e9:  # the first action_listen is stamped with the clock
            row_time, data["timestamp"] = None, None
        else:
            row_time = row.timestamp
        kept.append(
            (row.sender_id, row.type_name, row_time, row.intent_name, row.action_name, data)
        )
    return kept


def both_stores(domain: Domain, **where: Any) -> tuple[SQLTrackerStore, LeanSQLTrackerStore]:
    return SQLTrackerStore(domain, **where["rasa"]), LeanSQLTrackerStore(domain, **where["lean"])


def check_same(rasa: SQLTrackerStore, lean: LeanSQLTrackerStore) -> None:
    theirs = asyncio.run(conversation(rasa, "warga-1"))
    ours = asyncio.run(conversation(lean, "warga-1"))
    assert stored_rows(lean) == stored_rows(rasa)
    assert len(stored_rows(lean)) == 1 + 3 * 5 + 3 + 2  # listen, 3 turns, new session, 2
    assert [unclocked(e.as_dict()) for e in ours.events] == [
        unclocked(e.as_dict()) for e in theirs.events
    ]
    texts = [e.text for e in ours.events if isinstance(e, UserUttered)]
    assert texts == ["lagi"]  # the latest session only
    assert ours.current_slot_values() == theirs.current_slot_values()
    assert asyncio.run(lean.retrieve("nobody")) is None


def test_same_rows_and_tracker_as_rasa_on_sqlite(domain: Domain, tmp_path: Path) -> None:
    rasa, lean = both_stores(
        domain,
        rasa={"dialect": "sqlite", "db": str(tmp_path / "rasa.db")},
        lean={"dialect": "sqlite", "db": str(tmp_path / "lean.db")},
    )
    check_same(rasa, lean)


def test_same_rows_and_tracker_as_rasa_on_postgresql(domain: Domain, postgres_url: str) -> None:
    base = postgres_url.rsplit("/", 1)[0]
    admin = sa.create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT", future=True)
    with admin.connect() as connection:
        for name in ("rasa_events", "lean_events"):
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    dialect = sa.engine.make_url(postgres_url).drivername
    rasa, lean = both_stores(
        domain,
        rasa={"dialect": dialect, "host": f"{base}/rasa_events"},
        lean={"dialect": dialect, "host": f"{base}/lean_events"},
    )
    check_same(rasa, lean)


def test_action_response_check_raises_what_jsonschema_validate_raises() -> None:
    action = RemoteAction("action_turn", None)
    good = {"events": [{"event": "slot", "name": "nik", "value": "1"}], "responses": [{}]}
    bad = {"events": [{"event": "slot", "name": 3}], "responses": [{"text": "x"}]}
    assert validate_action_result(action, good) is True
    with pytest.raises(jsonschema.ValidationError) as ours:
        validate_action_result(action, bad)
    with pytest.raises(jsonschema.ValidationError) as theirs:
        jsonschema.validate(bad, RemoteAction.action_response_format_spec())
    assert ours.value.message.startswith(theirs.value.message + ". Failed to validate")
    assert list(ours.value.path) == list(theirs.value.path)
