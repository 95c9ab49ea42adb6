"""A throw-away Redis server in a temporary directory, for tests and benchmarks.

    with TemporaryRedis() as redis_server:
        env = {"ADMINDUK_REDIS_HOST": "127.0.0.1", "ADMINDUK_REDIS_PORT": str(redis_server.port)}

Uses Debian's `redis-server` (installed by `scripts/ensure-system-packages`), on 127.0.0.1 and
a free port, without persistence. A missing binary raises `RedisUnavailable`: callers should
fail, not skip.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

__all__ = ["RedisUnavailable", "TemporaryRedis"]


class RedisUnavailable(RuntimeError):
    """The redis-server binary is missing or the server did not start."""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class TemporaryRedis:
    def __init__(self, binary: str | None = None) -> None:
        self.binary = binary or os.environ.get("REDIS_SERVER") or "redis-server"
        self.port = 0
        self.root: Path | None = None
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 20.0) -> TemporaryRedis:
        if shutil.which(self.binary) is None:
            raise RedisUnavailable(
                f"{self.binary} not found: run scripts/ensure-system-packages as root"
            )
        self.root = Path(tempfile.mkdtemp(prefix="adminduk-redis-"))
        self.port = _free_port()
        command = [self.binary, "--port", str(self.port), "--bind", "127.0.0.1"]
        command += ["--dir", str(self.root), "--save", "", "--appendonly", "no"]
        command += ["--logfile", str(self.root / "redis.log")]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while not _answers(self.port):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RedisUnavailable("redis-server did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    def __enter__(self) -> TemporaryRedis:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
