"""A throw-away PostgreSQL server in a temporary directory, for tests and benchmarks.

    with TemporaryPostgres() as pg:
        engine = make_engine(pg.url)

Uses the server binaries in `PG_BIN` (default `/usr/lib/postgresql/15/bin`). As root, the
server runs as the `postgres` user (initdb refuses root). Missing binaries raise
`PostgresUnavailable`: callers should fail, not skip.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType

__all__ = ["PostgresUnavailable", "TemporaryPostgres"]

DEFAULT_BIN = "/usr/lib/postgresql/15/bin"


class PostgresUnavailable(RuntimeError):
    """The PostgreSQL server binaries are missing or the server did not start."""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class TemporaryPostgres:
    def __init__(
        self, database: str = "adminduk", bin_dir: str | None = None, durable: bool = False
    ) -> None:
        self.bin = Path(bin_dir or os.environ.get("PG_BIN") or DEFAULT_BIN)
        self.database = database
        self.durable = durable
        self.port = 0
        self.root: Path | None = None

    @property
    def url(self) -> str:
        return f"postgresql+psycopg2://postgres@127.0.0.1:{self.port}/{self.database}"

    def _run(self, *args: str) -> None:
        command = [str(a) for a in args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise PostgresUnavailable(f"{args[0]} failed: {done.stderr.strip() or done.stdout}")

    def start(self) -> TemporaryPostgres:
        for tool in ("initdb", "pg_ctl", "createdb"):
            if not (self.bin / tool).exists():
                raise PostgresUnavailable(f"PostgreSQL server binary missing: {self.bin / tool}")
        self.root = Path(tempfile.mkdtemp(prefix="adminduk-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
        try:
            self._init_and_start()
        except BaseException:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None
            raise
        return self

    def _init_and_start(self) -> None:
        assert self.root is not None
        data, self.port = self.root / "data", _free_port()
        self._run(
            str(self.bin / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8"
        )
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1"
        options += " -c max_connections=200"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        log = self.root / "server.log"
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w", "start"
        )
        self._run(
            str(self.bin / "createdb"),
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            "postgres",
            self.database,
        )

    def stop(self) -> None:
        if self.root is None:
            return
        try:
            self._run(
                str(self.bin / "pg_ctl"), "-D", str(self.root / "data"), "-m", "fast", "-w", "stop"
            )
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    def __enter__(self) -> TemporaryPostgres:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
