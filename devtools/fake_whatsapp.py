"""A small fake WhatsApp Cloud (Graph) API on loopback, for tests and benchmarks, and the
webhook bodies Meta would post (signed like Meta signs them).

    with FakeGraphAPI() as graph:                 # serves http://127.0.0.1:<port>
        env = {"WHATSAPP_API_BASE_URL": graph.url, "WHATSAPP_TOKEN": graph.token, ...}
        post(webhook_url, text_body("628111", "halo"), secret)     # a resident writes
        graph.wait_for(lambda: graph.texts_to("628111"))
        graph.fail("500", seconds=3)              # or "429" (Retry-After 1), "timeout", "400"
        graph.closed_windows.add("628111")        # free-form messages answer error 131047

Routes: POST /<phone id>/messages (bearer token checked), GET /<media id> (its URL),
GET /media/<media id> (the bytes, bearer token checked).
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar

import httpx

from bot.channels.whatsapp.webhook import SIGNATURE_HEADER, sign

__all__ = [
    "FakeGraphAPI",
    "choice_body",
    "media_body",
    "other_body",
    "post",
    "quick_reply_body",
    "status_body",
    "text_body",
    "wamid_of",
]

T = TypeVar("T")
_ids = itertools.count(1)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that gave up (timeouts are part of the tests) is not an error."""


