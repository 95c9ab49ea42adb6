from __future__ import annotations

from datetime import date

import pytest

from bot.catalog import Catalog, default_catalog
from bot.gazetteer import Gazetteer, default_gazetteer

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return default_catalog()
