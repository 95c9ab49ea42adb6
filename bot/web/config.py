"""The console's settings, read from the environment when asked (never at import).

ADMINDUK_WEB_SECRET        key that signs the cookies; default: generated once and kept in
                           `<data dir>/web-secret` (mode 600)
ADMINDUK_WEB_SECURE_COOKIE `1`: cookies only over HTTPS (always so when the request is HTTPS)
ADMINDUK_WEB_POLL_SECONDS  how often the queue page looks for new tickets; default 5
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.queue.config import Settings, load_settings

__all__ = ["WebConfig", "load_web_config"]


@dataclass(frozen=True)
class WebConfig:
    settings: Settings
    secret: str
    secure_cookies: bool = False
    poll_seconds: int = 5


def _secret(env: Mapping[str, str], data_dir: Path) -> str:
    given = env.get("ADMINDUK_WEB_SECRET")
    if given:
        return given
    path = data_dir / "web-secret"
    if path.exists():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(value)
    return value


def load_web_config(env: Mapping[str, str] | None = None) -> WebConfig:
    env = os.environ if env is None else env
    settings = load_settings(env)
    return WebConfig(
        settings=settings,
        secret=_secret(env, settings.data_dir),
        secure_cookies=env.get("ADMINDUK_WEB_SECURE_COOKIE", "") in ("1", "true", "yes"),
        poll_seconds=max(1, int(env.get("ADMINDUK_WEB_POLL_SECONDS") or 5)),
    )
