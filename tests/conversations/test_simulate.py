"""The simulation against a small fake assistant on loopback (no Rasa): it answers what the
tracker asks, confirms, finds the ticket in the queue, and fails without crashing when the
assistant is unreachable or answers nonsense."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from bot.queue import migrations, services
from bot.queue.config import make_engine, make_session_factory
from bot.queue.domain import Actor
from bot.queue.persistence import UnitOfWork
from devtools.synthetic import make_kk
from tests.conversations.corpus import Conversation, run_conversation

KK = make_kk(serial=9991)
LINE = f"#KK#{KK}#BUDI SANTOSO#BITUNG JAYA#CIKUPA"

Script = Callable[[str, str, dict[str, Any]], list[str]]


class FakeAssistant:
    """Asks the KK number, then shows the line, then queues it on "ya"."""

    def __init__(self, env: dict[str, str]) -> None:
        engine = make_engine(env["DATABASE_URL"])
        migrations.upgrade(engine)
        self.uow = UnitOfWork(make_session_factory(engine))
        self.slots: dict[str, dict[str, Any]] = {}
        self.body = ""

    def reply(self, sender: str, text: str) -> list[str]:
        slots = self.slots.setdefault(sender, {"diminta": None, "menunggu_konfirmasi": False})
        if slots["menunggu_konfirmasi"] and text == "ya":
            receipt = services.submit_request(self.uow, LINE, Actor.assistant("rest", sender))
            slots["menunggu_konfirmasi"] = False
            return [f"Terima kasih, kode {receipt.code}."]
        if slots["diminta"] == "no_kk" and KK in text.replace(" ", ""):
            slots.update(diminta=None, menunggu_konfirmasi=True)
            return [LINE, "Sudah benar?"]
        slots["diminta"] = "no_kk"
        return ["Berapa No. KK Bapak/Ibu? Contoh: 3603181204150003", "Status: cek KK-7QX4M2"]


@pytest.fixture
def fake(tmp_path: Path) -> Iterator[tuple[str, dict[str, str], FakeAssistant]]:
    env = {"ADMINDUK_DATA_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path}/q.db"}
    assistant = FakeAssistant(env)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _send(self, payload: str) -> None:
            data = payload.encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            if assistant.body:
                return self._send(assistant.body)
            texts = assistant.reply(body["sender"], body["message"])
            self._send(json.dumps([{"text": t} for t in texts]))

        def do_GET(self) -> None:
            sender = self.path.split("/")[2]
            self._send(json.dumps({"slots": assistant.slots.get(sender, {})}))

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", env, assistant
    server.shutdown()
    server.server_close()


def conversation(**changes: Any) -> Conversation:
    base: dict[str, Any] = {
        "id": "x",
        "split": "dev",
        "category": "casual_stepwise",
        "persona": "resident",
        "turns": ("mau cetak kk",),
        "answers": {"no_kk": f"kk {KK}"},
        "confirm": "ya",
        "missing": 1,
        "kind": "line",
        "line": LINE,
    }
    return Conversation(**{**base, **changes})


def test_the_person_answers_what_is_asked_confirms_and_the_queued_line_is_compared(fake) -> None:
    """The example code in the question is not taken for a ticket."""
    url, env, _assistant = fake
    outcome = run_conversation(url, "chat-1", conversation(), env)
    assert outcome.passed, outcome.reason
    assert outcome.ticket and outcome.ticket.startswith("KK-")
    assert outcome.canonical == LINE
    assert outcome.resident_turns == 2  # the KK number, then "ya"


def test_a_different_queued_line_fails_with_the_line_it_got(fake) -> None:
    url, env, _assistant = fake
    other = LINE.replace("BUDI SANTOSO", "BUDI SANTOSA")
    outcome = run_conversation(url, "chat-2", conversation(line=other), env)
    assert not outcome.passed and "BUDI SANTOSO" in outcome.reason


def test_a_question_without_an_answer_stops_the_person_and_fails(fake) -> None:
    url, env, _assistant = fake
    outcome = run_conversation(url, "chat-3", conversation(answers={}), env)
    assert not outcome.passed and "no ticket" in outcome.reason
    assert len(outcome.transcript) == 1


def test_a_cancel_control_fails_when_a_ticket_was_made(fake) -> None:
    url, env, _assistant = fake
    conv = conversation(kind="control", control="cancel", line=None)
    outcome = run_conversation(url, "chat-4", conv, env)
    assert not outcome.passed and "ticket was made" in outcome.reason


def test_a_reply_that_is_not_json_is_a_failure_not_a_crash(fake) -> None:
    url, env, assistant = fake
    assistant.body = "<html>oops</html>"
    outcome = run_conversation(url, "chat-5", conversation(), env)
    assert not outcome.passed and outcome.reason.startswith("assistant error")


def test_an_unreachable_assistant_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path}/none.db"}
    outcome = run_conversation("http://127.0.0.1:9", "chat-6", conversation(), env, timeout=2)
    assert not outcome.passed and outcome.reason.startswith("assistant error")
