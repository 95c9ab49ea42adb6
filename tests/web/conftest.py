"""Console fixtures: the app over a migrated SQLite file (and the session's PostgreSQL for the
tests that take `engine`), officers with passwords, and a logged-in test client."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy.engine import Engine
from starlette.applications import Starlette
from starlette.testclient import TestClient

from bot import migrations
from bot.queue import services
from bot.queue.config import Settings, make_engine, make_session_factory
from bot.queue.persistence import UnitOfWork
from bot.web.app import create_app
from bot.web.config import WebConfig
from tests.integration.conftest import pg_engine, postgres_engine, postgres_url  # noqa: F401

PASSWORD = "loket-tiga-2026"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


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


def make_app(engine: Engine, data_dir: Path) -> Starlette:
    settings = Settings(data_dir=data_dir, database_url=str(engine.url))
    return create_app(WebConfig(settings, secret="test-secret-not-for-production"), engine)


@pytest.fixture
def app(db: Engine, tmp_path: Path) -> Starlette:
    return make_app(db, tmp_path)


@pytest.fixture
def uow(db: Engine) -> UnitOfWork:
    return UnitOfWork(make_session_factory(db))


def add_officer(
    uow: UnitOfWork, login: str, queues: list[str], role: str = "officer", name: str = ""
) -> int:
    view = services.add_officer(
        uow, name or login.title(), queues, role, password=PASSWORD, login=login
    )
    return view.id


class Officer:
    """A browser session of one officer, through Starlette's TestClient."""

    def __init__(self, app: Starlette) -> None:
        self.client = TestClient(app, base_url="http://testserver", follow_redirects=False)

    def csrf(self, path: str = "/login") -> str:
        match = _CSRF.search(self.client.get(path).text)
        assert match, f"no CSRF token on {path}"
        return match.group(1)

    def log_in(self, login: str, password: str = PASSWORD) -> httpx.Response:
        token = self.csrf("/login")
        return self.client.post(
            "/login", data={"login": login, "password": password, "csrf": token}
        )

    def post(
        self, path: str, data: dict[str, object] | None = None, page: str = "/antrean"
    ) -> httpx.Response:
        return self.client.post(path, data={"csrf": self.csrf(page), **(data or {})})

    def get(self, path: str) -> httpx.Response:
        return self.client.get(path)

    def message(self, response: httpx.Response, follow: str | None = None) -> str:
        """The flash message a redirect leads to."""
        location = follow or response.headers["location"]
        return self.client.get(location).text


@pytest.fixture
def officer_client(app: Starlette) -> Officer:
    return Officer(app)
