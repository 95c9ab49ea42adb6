"""Attachments waiting for the resident to say which request they belong to.

A chat with two or more open requests sends a photo: the bytes wait here under a random token
until the resident presses the button of one request (`lampiran:<token>:<code>`), for at most
a day. Only the chat that sent the file can place it.

    pending = PendingFiles(data_dir)
    token = pending.keep(channel, chat_id, data, filename)
    held = pending.take(token, channel, chat_id)      # None: gone, expired or another chat's
"""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["KEEP_SECONDS", "HeldFile", "PendingFiles"]

KEEP_SECONDS = 24 * 3600
_TOKEN_CHARS = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class HeldFile:
    data: bytes
    filename: str | None


class PendingFiles:
    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / "pending"

    def keep(self, channel: str, chat_id: str, data: bytes, filename: str | None) -> str:
        """Hold the bytes for the chat; the token its buttons carry."""
        self.sweep()
        self.folder.mkdir(parents=True, exist_ok=True)
        token = secrets.token_hex(6)
        self._body(token).write_bytes(data)
        meta = {"channel": channel, "chat_id": chat_id, "filename": filename}
        self._meta(token).write_text(json.dumps(meta), encoding="utf-8")
        return token

    def take(self, token: str, channel: str, chat_id: str) -> HeldFile | None:
        """The chat's held file (removed from here), or None."""
        if not token or not set(token) <= _TOKEN_CHARS:
            return None
        meta_path, body_path = self._meta(token), self._body(token)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if (meta.get("channel"), meta.get("chat_id")) != (channel, chat_id):
                return None
            data = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        expired = time.time() - body_path.stat().st_mtime > KEEP_SECONDS
        self._remove(token)
        return None if expired else HeldFile(data, meta.get("filename"))

    def sweep(self, now: float | None = None) -> int:
        """Remove files held longer than a day; how many."""
        if not self.folder.is_dir():
            return 0
        cut = (now or time.time()) - KEEP_SECONDS
        removed = 0
        for path in self.folder.glob("*.bin"):
            try:
                if path.stat().st_mtime < cut:
                    self._remove(path.stem)
                    removed += 1
            except OSError:
                continue
        return removed

    def _remove(self, token: str) -> None:
        for path in (self._body(token), self._meta(token)):
            path.unlink(missing_ok=True)

    def _body(self, token: str) -> Path:
        return self.folder / f"{token}.bin"

    def _meta(self, token: str) -> Path:
        return self.folder / f"{token}.json"
