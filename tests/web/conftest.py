"""Console fixtures: the app over a migrated SQLite file (and the session's PostgreSQL for the
tests that take `engine`), officers with passwords, and a logged-in test client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from starlette.applications import Starlette

from bot.queue import migrations
from bot.queue.config import make_engine, make_session_factory
from bot.queue.persistence import UnitOfWork
from tests.integration.conftest import pg_engine, postgres_engine, postgres_url  # noqa: F401
from tests.web.web_helpers import Officer, make_app


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'console.sqlite3'}")
    migrations.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest) -> Engine:
    name = "sqlite_engine" if request.param == "sqlite" else "pg_engine"
    found: Engine = request.getfixturevalue(name)
    return found


@pytest.fixture
def db(sqlite_engine: Engine) -> Engine:
    """SQLite only, for the tests that need no second backend."""
    return sqlite_engine


@pytest.fixture
def app(db: Engine, tmp_path: Path) -> Starlette:
    return make_app(db, tmp_path)


@pytest.fixture
def uow(db: Engine) -> UnitOfWork:
    return UnitOfWork(make_session_factory(db))


@pytest.fixture
def officer_client(app: Starlette) -> Officer:
    return Officer(app)
