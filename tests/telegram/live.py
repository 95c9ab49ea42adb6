"""The gateway as a real process (`adminduk telegram`) against the fake Bot API on loopback."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot.channels.telegram.store import Store
from bot.queue import tables
from bot.queue.config import make_engine
from devtools.fake_telegram import FakeBotAPI

CODE = re.compile(r"\b(?:KK|KTP|KIA|PINDAH|UMUM)-[A-HJ-NP-Z2-9]{6,}\b")
OFFICER_CHAT = -100555000


class GatewayProcess:
    """Start, SIGKILL and stop `adminduk telegram`; its log goes to `log_path`."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.env = {**os.environ, **env}
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self) -> None:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli.main", "telegram"],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        self.starts += 1

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


def gateway_env(
    api: FakeBotAPI, queue_env: dict[str, str], rasa: str, actions: str
) -> dict[str, str]:
    return {
        **queue_env,
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_BASE_URL": api.url,
        "TELEGRAM_OFFICER_CHAT_ID": str(OFFICER_CHAT),
        "RASA_URL": rasa,
        "RASA_ACTIONS_URL": actions,
        "TELEGRAM_POLL_SECONDS": "0.2",
        "TELEGRAM_TIMEOUT": "2",
        "TELEGRAM_MAX_BACKOFF": "2",
    }


def answers_to(api: FakeBotAPI, chat: int, message_id: int) -> list[str]:
    return [
        str(m["text"])
        for m in api.sent_to(chat)
        if (m.get("reply_parameters") or {}).get("message_id") == message_id
    ]


def code_in(replies: list[str]) -> str | None:
    for reply in replies:
        if match := CODE.search(reply):
            return match.group(0)
    return None


def post_of(api: FakeBotAPI, code: str) -> dict[str, Any] | None:
    for message in api.sent_to(OFFICER_CHAT):
        if str(message.get("text", "")).startswith(f"Tiket {code} "):
            return message
    return None


def prompt_for(api: FakeBotAPI, code: str) -> dict[str, Any] | None:
    for message in reversed(api.sent_to(OFFICER_CHAT)):
        if "force_reply" in (message.get("reply_markup") or {}) and code in message["text"]:
            return message
    return None


def store_of(queue_env: dict[str, str]) -> Store:
    return Store(make_engine(queue_env["DATABASE_URL"]))


def tickets_of(store: Store, chats: list[int]) -> dict[str, int]:
    """code → chat of the Telegram tickets of these chats."""
    t = tables.tickets.c
    query = select(t.code, t.chat_id).where(
        t.channel == "telegram", t.chat_id.in_([str(c) for c in chats])
    )
    with store.engine.connect() as conn:
        return {row.code: int(row.chat_id) for row in conn.execute(query)}


def outbox_states(store: Store, chats: list[int]) -> list[str]:
    o = tables.outbox.c
    query = select(o.state).where(o.chat_id.in_([str(c) for c in chats]))
    with store.engine.connect() as conn:
        return [row.state for row in conn.execute(query)]
