from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bot.cli.runtime import Servers, project_dir, run_servers, train_if_needed
from bot.reference.catalog import Catalog, default_catalog
from bot.reference.gazetteer import Gazetteer, default_gazetteer
from tests.e2e.conftest import adminduk, free_port

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return default_catalog()


# --- the real assistant: shared by tests/e2e and tests/telegram (one session of servers) ---
@pytest.fixture(scope="session")
def project() -> Path:
    root = project_dir()
    train_if_needed(root)
    return root


@pytest.fixture(scope="session")
def queue_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    data_dir = tmp_path_factory.mktemp("adminduk-e2e")
    env = {"ADMINDUK_DATA_DIR": str(data_dir), "DATABASE_URL": f"sqlite:///{data_dir}/queue.db"}
    adminduk(env, "db", "upgrade")
    return env


@pytest.fixture(scope="session")
def servers(project: Path, queue_env: dict[str, str]) -> Iterator[Servers]:
    with run_servers(
        project, port=free_port(), actions_port=free_port(), env=queue_env, quiet=True
    ) as running:
        yield running
