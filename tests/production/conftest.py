"""The production stack of `docker/compose.yml` as local processes, once per session:
PostgreSQL and Redis started by the tests, then the compose services' own commands and
environment: migrate, actions, assistant (two Rasa workers), telegram (against the fake Bot
API). Tests that restart the assistant leave it running again."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from bot.queue.config import make_engine
from devtools.fake_telegram import FakeBotAPI
from devtools.postgres import TemporaryPostgres
from devtools.redis import TemporaryRedis
from tests.e2e.conftest import free_port
from tests.production.stack import SECRETS, Localiser, Service, load_compose, wait_until_up


@dataclass
class Stack:
    localiser: Localiser
    compose: dict[str, Any]
    services: dict[str, Service]
    api: FakeBotAPI

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.localiser.ports['5005']}"

    @property
    def token(self) -> str:
        return SECRETS["ADMINDUK_RASA_TOKEN"]

    @property
    def queue_env(self) -> dict[str, str]:
        return self.localiser.environment(self.compose["services"]["migrate"])

    def start(self, name: str) -> None:
        service = self.services[name]
        service.start()
        if name == "actions":
            wait_until_up(f"http://127.0.0.1:{self.localiser.ports['5055']}/health", service)
        elif name == "assistant":
            service.wait_for_output("siap", count=service.output().count("siap") + 1)

    def restart_assistant(self) -> None:
        self.services["assistant"].kill()
        self.start("assistant")


def _service(
    stack_compose: dict[str, Any], name: str, localiser: Localiser, logs: Path, **extra: str
) -> Service:
    spec = stack_compose["services"][name]
    env = {**localiser.environment(spec), **extra}
    return Service(name, localiser.command(spec), env, logs / f"{name}.log")


def _owner_role(postgres: TemporaryPostgres) -> None:
    """compose's POSTGRES_USER: the role that owns the queue's database."""
    engine = make_engine(postgres.url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text("CREATE ROLE adminduk LOGIN CREATEDB"))
        connection.execute(text("ALTER DATABASE adminduk OWNER TO adminduk"))
    engine.dispose()


@pytest.fixture(scope="session")
def stack(project: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    logs = tmp_path_factory.mktemp("stack-logs")
    data_dir = tmp_path_factory.mktemp("stack-data")
    compose = load_compose()
    with TemporaryPostgres() as postgres, TemporaryRedis() as redis, FakeBotAPI() as api:
        _owner_role(postgres)
        ports = {"5005": free_port(), "5055": free_port(), "8080": free_port()}
        localiser = Localiser(postgres.port, redis.port, ports, data_dir)
        migrate = compose["services"]["migrate"]
        done = subprocess.run(
            localiser.command(migrate),
            env={**os.environ, **localiser.environment(migrate)},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        fake_telegram = {
            "TELEGRAM_API_BASE_URL": api.url,
            "TELEGRAM_POLL_SECONDS": "0.2",
            "TELEGRAM_TIMEOUT": "2",
        }
        services = {
            "actions": _service(compose, "actions", localiser, logs),
            "assistant": _service(compose, "assistant", localiser, logs),
            "telegram": _service(compose, "telegram", localiser, logs, **fake_telegram),
        }
        running = Stack(localiser, compose, services, api)
        try:
            for name in ("actions", "assistant", "telegram"):
                running.start(name)
            yield running
        finally:
            for service in reversed(services.values()):
                service.stop()
