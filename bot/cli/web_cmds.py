"""`adminduk web`: the officers' console (Starlette + uvicorn)."""

from __future__ import annotations

import argparse
import os
import secrets
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

__all__ = ["register"]


def cmd_web(args: argparse.Namespace) -> int:
    from bot.web.server import serve

    print(f"Konsol petugas: http://{args.host}:{args.port}/", flush=True)
    serve(args.host, args.port)
    return 0


def _demo_login() -> str | None:
    """On a queue without any console account, a demo admin with a fresh password."""
    from bot.queue import services
    from bot.queue.config import load_settings, make_engine, make_session_factory
    from bot.queue.persistence import UnitOfWork

    engine = make_engine(load_settings().database_url)
    try:
        uow = UnitOfWork(make_session_factory(engine))
        if any(o.login for o in services.list_officers(uow)):
            return None
        password = secrets.token_urlsafe(12)
        services.add_officer(uow, "Petugas Demo", [], "admin", password=password, login="demo")
        return password
    finally:
        engine.dispose()


@contextmanager
def console_beside(port: int) -> Iterator[None]:
    """`adminduk web` as a child process for `adminduk demo`; its URL printed when it is up."""
    password = _demo_login()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli.main", "web", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dict(os.environ),
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if httpx.get(f"{url}/sehat", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        print(f"Konsol petugas: {url}/", flush=True)
        if password:
            print(f"  masuk dengan login 'demo', kata sandi {password}", flush=True)
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def register(sub: Any) -> None:
    web = sub.add_parser("web", help="konsol web petugas")
    web.add_argument("--host", default="127.0.0.1")
    web.add_argument("--port", type=int, default=8080)
    web.set_defaults(func=cmd_web)
