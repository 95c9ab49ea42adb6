from __future__ import annotations

import itertools
import re
from datetime import datetime, timezone
from pathlib import Path

import httpx
from sqlalchemy.engine import Engine
from starlette.applications import Starlette
from starlette.testclient import TestClient

from bot.queue import services
from bot.queue.config import Settings
from bot.queue.domain import Actor
from bot.queue.persistence import UnitOfWork
from bot.web.app import create_app
from bot.web.config import WebConfig
from devtools.synthetic import make_kk, make_nik

PASSWORD = "loket-tiga-2026"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')

NOW = datetime(2026, 12, 1, 2, 0, tzinfo=timezone.utc)  # Tuesday 09.00 WIB
RESIDENT = Actor.resident("telegram", "1001")
_serials = itertools.count(9001)


def fresh_nik() -> str:
    return make_nik(serial=next(_serials))


def fresh_kk() -> str:
    return make_kk(serial=next(_serials))


def ktp_line(nik: str | None = None) -> str:
    return f"#KTP#{nik or fresh_nik()}#{make_kk()}#siti aminah#bitungjaya#cikupa#ilang"


def kk_line(kk: str | None = None) -> str:
    return f"#KK#{kk or fresh_kk()}#budi santoso#talagasari#balaraja"


def submit(uow: UnitOfWork, line: str, chat: str = "1001", **kwargs: object) -> str:
    actor = Actor.resident("telegram", chat)
    return services.submit_request(uow, line, actor, **kwargs).code  # type: ignore[arg-type]


def make_app(engine: Engine, data_dir: Path) -> Starlette:
    settings = Settings(data_dir=data_dir, database_url=str(engine.url))
    return create_app(WebConfig(settings, secret="test-secret-not-for-production"), engine)


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
