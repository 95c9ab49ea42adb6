"""End to end: the real Rasa server and action server, over the REST channel, on a fresh
SQLite queue in a temporary data directory. The session fixtures (`project`, `queue_env`,
`servers`) live in `tests/conftest.py`, shared with the Telegram gateway's tests."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from typing import Any

from bot.cli.assistant_cmds import send
from bot.cli.runtime import Servers


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def adminduk(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli.main", *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def queue_json(env: dict[str, str], *args: str) -> Any:
    """`adminduk … --json`; `queue show` with --reveal (the tests compare whole numbers)."""
    reveal = ("--reveal",) if args[:2] == ("queue", "show") else ()
    done = adminduk(env, *args, *reveal, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


class Resident:
    """One chat, talking to the running assistant."""

    def __init__(self, servers: Servers, sender: str) -> None:
        self.servers = servers
        self.sender = sender

    def says(self, text: str) -> list[str]:
        return [r.get("text", "") for r in send(self.servers.rasa_url, self.sender, text)]