class FakeGraphAPI:
    def __init__(self, token: str = "EAAG-TEST-TOKEN", phone_id: str = "1099", hang: float = 3.0):
        self.token, self.phone_id, self.hang = token, phone_id, hang
        self._lock = threading.Condition()
        self.sent: list[dict[str, Any]] = []  # accepted payloads, with "id" added
        self.refused = 0
        self.media: dict[str, tuple[bytes, str]] = {}
        self.closed_windows: set[str] = set()
        self.calls = 0
        self._mode: str | None = None
        self._until = 0.0
        self._server = _QuietServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FakeGraphAPI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    # --- what the test does ------------------------------------------------------------
    def fail(self, mode: str | None, seconds: float = 0.0) -> None:
        """Answer sends with `mode` ("500", "429", "timeout", "400") for `seconds`."""
        with self._lock:
            self._mode, self._until = mode, time.monotonic() + seconds

    def add_media(self, media_id: str, data: bytes, mime: str) -> None:
        self.media[media_id] = (data, mime)

    def sent_to(self, to: str) -> list[dict[str, Any]]:
        with self._lock:
            return [m for m in self.sent if m.get("to") == to]

    def texts_to(self, to: str) -> list[str]:
        return [body_of(m) for m in self.sent_to(to)]

    def answers_to(self, to: str, wamid: str) -> list[str]:
        return [
            body_of(m)
            for m in self.sent_to(to)
            if (m.get("context") or {}).get("message_id") == wamid
        ]

    def wait_for(self, check: Callable[[], T], timeout: float = 30.0) -> T:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = check()
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"condition not met in {timeout} s")

    # --- the server -------------------------------------------------------------------
    def _failure(self) -> str | None:
        with self._lock:
            if self._mode and time.monotonic() < self._until:
                return self._mode
            return None

    def _accept(self, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        to = str(payload.get("to"))
        if payload.get("type") != "template" and to in self.closed_windows:
            self.refused += 1
            error = {"code": 131047, "message": "Re-engagement message"}
            return 400, {"error": error}
        wamid = f"wamid.OUT{next(_ids)}"
        with self._lock:
            self.sent.append({**payload, "id": wamid})
            self._lock.notify_all()
        return 200, {"messaging_product": "whatsapp", "messages": [{"id": wamid}]}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return

            def _reply(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
                data = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(status)
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _authorised(self) -> bool:
                if self.headers.get("Authorization") == f"Bearer {fake.token}":
                    return True
                self._reply(401, {"error": {"code": 190, "message": "Invalid OAuth token"}})
                return False

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                fake.calls += 1
                if not self._authorised():
                    return
                if self.path.rstrip("/") != f"/{fake.phone_id}/messages":
                    self._reply(404, {"error": {"code": 100, "message": "Unknown path"}})
                    return
                mode = fake._failure()
                if mode == "timeout":
                    time.sleep(fake.hang)
                    return
                if mode == "500":
                    self._reply(500, {"error": {"code": 1, "message": "Internal"}})
                    return
                if mode == "429":
                    error = {"code": 130429, "message": "Rate limit hit"}
                    self._reply(429, {"error": error}, {"Retry-After": "1"})
                    return
                if mode == "400":
                    self._reply(400, {"error": {"code": 131009, "message": "Bad parameter"}})
                    return
                status, body = fake._accept(json.loads(raw))
                self._reply(status, body)

            def do_GET(self) -> None:
                if not self._authorised():
                    return
                path = self.path.strip("/")
                if path.startswith("media/"):
                    found = fake.media.get(path.removeprefix("media/"))
                    if found is None:
                        self._reply(404, {"error": {"code": 100, "message": "No media"}})
                    else:
                        self._reply(200, found[0], {"Content-Type": found[1]})
                    return
                if path not in fake.media:
                    self._reply(404, {"error": {"code": 100, "message": "No media"}})
                    return
                data, mime = fake.media[path]
                info = {"url": f"{fake.url}/media/{path}", "mime_type": mime, "id": path}
                self._reply(200, {**info, "file_size": len(data)})

        return Handler


def body_of(message: dict[str, Any]) -> str:
    """The text a resident reads in a sent payload (text, interactive body, template)."""
    kind = message.get("type")
    if kind == "text":
        return str(message["text"]["body"])
    if kind == "interactive":
        return str(message["interactive"]["body"]["text"])
    params = message["template"]["components"][0]["parameters"]
    return f"[template {message['template']['name']}] " + " | ".join(p["text"] for p in params)


# --- webhook bodies -------------------------------------------------------------------
def _envelope(value: dict[str, Any]) -> dict[str, Any]:
    value = {"messaging_product": "whatsapp", "metadata": {"phone_number_id": "1099"}, **value}
    change = {"field": "messages", "value": value}
    return {"object": "whatsapp_business_account", "entry": [{"id": "WABA", "changes": [change]}]}


def _message(frm: str, kind: str, wamid: str | None, **fields: Any) -> dict[str, Any]:
    message = {
        "from": frm,
        "id": wamid or f"wamid.IN{next(_ids)}",
        "timestamp": str(int(time.time())),
        "type": kind,
        **fields,
    }
    contacts = [{"profile": {"name": f"Warga {frm[-4:]}"}, "wa_id": frm}]
    return _envelope({"contacts": contacts, "messages": [message]})


def text_body(frm: str, text: str, wamid: str | None = None) -> dict[str, Any]:
    return _message(frm, "text", wamid, text={"body": text})


def choice_body(
    frm: str, payload: str, title: str = "", wamid: str | None = None, kind: str = "button_reply"
) -> dict[str, Any]:
    """A pressed reply button (`button_reply`) or a picked list row (`list_reply`)."""
    chosen = {"id": payload, "title": title or payload}
    return _message(frm, "interactive", wamid, interactive={"type": kind, kind: chosen})


def quick_reply_body(frm: str, payload: str, text: str = "Beri nilai") -> dict[str, Any]:
    """A template's quick-reply button pressed (message type `button`)."""
    return _message(frm, "button", None, button={"payload": payload, "text": text})


def media_body(
    frm: str, kind: str, media_id: str, mime: str, filename: str | None = None
) -> dict[str, Any]:
    media: dict[str, Any] = {"id": media_id, "mime_type": mime, "sha256": "x"}
    if filename:
        media["filename"] = filename
    return _message(frm, kind, None, **{kind: media})


def other_body(frm: str, kind: str = "sticker") -> dict[str, Any]:
    return _message(frm, kind, None, **{kind: {"id": "x"}})


def status_body(
    wamid: str, status: str, recipient: str, error_code: int | None = None
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": wamid,
        "status": status,
        "timestamp": str(int(time.time())),
        "recipient_id": recipient,
    }
    if error_code is not None:
        entry["errors"] = [{"code": error_code, "title": "Re-engagement message"}]
    return _envelope({"statuses": [entry]})


def wamid_of(body: dict[str, Any]) -> str:
    return str(body["entry"][0]["changes"][0]["value"]["messages"][0]["id"])


def post(
    url: str, body: dict[str, Any], secret: str, client: httpx.Client | None = None
) -> httpx.Response:
    """POST a webhook body to `url`, signed with the app secret."""
    raw = json.dumps(body).encode()
    headers = {SIGNATURE_HEADER: sign(secret, raw), "Content-Type": "application/json"}
    if client is not None:
        return client.post(url, content=raw, headers=headers)
    return httpx.post(url, content=raw, headers=headers, timeout=10)
