"""`adminduk serve | chat | demo | train`: running and talking to the assistant."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import uuid
from collections.abc import Iterator
from types import FrameType
from typing import Any

import httpx

from bot.cli import web_cmds
from bot.cli.runtime import (
    ConfigurationError,
    check_workers,
    child_environment,
    project_dir,
    run_servers,
    start_actions,
    train_if_needed,
)
from bot.queue import migrations
from bot.queue.config import load_settings, make_engine

__all__ = ["register"]

QUIT_WORDS = {"keluar", "exit", "quit"}


def _stop_on_sigterm() -> threading.Event:
    stopped = threading.Event()

    def handler(_signum: int, _frame: FrameType | None) -> None:
        stopped.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
    return stopped


def cmd_serve(args: argparse.Namespace) -> int:
    root = project_dir()
    try:
        check_workers(load_settings(), args.workers)
    except ConfigurationError as error:
        print(f"adminduk serve: {error}", file=sys.stderr)
        return 2
    train_if_needed(root)
    stopped = _stop_on_sigterm()
    servers_up = run_servers(
        root,
        host=args.host,
        port=args.port,
        actions_port=args.actions_port,
        workers=args.workers,
        actions_url=args.actions_url,
    )
    try:
        with servers_up as servers:
            print(f"Asisten Adminduk siap: {servers.rasa_url}/webhooks/rest/webhook", flush=True)
            stopped.wait()
            print("Menghentikan server…", flush=True)
    except ConfigurationError as error:
        print(f"adminduk serve: {error}", file=sys.stderr)
        return 2
    return 0


def cmd_actions(args: argparse.Namespace) -> int:
    """The action server alone (a deployment runs it as its own service)."""
    root = project_dir()
    process = start_actions(root, args.host, args.port, child_environment(root, None), None)
    stopped = _stop_on_sigterm()
    while not stopped.wait(0.5):
        if process.poll() is not None:
            return process.returncode or 1
    process.terminate()
    return process.wait(20)


def cmd_train(args: argparse.Namespace) -> int:
    trained = train_if_needed(project_dir(), force=args.force)
    print("Model dilatih." if trained else "Model sudah terbaru.")
    return 0


def send(url: str, sender: str, text: str, timeout: float = 60.0) -> list[dict[str, Any]]:
    """One message through the REST channel; the assistant's replies."""
    response = httpx.post(
        f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=timeout
    )
    response.raise_for_status()
    replies: list[dict[str, Any]] = response.json()
    return replies


def format_reply(reply: dict[str, Any]) -> Iterator[str]:
    if reply.get("text"):
        yield f"Asisten: {reply['text']}"
    for number, button in enumerate(reply.get("buttons") or [], start=1):
        yield f"   [{number}] {button.get('title')}"


def _lines() -> Iterator[str]:
    """What the resident types: with a prompt on a terminal, plain lines from a pipe."""
    if not sys.stdin.isatty():
        yield from sys.stdin
        return
    while True:
        try:
            yield input("Anda: ")
        except EOFError:
            return


def chat(url: str, sender: str) -> int:
    """A terminal chat as a resident; a number picks the last message's button."""
    print("Ketik pesan sebagai warga ('keluar' untuk selesai). Contoh: KTP saya hilang")
    buttons: list[dict[str, Any]] = []
    for line in _lines():
        text = line.strip()
        if text.lower() in QUIT_WORDS:
            break
        if not text:
            continue
        if text.isdigit() and 1 <= int(text) <= len(buttons):
            text = str(buttons[int(text) - 1].get("payload") or text)
        try:
            replies = send(url, sender, text)
        except httpx.HTTPError:
            print("Asisten: layanan sedang gangguan; mohon coba lagi sebentar lagi.")
            continue
        buttons = []
        for reply in replies:
            buttons = reply.get("buttons") or buttons
            for out in format_reply(reply):
                print(out, flush=True)
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    return chat(args.url, args.sender or f"terminal:{uuid.uuid4().hex[:8]}")


def upgrade_database() -> None:
    """Create or migrate the queue database of DATABASE_URL / ADMINDUK_DATA_DIR."""
    settings = load_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.database_url)
    try:
        migrations.upgrade(engine)
    finally:
        engine.dispose()


def cmd_demo(args: argparse.Namespace) -> int:
    """Set up, start both servers on the embedded SQLite queue, and chat as a resident."""
    upgrade_database()
    root = project_dir()
    print("Menyiapkan model (sekali saja, sekitar 2 menit)…", flush=True)
    train_if_needed(root)
    servers_up = run_servers(root, port=args.port, actions_port=args.actions_port, quiet=True)
    with servers_up as servers, web_cmds.console_beside(args.web_port):
        print("Server siap. Petugas bisa memakai 'adminduk queue list' di terminal lain.")
        return chat(servers.rasa_url, f"terminal:{uuid.uuid4().hex[:8]}")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = sub.add_parser("serve", help="jalankan server aksi dan Rasa (REST, 127.0.0.1)")
    serve.add_argument("--host", default="127.0.0.1", help="alamat Rasa, 0.0.0.0 di kontainer")
    serve.add_argument("--port", type=int, default=5005)
    serve.add_argument("--actions-port", type=int, default=5055)
    serve.add_argument("--actions-url", help="server aksi yang sudah berjalan (tidak dijalankan)")
    serve.add_argument(
        "--workers", type=int, help="proses Rasa di satu port (bawaan ADMINDUK_RASA_WORKERS)"
    )
    serve.set_defaults(func=cmd_serve)
    actions = sub.add_parser("actions", help="jalankan server aksi saja")
    actions.add_argument("--host", default="127.0.0.1", help="alamat, 0.0.0.0 di kontainer")
    actions.add_argument("--port", type=int, default=5055)
    actions.set_defaults(func=cmd_actions)
    train = sub.add_parser("train", help="latih model bila data berubah")
    train.add_argument("--force", action="store_true")
    train.set_defaults(func=cmd_train)
    chat_cmd = sub.add_parser("chat", help="obrolan terminal sebagai warga")
    chat_cmd.add_argument("--url", default="http://127.0.0.1:5005")
    chat_cmd.add_argument("--sender")
    chat_cmd.set_defaults(func=cmd_chat)
    demo = sub.add_parser("demo", help="siapkan, jalankan, dan mengobrol sebagai warga")
    demo.add_argument("--port", type=int, default=5005)
    demo.add_argument("--actions-port", type=int, default=5055)
    demo.add_argument("--web-port", type=int, default=8080, help="konsol petugas")
    demo.set_defaults(func=cmd_demo)
