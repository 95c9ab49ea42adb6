"""Running the assistant: the project's paths, training when stale, and the two servers
(rasa-sdk action server and Rasa with the REST channel) as child processes.

Rasa gets its endpoints from `endpoints_yaml`: the action server, a SQL tracker store (so a
request half-way survives a restart: SQLite in the data directory by default, PostgreSQL in
a deployment) and, with ADMINDUK_REDIS_HOST, the atomic Redis lock store of
`rasa_addons.lock_store`, which lets several Rasa workers share one port
(ADMINDUK_RASA_WORKERS). Several workers without Redis are refused, not silently ignored.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from bot.queue.config import Settings, load_settings

__all__ = [
    "ConfigurationError",
    "Servers",
    "endpoints_yaml",
    "model_is_stale",
    "project_dir",
    "run_servers",
    "train_if_needed",
]

MODEL_NAME = "adminduk"
TRAINING_INPUTS = ("domain.yml", "config.yml", "data", "rasa_addons")
# Loaded by the Rasa server, not by the model: changing them needs no training.
SERVER_ONLY = ("rasa_addons/lock_store.py", "rasa_addons/action_http.py")


def project_dir() -> Path:
    """The Rasa project (domain.yml, data/, actions/): ADMINDUK_PROJECT_DIR, else the
    checkout this package lives in, else the working directory."""
    configured = os.environ.get("ADMINDUK_PROJECT_DIR")
    for candidate in (configured, Path(__file__).resolve().parents[2], Path.cwd()):
        if candidate and (Path(candidate) / "domain.yml").is_file():
            return Path(candidate).resolve()
    raise FileNotFoundError("Rasa project not found: set ADMINDUK_PROJECT_DIR to the checkout")


def model_path(root: Path) -> Path:
    return root / "models" / f"{MODEL_NAME}.tar.gz"


def _newest_input(root: Path) -> float:
    newest = 0.0
    for name in TRAINING_INPUTS:
        path = root / name
        files = path.rglob("*") if path.is_dir() else [path]
        inputs = (
            f
            for f in files
            if f.is_file()
            and f.suffix in (".yml", ".yaml", ".py")
            and f.relative_to(root).as_posix() not in SERVER_ONLY
        )
        newest = max([newest, *(f.stat().st_mtime for f in inputs if "__pycache__" not in f.parts)])
    return newest


def model_is_stale(root: Path) -> bool:
    """True when the model is missing or older than its training data."""
    model = model_path(root)
    return not model.is_file() or model.stat().st_mtime < _newest_input(root)


def _rasa() -> list[str]:
    return [sys.executable, "-m", "rasa"]


def train_if_needed(root: Path, *, force: bool = False) -> bool:
    """Train `models/adminduk.tar.gz` when stale; True when it trained."""
    if not force and not model_is_stale(root):
        return False
    command = [*_rasa(), "train", "--fixed-model-name", MODEL_NAME, "--out", "models"]
    subprocess.run(command, cwd=root, check=True)
    os.utime(model_path(root))
    return True


class ConfigurationError(ValueError):
    """The servers cannot start with these settings; the message says what to change."""


@dataclass
class Servers:
    rasa_url: str
    actions_url: str
    processes: list[subprocess.Popen[bytes]]

    def stop(self, timeout: float = 20.0) -> None:
        """SIGTERM to each server, SIGKILL after `timeout`; Rasa's workers too (a worker
        still loading its model ignores its parent's SIGTERM and would be left behind)."""
        descendants = [pid for process in self.processes for pid in _descendants(process.pid)]
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        deadline = time.monotonic() + timeout
        for process in self.processes:
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for pid in descendants:
            with suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)


def _descendants(pid: int) -> list[int]:
    """Child processes, recursively, from /proc (Linux); empty elsewhere or when gone."""
    found: list[int] = []
    with suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                found += [int(child), *_descendants(int(child))]
    return found


