"""`adminduk web`: the officers' console (Starlette + uvicorn)."""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["register"]


def cmd_web(args: argparse.Namespace) -> int:
    from bot.web.server import serve

    print(f"Konsol petugas: http://{args.host}:{args.port}/", flush=True)
    serve(args.host, args.port)
    return 0


def register(sub: Any) -> None:
    web = sub.add_parser("web", help="konsol web petugas")
    web.add_argument("--host", default="127.0.0.1")
    web.add_argument("--port", type=int, default=8080)
    web.set_defaults(func=cmd_web)
