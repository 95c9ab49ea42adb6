"""WhatsApp channel tests: a fake Graph API and a fake Rasa on loopback, a fresh queue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from bot.queue import migrations
from bot.queue.config import make_engine
from devtools.fake_rasa import FakeRasa
from devtools.fake_whatsapp import FakeGraphAPI


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'queue.sqlite3'}")
    migrations.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def graph() -> Iterator[FakeGraphAPI]:
    with FakeGraphAPI(hang=2.0) as api:
        yield api


@pytest.fixture
def rasa() -> Iterator[FakeRasa]:
    with FakeRasa() as fake:
        yield fake
