"""Telegram gateway tests: a fake Bot API (in memory or on loopback) and a fresh queue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from bot.queue import migrations
from bot.queue.config import make_engine


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'queue.sqlite3'}")
    migrations.upgrade(engine)
    yield engine
    engine.dispose()
