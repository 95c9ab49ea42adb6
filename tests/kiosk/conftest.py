"""Kiosk tests: the console's app (with the kiosk mounted) over a migrated SQLite file and a
fake Rasa REST channel on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from starlette.applications import Starlette

from bot.channels.rasa import RasaClient
from bot.queue import migrations
from bot.queue.config import Settings, make_engine
from bot.web.app import create_app
from bot.web.config import WebConfig
from bot.web.kiosk.channel import CHANNEL, KioskChannel
from devtools.fake_rasa import FakeRasa


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'kiosk.sqlite3'}")
    migrations.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def rasa() -> Iterator[FakeRasa]:
    with FakeRasa() as fake:
        yield fake


def kiosk_app(engine: Engine, data_dir: Path, rasa_url: str) -> Starlette:
    settings = Settings(data_dir=data_dir, database_url=str(engine.url))
    app = create_app(WebConfig(settings, secret="test-secret-not-for-production"), engine)
    app.state.kiosk = KioskChannel(engine, RasaClient(rasa_url, channel=CHANNEL))
    return app


@pytest.fixture
def app(engine: Engine, tmp_path: Path, rasa: FakeRasa) -> Starlette:
    return kiosk_app(engine, tmp_path, rasa.url)