def _wait_until_up(url: str, processes: list[subprocess.Popen[bytes]], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        _check_alive(processes)
        try:
            if httpx.get(url, timeout=2.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f}s")


def _check_alive(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        if process.poll() is not None:
            raise RuntimeError(f"a server exited early with status {process.returncode}")


def _wait_for_workers(
    log: Path, workers: int, processes: list[subprocess.Popen[bytes]], timeout: float
) -> None:
    """Every Rasa worker logs 'up and running' once its model is loaded."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        _check_alive(processes)
        text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
        if text.count("Rasa server is up and running") >= workers:
            return
        time.sleep(0.5)
    tail = log.read_text(encoding="utf-8", errors="replace")[-2000:] if log.exists() else ""
    raise TimeoutError(f"{workers} Rasa workers did not start within {timeout:.0f}s:\n{tail}")


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


TRACKER_STORE = "rasa_addons.tracker_store.LeanSQLTrackerStore"


def tracker_store_yaml(url: str) -> str:
    """The SQL tracker store for a SQLAlchemy URL (Rasa takes a full URL as `url`): Rasa's
    SQLTrackerStore without its count query before each save (`rasa_addons.tracker_store`)."""
    parsed = make_url(url)
    head = f"tracker_store:\n  type: {TRACKER_STORE}\n"
    if parsed.get_backend_name() == "sqlite":
        database = str(Path(parsed.database or "rasa.db").resolve())
        return f"{head}  dialect: sqlite\n  db: {_quoted(database)}\n"
    full = parsed.render_as_string(hide_password=False)
    return f"{head}  dialect: {parsed.drivername}\n  url: {_quoted(full)}\n"


def endpoints_yaml(actions_url: str, settings: Settings | dict[str, str]) -> str:
    """Rasa's endpoints: the action server, the SQL tracker store, and the atomic Redis
    lock store when ADMINDUK_REDIS_HOST is set."""
    if not isinstance(settings, Settings):
        settings = load_settings(settings)
    text = f'action_endpoint:\n  url: "{actions_url}/webhook"\n'
    text += tracker_store_yaml(settings.tracker_url)
    if settings.redis_host:
        text += (
            "lock_store:\n  type: rasa_addons.lock_store.AtomicRedisLockStore\n"
            f"  url: {_quoted(settings.redis_host)}\n  port: {settings.redis_port}\n  db: 1\n"
        )
    return text


def prepare_tracker_store(url: str) -> None:
    """Create the tracker store's SQLite folder or PostgreSQL database before Rasa starts
    (several workers creating one database at once would fail)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    elif parsed.get_backend_name() == "postgresql" and parsed.database:
        _create_database(parsed)
    from rasa.core.tracker_store import SQLTrackerStore

    engine = create_engine(parsed)
    try:  # Rasa's own table, once, before its workers race to create it
        SQLTrackerStore.Base.metadata.create_all(engine)
    finally:
        engine.dispose()


def _create_database(parsed: URL) -> None:
    engine = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            exists = connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": parsed.database}
            ).first()
            if exists is None:
                connection.exec_driver_sql(f'CREATE DATABASE "{parsed.database}"')
    finally:
        engine.dispose()


def check_workers(settings: Settings, workers: int | None = None) -> int:
    """The number of Rasa workers to run; several without Redis are a ConfigurationError."""
    workers = workers or settings.rasa_workers
    if workers > 1 and not settings.redis_host:
        raise ConfigurationError(
            f"{workers} Rasa workers need a shared lock store: set ADMINDUK_REDIS_HOST "
            "(Rasa would silently run one worker with its in-memory lock store)"
        )
    return workers


def _rasa_command(
    root: Path, host: str, port: int, endpoints: Path, log: Path, token: str | None
) -> list[str]:
    command = [sys.executable, "-m", "bot.cli.masked_run", "rasa", "run", "--enable-api"]
    command += ["-i", host, "--port", str(port)]
    command += ["--model", str(model_path(root)), "--endpoints", str(endpoints)]
    command += ["--credentials", str(root / "credentials.yml"), "--log-file", str(log)]
    return command + (["--auth-token", token] if token else [])


def start_actions(
    root: Path, host: str, port: int, env: dict[str, str], output: int | None
) -> subprocess.Popen[bytes]:
    """The rasa-sdk action server (`SANIC_HOST` is how rasa-sdk 3.6 takes its address)."""
    actions_env = {**env, "SANIC_HOST": host}
    actions_env.pop("SANIC_WORKERS", None)
    return subprocess.Popen(
        [sys.executable, "-m", "bot.cli.masked_run", "rasa_sdk", "--actions", "actions"]
        + ["--port", str(port)],
        cwd=root,
        env=actions_env,
        stdout=output,
        stderr=output,
    )


def child_environment(root: Path, env: dict[str, str] | None) -> dict[str, str]:
    child_env = {**os.environ, **(env or {}), "PYTHONPATH": str(root)}
    child_env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    # Rasa's SQL tracker store keeps up to 50 + 100 connections per worker by default.
    child_env.setdefault("SQL_POOL_SIZE", "5")
    child_env.setdefault("SQL_MAX_OVERFLOW", "10")
    # Sanic closes idle connections after 5 s, while Rasa's aiohttp client keeps them for 15 s
    # and reuses them: a turn sent on a connection closing under it is lost ("Cannot write to
    # closing transport"). Servers keep idle connections longer than their clients do.
    child_env.setdefault("SANIC_KEEP_ALIVE_TIMEOUT", "75")
    return child_env


@contextmanager
def run_servers(
    root: Path,
    *,
    port: int = 5005,
    actions_port: int = 5055,
    env: dict[str, str] | None = None,
    timeout: float = 600.0,
    quiet: bool = False,
    host: str = "127.0.0.1",
    workers: int | None = None,
    actions_url: str | None = None,
) -> Iterator[Servers]:
    """Start the action server (unless `actions_url` names a running one) and Rasa (REST
    channel + HTTP API, behind ADMINDUK_RASA_TOKEN when set) on `host`, wait until every
    worker has loaded the model, and stop both on exit."""
    child_env = child_environment(root, env)
    settings = load_settings(child_env)
    workers = check_workers(settings, workers)
    prepare_tracker_store(settings.tracker_url)
    workdir = Path(tempfile.mkdtemp(prefix="adminduk-endpoints-"))
    endpoints, log = workdir / "endpoints.yml", workdir / "rasa.log"
    output = subprocess.DEVNULL if quiet else None
    processes: list[subprocess.Popen[bytes]] = []
    if actions_url is None:
        actions_url = f"http://127.0.0.1:{actions_port}"
        processes.append(start_actions(root, "127.0.0.1", actions_port, child_env, output))
    endpoints.write_text(endpoints_yaml(actions_url, settings), encoding="utf-8")
    endpoints.chmod(0o600)
    rasa_env = {**child_env, "SANIC_WORKERS": str(workers)}
    command = _rasa_command(root, host, port, endpoints, log, settings.rasa_token)
    processes.append(
        subprocess.Popen(command, cwd=root, env=rasa_env, stdout=output, stderr=output)
    )
    local = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    servers = Servers(f"http://{local}:{port}", actions_url, processes)
    try:
        _wait_until_up(f"{actions_url}/health", servers.processes, timeout)
        _wait_for_workers(log, workers, servers.processes, timeout)
        _wait_until_up(f"{servers.rasa_url}/", servers.processes, timeout)
        yield servers
    finally:
        servers.stop()
        shutil.rmtree(workdir, ignore_errors=True)
