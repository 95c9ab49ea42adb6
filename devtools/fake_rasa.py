"""A fake Rasa REST channel on loopback (a real HTTP server), for channel tests and benchmarks.

    with FakeRasa() as rasa:                       # http://127.0.0.1:<port>
        RasaClient(rasa.url, channel="whatsapp")   # POST /webhooks/rest/webhook
        rasa.down = True                           # answers 503 (as a Rasa that is not up)

It answers every message with `Anda menulis: <text>` and one button (`Ya` / `ya`), after
`delay` seconds, and records what it was asked (`seen`: sender, text).
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["FakeRasa"]


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that gave up is not an error."""


class FakeRasa:
    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.down = False
        self.seen: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._server = _QuietServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FakeRasa:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def said_by(self, sender: str) -> list[str]:
        with self._lock:
            return [text for who, text in self.seen if who == sender]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return

            def _reply(self, status: int, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._reply(503 if fake.down else 200, {"status": "ok"})

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if fake.down:
                    self._reply(503, {"error": "not ready"})
                    return
                message = json.loads(raw)
                if fake.delay:
                    time.sleep(fake.delay)
                with fake._lock:
                    fake.seen.append((str(message["sender"]), str(message["message"])))
                text = f"Anda menulis: {message['message']}"
                self._reply(200, [{"text": text, "buttons": [{"title": "Ya", "payload": "ya"}]}])

        return Handler
