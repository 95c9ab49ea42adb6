"""End to end: the real Rasa server and action server, over the REST channel, on a fresh
SQLite queue in a temporary data directory."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.cli.assistant_cmds import send
from bot.runtime import Servers, project_dir, run_servers, train_if_needed


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


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


def adminduk(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli.main", *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def queue_json(env: dict[str, str], *args: str) -> Any:
    done = adminduk(env, *args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


class Resident:
    """One chat, talking to the running assistant."""

    def __init__(self, servers: Servers, sender: str) -> None:
        self.servers = servers
        self.sender = sender

    def says(self, text: str) -> list[str]:
        return [r.get("text", "") for r in send(self.servers.rasa_url, self.sender, text)]
