"""Running the assistant: the project's paths, training when stale, and the two servers
(rasa-sdk action server and Rasa with the REST channel) as child processes on loopback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

__all__ = ["Servers", "model_is_stale", "project_dir", "run_servers", "train_if_needed"]

MODEL_NAME = "adminduk"
TRAINING_INPUTS = ("domain.yml", "config.yml", "data", "rasa_addons")


def project_dir() -> Path:
    """The Rasa project (domain.yml, data/, actions/): ADMINDUK_PROJECT_DIR, else the
    checkout this package lives in, else the working directory."""
    configured = os.environ.get("ADMINDUK_PROJECT_DIR")
    for candidate in (configured, Path(__file__).resolve().parents[1], Path.cwd()):
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
        inputs = (f for f in files if f.is_file() and f.suffix in (".yml", ".yaml", ".py"))
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


@dataclass
class Servers:
    rasa_url: str
    actions_url: str
    processes: list[subprocess.Popen[bytes]]

    def stop(self, timeout: float = 20.0) -> None:
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


def _wait_until_up(url: str, processes: list[subprocess.Popen[bytes]], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process in processes:
            if process.poll() is not None:
                raise RuntimeError(f"a server exited early with status {process.returncode}")
        try:
            if httpx.get(url, timeout=2.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f}s")


def endpoints_yaml(actions_url: str, env: dict[str, str]) -> str:
    """Rasa's endpoints: the action server, and a Redis lock store when
    ADMINDUK_REDIS_HOST is set (several Rasa workers in a real deployment)."""
    text = f'action_endpoint:\n  url: "{actions_url}/webhook"\n'
    host = env.get("ADMINDUK_REDIS_HOST")
    if host:
        port = env.get("ADMINDUK_REDIS_PORT", "6379")
        text += f"lock_store:\n  type: redis\n  url: {host}\n  port: {port}\n  db: 1\n"
    return text


@contextmanager
def run_servers(
    root: Path,
    *,
    port: int = 5005,
    actions_port: int = 5055,
    env: dict[str, str] | None = None,
    timeout: float = 240.0,
    quiet: bool = False,
) -> Iterator[Servers]:
    """Start the action server and Rasa (REST + HTTP API on 127.0.0.1), wait for both,
    and stop both on exit."""
    child_env = {**os.environ, **(env or {}), "PYTHONPATH": str(root)}
    child_env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    workdir = Path(tempfile.mkdtemp(prefix="adminduk-endpoints-"))
    endpoints = workdir / "endpoints.yml"
    actions_url = f"http://127.0.0.1:{actions_port}"
    endpoints.write_text(endpoints_yaml(actions_url, child_env), encoding="utf-8")
    output = subprocess.DEVNULL if quiet else None
    actions = subprocess.Popen(
        [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(actions_port)],
        cwd=root,
        env=child_env,
        stdout=output,
        stderr=output,
    )
    rasa = subprocess.Popen(
        [
            *_rasa(),
            "run",
            "--enable-api",
            "-i",
            "127.0.0.1",
            "--port",
            str(port),
            "--model",
            str(model_path(root)),
            "--endpoints",
            str(endpoints),
            "--credentials",
            str(root / "credentials.yml"),
        ],
        cwd=root,
        env=child_env,
        stdout=output,
        stderr=output,
    )
    servers = Servers(f"http://127.0.0.1:{port}", actions_url, [actions, rasa])
    try:
        _wait_until_up(f"{actions_url}/health", servers.processes, timeout)
        _wait_until_up(f"{servers.rasa_url}/status", servers.processes, timeout)
        yield servers
    finally:
        servers.stop()
        shutil.rmtree(workdir, ignore_errors=True)
