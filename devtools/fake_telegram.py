"""A small fake Telegram Bot API on loopback, for tests and benchmarks (never the internet).

    with FakeBotAPI() as api:               # serves http://127.0.0.1:<port>
        env = {"TELEGRAM_API_BASE_URL": api.url, "TELEGRAM_BOT_TOKEN": api.token}
        mid = api.resident_says(4242, "halo")   # queues an update for getUpdates
        api.wait_for(lambda: api.sent_to(4242))
        api.fail("500", seconds=3)          # or "429" (retry_after 1) or "timeout"

Methods: getMe, getUpdates (long polling), sendMessage, editMessageText,
editMessageReplyMarkup, answerCallbackQuery, getFile, setWebhook, deleteWebhook, and file
downloads under /file/bot<token>/. A failure mode applies to every method until it expires;
a "timeout" hangs before the request is handled, like a request lost on the way.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

import httpx

__all__ = ["FakeBotAPI"]

JSON_KEYS = {"reply_markup", "reply_parameters", "allowed_updates"}
BOT_ID = 777000


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that gave up (timeouts are part of the tests) is not an error."""


class FakeBotAPI:
    def __init__(self, token: str = "123456:TEST-TOKEN", port: int = 0, hang: float = 3.0) -> None:
        self.hang = hang
        self.token = token
        self._lock = threading.Condition()
        self.updates: list[dict[str, Any]] = []
        self.sent: list[dict[str, Any]] = []
        self.edits: list[dict[str, Any]] = []
        self.answers: list[dict[str, Any]] = []
        self.calls: dict[str, int] = {}
        self.files: dict[str, bytes] = {}
        self.webhook: dict[str, Any] | None = None
        self.blocked_chats: set[int] = set()  # sendMessage there answers 403 (bot not in it)
        self.failures = 0
        self._fail_mode: str | None = None
        self._fail_until = 0.0
        self._fail_methods: set[str] | None = None
        self._next_update = 1
        self._next_message = 1000
        self._server = _QuietServer(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FakeBotAPI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # --- what the test does ------------------------------------------------------------
    def fail(self, mode: str | None, seconds: float = 0.0, methods: set[str] | None = None) -> None:
        """Fail calls with `mode` ("500", "429", "timeout") for `seconds`: every call, or
        only `methods` (e.g. {"sendMessage"})."""
        with self._lock:
            self._fail_mode, self._fail_until = mode, time.monotonic() + seconds
            self._fail_methods = methods

    def _push(self, kind: str, payload: dict[str, Any]) -> int:
        with self._lock:
            update_id = self._next_update
            self._next_update += 1
            self.updates.append({"update_id": update_id, kind: payload})
            self._lock.notify_all()
            return update_id

    def redeliver(self, update_id: int) -> None:
        """Queue an update again with the same id (Telegram retrying)."""
        with self._lock:
            original = next(u for u in self.updates if u["update_id"] == update_id)
            self.updates.append(dict(original))
            self._lock.notify_all()

    def _message(self, chat: dict[str, Any], user_id: int, **fields: Any) -> dict[str, Any]:
        with self._lock:
            self._next_message += 1
            message_id = self._next_message
        user = {"id": user_id, "is_bot": False, "first_name": f"U{user_id}"}
        return {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat,
            "from": user,
            **fields,
        }

    @staticmethod
    def private(chat_id: int) -> dict[str, Any]:
        return {"id": chat_id, "type": "private", "first_name": f"Warga {chat_id}"}

    @staticmethod
    def group(chat_id: int) -> dict[str, Any]:
        return {"id": chat_id, "type": "supergroup", "title": "Petugas"}

    def resident_says(self, chat_id: int, text: str, **fields: Any) -> int:
        """A private text message; returns its message id."""
        message = self._message(self.private(chat_id), chat_id, text=text, **fields)
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        self._push("message", message)
        return int(message["message_id"])

    def resident_sends(self, chat_id: int, **fields: Any) -> int:
        """A private non-text message (photo=[...], document={...}, sticker={...})."""
        message = self._message(self.private(chat_id), chat_id, **fields)
        self._push("message", message)
        return int(message["message_id"])

    def add_file(self, file_id: str, content: bytes) -> None:
        self.files[file_id] = content

    def officer_says(
        self, chat_id: int, user_id: int, text: str, reply_to: dict[str, Any] | None = None
    ) -> int:
        fields: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split()[0]
            fields["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if reply_to is not None:
            fields["reply_to_message"] = reply_to
        message = self._message(self.group(chat_id), user_id, **fields)
        self._push("message", message)
        return int(message["message_id"])

    def press(self, message: dict[str, Any], user_id: int, data: str) -> int:
        """A user presses an inline button of a message the bot sent."""
        user = {"id": user_id, "is_bot": False, "first_name": f"U{user_id}"}
        query = {
            "id": f"cb{time.monotonic_ns()}",
            "from": user,
            "message": self._as_update_message(message),
            "chat_instance": "1",
            "data": data,
        }
        return self._push("callback_query", query)

    def _as_update_message(self, sent: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(sent["chat_id"])
        chat = self.group(chat_id) if chat_id < 0 else self.private(chat_id)
        bot = {"id": BOT_ID, "is_bot": True, "first_name": "Asisten"}
        return {
            "message_id": sent["message_id"],
            "date": int(time.time()),
            "chat": chat,
            "from": bot,
            "text": sent.get("text", ""),
        }

    def sent_to(self, chat_id: int) -> list[dict[str, Any]]:
        with self._lock:
            return [m for m in self.sent if int(m["chat_id"]) == chat_id]

    def texts_to(self, chat_id: int) -> list[str]:
        return [str(m.get("text", "")) for m in self.sent_to(chat_id)]

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 60.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(0.05)
        raise TimeoutError("the fake Bot API did not see what the test waited for")

    # --- the server ---------------------------------------------------------------------
    def _failure(self, method: str = "") -> str | None:
        with self._lock:
            chosen = self._fail_methods is None or method in self._fail_methods
            if self._fail_mode and chosen and time.monotonic() < self._fail_until:
                self.failures += 1
                return self._fail_mode
            return None

    def _call(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._lock:
            self.calls[method] = self.calls.get(method, 0) + 1
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        if method == "sendMessage" and int(params.get("chat_id", 0)) in self.blocked_chats:
            text = "Forbidden: bot is not a member of the supergroup chat"
            return 403, {"ok": False, "error_code": 403, "description": text}
        result = handler(params)
        return 200, {"ok": True, "result": result}

    def _m_getMe(self, _p: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Asisten",
            "username": "asisten_adminduk_bot",
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _m_getUpdates(self, p: dict[str, Any]) -> list[dict[str, Any]]:  # noqa: N802
        offset = int(p.get("offset") or 0)
        wait = min(float(p.get("timeout") or 0), 1.0)
        deadline = time.monotonic() + wait
        with self._lock:
            while True:
                # Telegram forgets updates below the offset; a redelivered copy keeps its id.
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
                if self.updates or time.monotonic() >= deadline:
                    return list(self.updates[:100])
                self._lock.wait(max(0.01, deadline - time.monotonic()))

    def _m_sendMessage(self, p: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        with self._lock:
            self._next_message += 1
            record = {**p, "message_id": self._next_message, "at": time.monotonic()}
            self.sent.append(record)
            self._lock.notify_all()
        chat_id = int(p["chat_id"])
        chat = self.group(chat_id) if chat_id < 0 else self.private(chat_id)
        bot = {"id": BOT_ID, "is_bot": True, "first_name": "Asisten"}
        return {
            "message_id": record["message_id"],
            "date": int(time.time()),
            "chat": chat,
            "from": bot,
            "text": p.get("text", ""),
        }

    def _m_editMessageText(self, p: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        with self._lock:
            self.edits.append(dict(p))
        return self._as_update_message({**p, "message_id": int(p["message_id"])})

    def _m_editMessageReplyMarkup(self, p: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        return self._m_editMessageText(p)

    def _m_answerCallbackQuery(self, p: dict[str, Any]) -> bool:  # noqa: N802
        with self._lock:
            self.answers.append(dict(p))
        return True

    def _m_getFile(self, p: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        file_id = str(p["file_id"])
        content = self.files.get(file_id, b"")
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": len(content),
            "file_path": f"documents/{file_id}",
        }

    def _m_setWebhook(self, p: dict[str, Any]) -> bool:  # noqa: N802
        self.webhook = dict(p)
        return True

    def _m_deleteWebhook(self, _p: dict[str, Any]) -> bool:  # noqa: N802
        self.webhook = None
        return True

    def handle_httpx(self, request: httpx.Request) -> httpx.Response:
        """The same fake behind `httpx.MockTransport` (unit tests, no socket); a "timeout"
        failure raises `httpx.ReadTimeout`."""
        mode = self._failure(request.url.path.rsplit("/", 1)[-1])
        if mode == "timeout":
            raise httpx.ReadTimeout("fake timeout", request=request)
        if mode is not None:
            code = int(mode)
            body: dict[str, Any] = {"ok": False, "error_code": code, "description": "fake"}
            if code == 429:
                body["parameters"] = {"retry_after": 1}
            return httpx.Response(code, json=body)
        path = request.url.path
        file_prefix = f"/file/bot{self.token}/documents/"
        if path.startswith(file_prefix):
            content = self.files.get(path[len(file_prefix) :])
            return httpx.Response(200 if content is not None else 404, content=content or b"")
        raw = request.content.decode()
        params: dict[str, Any] = {k: v[0] for k, v in parse_qs(raw).items()}
        for key in JSON_KEYS & params.keys():
            params[key] = json.loads(params[key])
        status, body = self._call(path.rsplit("/", 1)[-1], params)
        return httpx.Response(status, json=body)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                return

            def _reply(self, status: int, body: bytes, kind: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _fault(self) -> bool:
                mode = api._failure(urlparse(self.path).path.rsplit("/", 1)[-1])
                if mode is None:
                    return False
                if mode == "timeout":
                    time.sleep(api.hang)
                    self.close_connection = True
                    return True
                if mode == "429":
                    body = {
                        "ok": False,
                        "error_code": 429,
                        "description": "Too Many Requests: retry after 1",
                        "parameters": {"retry_after": 1},
                    }
                    self._reply(429, json.dumps(body).encode())
                    return True
                body = {"ok": False, "error_code": 500, "description": "Internal Server Error"}
                self._reply(500, json.dumps(body).encode())
                return True

            def do_GET(self) -> None:  # noqa: N802
                if self._fault():
                    return
                prefix = f"/file/bot{api.token}/documents/"
                path = unquote(urlparse(self.path).path)  # PTB quotes the token's ":"
                if path.startswith(prefix) and path[len(prefix) :] in api.files:
                    self._reply(200, api.files[path[len(prefix) :]], "application/octet-stream")
                else:
                    self._reply(404, b"not found", "text/plain")

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode() if length else ""
                if self._fault():
                    return
                prefix = f"/bot{api.token}/"
                path = urlparse(self.path).path
                if not path.startswith(prefix):
                    self._reply(401, b'{"ok":false,"error_code":401,"description":"Unauthorized"}')
                    return
                params: dict[str, Any] = {k: v[0] for k, v in parse_qs(raw).items()}
                if "application/json" in (self.headers.get("Content-Type") or ""):
                    params = json.loads(raw or "{}")
                for key in JSON_KEYS & params.keys():
                    if isinstance(params[key], str):
                        params[key] = json.loads(params[key])
                status, body = api._call(path[len(prefix) :], params)
                self._reply(status, json.dumps(body).encode())

        return Handler
