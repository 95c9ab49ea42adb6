"""`adminduk whatsapp` as a real process against the fake Graph API on loopback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from devtools.fake_whatsapp import FakeGraphAPI, post
from tests.e2e.conftest import free_port
from tests.whatsapp.wa_helpers import SECRET, VERIFY


def whatsapp_env(
    graph: FakeGraphAPI, queue_env: dict[str, str], rasa: str, **extra: str
) -> dict[str, str]:
    return {
        **queue_env,
        "WHATSAPP_TOKEN": graph.token,
        "WHATSAPP_APP_SECRET": SECRET,
        "WHATSAPP_VERIFY_TOKEN": VERIFY,
        "WHATSAPP_PHONE_NUMBER_ID": graph.phone_id,
        "WHATSAPP_API_BASE_URL": graph.url,
        "WHATSAPP_TEMPLATE_NOTICE": "adminduk_kabar",
        "WHATSAPP_TEMPLATE_RATING": "adminduk_penilaian",
        "WHATSAPP_PORT": str(free_port()),
        "WHATSAPP_POLL_SECONDS": "0.2",
        "WHATSAPP_TIMEOUT": "1",
        "WHATSAPP_MAX_BACKOFF": "1",
        "RASA_URL": rasa,
        **extra,
    }


class WhatsAppProcess:
    """Start, SIGKILL and stop `adminduk whatsapp`; its log goes to `log_path`."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.env = {**os.environ, **env}
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.env['WHATSAPP_PORT']}/whatsapp"

    def start(self) -> None:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli.main", "whatsapp"],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        self.starts += 1
        health = self.url.replace("/whatsapp", "/healthz")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(health, timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise AssertionError("adminduk whatsapp did not start")

    def post(self, body: dict[str, Any]) -> int:
        """Post like Meta: a refused connection is delivered again later (by the caller)."""
        try:
            return post(self.url, body, SECRET).status_code
        except httpx.HTTPError:
            return 0

    def kill(self) -> None:
        """SIGKILL: no clean-up, no goodbye."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
