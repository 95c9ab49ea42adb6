"""`docker/compose.yml` run as local processes: the same commands and environment, with the
compose network's host names and ports mapped to loopback and free ports, PostgreSQL and
Redis started by the tests. This machine has no Docker engine; this is the next best thing."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

from bot.cli.runtime import project_dir

COMPOSE = project_dir() / "docker" / "compose.yml"
SECRETS = {
    "POSTGRES_PASSWORD": "compose-test-password",
    "ADMINDUK_RASA_TOKEN": "compose-test-rasa-token",
    "ADMINDUK_WEB_SECRET": "compose-test-web-secret-0123456789",
    "TELEGRAM_BOT_TOKEN": "123456:TEST-TOKEN",
    "TELEGRAM_OFFICER_CHAT_ID": "-100555000",
    "WHATSAPP_TOKEN": "compose-test-whatsapp-token",
    "WHATSAPP_APP_SECRET": "compose-test-app-secret",
    "WHATSAPP_VERIFY_TOKEN": "compose-test-verify",
    "WHATSAPP_PHONE_NUMBER_ID": "1234567890",
}
_VARIABLE = re.compile(r"\$\{(\w+)(?::\?[^}]*)?\}")


def load_compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    return loaded


def substitute(value: str, secrets: dict[str, str]) -> str:
    """Compose's `${NAME}` and `${NAME:?message}` with the test's values."""
    return _VARIABLE.sub(lambda m: secrets[m.group(1)], value)


@dataclass
class Localiser:
    """Compose names → this machine: service host names, ports, the data volume."""

    postgres_port: int
    redis_port: int
    ports: dict[str, int]  # compose port ("5005") → free local port
    data_dir: Path

    def text(self, value: str) -> str:
        value = substitute(value, SECRETS)
        value = value.replace("@postgres:5432/", f"@127.0.0.1:{self.postgres_port}/")
        for name, port in (("actions", "5055"), ("assistant", "5005")):
            value = value.replace(f"http://{name}:{port}", f"http://127.0.0.1:{self.ports[port]}")
        exact = {"/data": str(self.data_dir), "redis": "127.0.0.1", "0.0.0.0": "127.0.0.1"}
        exact |= {"6379": str(self.redis_port)} | {k: str(v) for k, v in self.ports.items()}
        return exact.get(value, value)

    def environment(self, service: dict[str, Any]) -> dict[str, str]:
        env = service.get("environment") or {}
        return {k: self.text(str(v)) for k, v in env.items()}

    def command(self, service: dict[str, Any]) -> list[str]:
        words = [self.text(str(word)) for word in service["command"]]
        assert words[0] == "adminduk"
        return [sys.executable, "-m", "bot.cli.main", *words[1:]]


@dataclass
class Service:
    """One compose service as a local process group; output to `log`."""

    name: str
    command: list[str]
    env: dict[str, str]
    log: Path
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                self.command,
                env={**os.environ, **self.env},
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""

    def wait_for_output(self, text: str, count: int = 1, timeout: float = 900.0) -> None:
        deadline = time.monotonic() + timeout
        while self.output().count(text) < count:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited: {self.output()[-3000:]}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.name} did not print {text!r}")
            time.sleep(0.5)

    def kill(self) -> None:
        """SIGKILL to the whole process group: no clean-up, like a power cut."""
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(20)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(40)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(20)


def wait_until_up(url: str, service: Service, timeout: float = 300.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if service.process is not None and service.process.poll() is not None:
            raise RuntimeError(f"{service.name} exited: {service.output()[-3000:]}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer")
