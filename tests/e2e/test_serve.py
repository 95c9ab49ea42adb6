"""`adminduk serve` starts both servers, answers, and stops both cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import free_port


def test_serve_answers_and_stops_both_servers_on_sigterm(
    project: Path, queue_env: dict[str, str]
) -> None:
    port, actions_port = free_port(), free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bot.cli.main",
            "serve",
            "--port",
            str(port),
            "--actions-port",
            str(actions_port),
        ],
        env={**os.environ, **queue_env},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if "siap" in line:
                break
        # keep draining the servers' output so that they never block on a full pipe
        threading.Thread(target=process.stdout.read, daemon=True).start()
        replies = httpx.post(
            f"http://127.0.0.1:{port}/webhooks/rest/webhook",
            json={"sender": "serve-test", "message": "halo"},
            timeout=60,
        ).json()
        assert "Asisten Adminduk" in replies[0]["text"]
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
    for url in (f"http://127.0.0.1:{port}/", f"http://127.0.0.1:{actions_port}/health"):
        with pytest.raises(httpx.ConnectError):
            httpx.get(url, timeout=5)
