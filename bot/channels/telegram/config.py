"""Settings of the Telegram gateway, read from the environment when asked (never at import).

TELEGRAM_BOT_TOKEN          the bot's token (required)
TELEGRAM_API_BASE_URL       Bot API server, default `https://api.telegram.org`; a
                            self-hosted Bot API server or the tests' fake one
TELEGRAM_OFFICER_CHAT_ID    the officers' group; new tickets are posted there
RASA_URL                    Rasa server with the REST channel, default `http://127.0.0.1:5005`
RASA_ACTIONS_URL            action server, checked (`/health`) before each message; optional
TELEGRAM_WEBHOOK_URL        public URL for webhook mode (`adminduk telegram --webhook`)
TELEGRAM_WEBHOOK_SECRET     secret token Telegram sends in `X-Telegram-Bot-Api-Secret-Token`
TELEGRAM_WEBHOOK_LISTEN     listen address in webhook mode, default `127.0.0.1`
TELEGRAM_WEBHOOK_PORT       listen port in webhook mode, default `8443`
TELEGRAM_POLL_SECONDS       how often the delivery loops look for work, default `1`
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["ConfigError", "TelegramSettings", "load_telegram_settings"]


class ConfigError(ValueError):
    """A Telegram setting is missing or malformed; the message names the variable."""


@dataclass(frozen=True)
class TelegramSettings:
    token: str
    api_base_url: str = "https://api.telegram.org"
    officer_chat_id: int | None = None
    rasa_url: str = "http://127.0.0.1:5005"
    actions_url: str | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    poll_seconds: float = 1.0
    timeout: float = 10.0
    max_backoff: float = 30.0

    @property
    def base_url(self) -> str:
        return f"{self.api_base_url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.api_base_url}/file/bot"

    def __repr__(self) -> str:  # never print the token
        return f"TelegramSettings(api_base_url={self.api_base_url!r}, rasa_url={self.rasa_url!r})"


def _int(env: Mapping[str, str], name: str) -> int | None:
    raw = (env.get(name) or "").strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, e.g. -1001234567890") from None


def _seconds(env: Mapping[str, str], name: str, default: float) -> float:
    try:
        return float(env.get(name) or default)
    except ValueError:
        raise ConfigError(f"{name} must be a number of seconds, e.g. 1.5") from None


def load_telegram_settings(env: Mapping[str, str] | None = None) -> TelegramSettings:
    env = os.environ if env is None else env
    token = (env.get("TELEGRAM_BOT_TOKEN") or "").strip()
    if not token:
        raise ConfigError("TELEGRAM_BOT_TOKEN is not set")
    poll = _seconds(env, "TELEGRAM_POLL_SECONDS", 1.0)
    timeout = _seconds(env, "TELEGRAM_TIMEOUT", 10.0)
    return TelegramSettings(
        token=token,
        api_base_url=(env.get("TELEGRAM_API_BASE_URL") or "https://api.telegram.org").rstrip("/"),
        officer_chat_id=_int(env, "TELEGRAM_OFFICER_CHAT_ID"),
        rasa_url=(env.get("RASA_URL") or "http://127.0.0.1:5005").rstrip("/"),
        actions_url=(env.get("RASA_ACTIONS_URL") or "").rstrip("/") or None,
        webhook_url=env.get("TELEGRAM_WEBHOOK_URL") or None,
        webhook_secret=env.get("TELEGRAM_WEBHOOK_SECRET") or None,
        webhook_listen=env.get("TELEGRAM_WEBHOOK_LISTEN") or "127.0.0.1",
        webhook_port=_int(env, "TELEGRAM_WEBHOOK_PORT") or 8443,
        poll_seconds=max(0.05, poll),
        timeout=max(0.5, timeout),
        max_backoff=max(0.5, _seconds(env, "TELEGRAM_MAX_BACKOFF", 30.0)),
    )
