"""Integration fixtures: a real SQLite file and a real PostgreSQL 15 server per session.

The PostgreSQL server is started by the tests in a temporary directory; missing server
binaries make the fixture fail (not skip): the suite's promise is "tested on both".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot.queue import migrations
from bot.queue.config import make_engine, make_session_factory
from bot.queue.persistence import UnitOfWork
from devtools.postgres import TemporaryPostgres

TABLES = "attachments, outbox, ticket_events, tickets, officers"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    with TemporaryPostgres() as server:
        yield server.url


@pytest.fixture(scope="session")
def postgres_engine(postgres_url: str) -> Iterator[Engine]:
    engine = make_engine(postgres_url, pool_size=20, max_overflow=10)
    migrations.upgrade(engine)  # the schema comes from the migrations, not create_all
    yield engine
    engine.dispose()


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    """A fresh SQLite file, migrated."""
    engine = make_engine(f"sqlite:///{tmp_path / 'queue.sqlite3'}")
    migrations.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def pg_engine(postgres_engine: Engine) -> Engine:
    """The session's PostgreSQL database, emptied."""
    with postgres_engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {TABLES} RESTART IDENTITY CASCADE"))
    return postgres_engine


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest) -> Engine:
    name = "sqlite_engine" if request.param == "sqlite" else "pg_engine"
    found: Engine = request.getfixturevalue(name)
    return found


@pytest.fixture
def uow(engine: Engine) -> UnitOfWork:
    return UnitOfWork(make_session_factory(engine))
