"""Records beside tickets: officers (with an argon2 password hash for the console), outbox
notifications (delivery state and backoff) and attachments. Plain classes, no I/O."""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta, timezone
from functools import cache
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError

if TYPE_CHECKING:
    from bot.queue.actors import Actor

__all__ = ["MAX_ATTEMPTS", "Attachment", "Officer", "OutboxMessage", "burn_password_check"]

MAX_ATTEMPTS = 8
_hasher = PasswordHasher()


class Officer:
    def __init__(
        self,
        name: str,
        queues: list[str],
        role: str = "officer",
        telegram_user_id: int | None = None,
        active: bool = True,
        created_at: datetime | None = None,
    ) -> None:
        self.id: int | None = None
        self.name = name
        self.queues = list(queues)
        self.role = role
        self.telegram_user_id = telegram_user_id
        self.password_hash: str | None = None
        self.active = active
        self.created_at = created_at or datetime.now(timezone.utc)
        self.login: str | None = None  # the console's login name, lower case, unique
        self.failed_logins = 0  # failed console logins in a row
        self.locked_until: datetime | None = None

    @property
    def is_supervisor(self) -> bool:
        return self.role in ("supervisor", "admin")

    def serves(self, queue: str) -> bool:
        return self.active and (self.is_supervisor or queue in self.queues)

    def set_password(self, password: str) -> None:
        self.password_hash = _hasher.hash(password)

    def check_password(self, password: str) -> bool:
        if not self.password_hash or not self.active:
            burn_password_check(password)  # as slow as a real check: no hint the account is off
            return False
        try:
            return _hasher.verify(self.password_hash, password)
        except VerificationError:
            return False


@cache
def _dummy_hash() -> str:
    return _hasher.hash("not the password of anyone")


def burn_password_check(password: str) -> None:
    """Spend a verification's time on a hash that never matches."""
    with contextlib.suppress(VerificationError):
        _hasher.verify(_dummy_hash(), password)


class OutboxMessage:
    """A notification to a resident; `dedup_key` makes it go out once, even across restarts."""

    def __init__(
        self, channel: str, chat_id: str | None, kind: str, text: str, dedup_key: str, at: datetime
    ) -> None:
        self.id: int | None = None
        self.channel = channel
        self.chat_id = chat_id
        self.kind = kind
        self.text = text
        self.dedup_key = dedup_key
        self.state = "pending"
        self.attempts = 0
        self.next_attempt_at: datetime | None = at
        self.created_at = at
        self.sent_at: datetime | None = None
        self.last_error: str | None = None

    def mark_sent(self, now: datetime) -> None:
        self.state, self.sent_at, self.attempts = "sent", now, self.attempts + 1
        self.next_attempt_at = None

    def mark_failed(self, error: str, now: datetime) -> None:
        """Back off exponentially (30 s, 1 min, 2 min … at most 1 h); give up after 8 tries."""
        self.attempts += 1
        self.last_error = error[:500]
        if self.attempts >= MAX_ATTEMPTS:
            self.state, self.next_attempt_at = "failed", None
        else:
            delay = min(30 * 2 ** (self.attempts - 1), 3600)
            self.next_attempt_at = now + timedelta(seconds=delay)


class Attachment:
    def __init__(
        self,
        sha256: str,
        content_type: str,
        size: int,
        path: str,
        filename: str | None,
        actor: Actor,
        at: datetime,
    ) -> None:
        self.id: int | None = None
        self.sha256 = sha256
        self.content_type = content_type
        self.size = size
        self.path = path
        self.filename = filename
        self.sender_kind = actor.kind.value
        self.sender_id = actor.id
        self.created_at = at
