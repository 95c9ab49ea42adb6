"""Settings of the WhatsApp channel, read from the environment when asked (never at import).

WHATSAPP_TOKEN               the Cloud API access token (required; never logged)
WHATSAPP_APP_SECRET          the Meta app's secret: HMAC key of X-Hub-Signature-256 (required)
WHATSAPP_VERIFY_TOKEN        the token of the webhook's GET verification (required)
WHATSAPP_PHONE_NUMBER_ID     the business phone number's id (required)
WHATSAPP_API_BASE_URL        default `https://graph.facebook.com/v21.0`; the tests' fake
WHATSAPP_TEMPLATE_NOTICE     approved template for a notice outside the 24-hour window; its
                             body takes two parameters: the ticket code and the notice
WHATSAPP_TEMPLATE_RATING     approved template asking for a rating outside the window; body
                             parameter: the ticket code; one quick-reply button
WHATSAPP_TEMPLATE_LANGUAGE   the templates' language code, default `id`
WHATSAPP_LISTEN, WHATSAPP_PORT   where the webhook server listens, default 127.0.0.1:8444
WHATSAPP_POLL_SECONDS, WHATSAPP_TIMEOUT, WHATSAPP_MAX_BACKOFF   1, 10, 30 (seconds)
RASA_URL, RASA_ACTIONS_URL   as for Telegram
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["ConfigError", "WhatsAppSettings", "load_whatsapp_settings"]

REQUIRED = (
    "WHATSAPP_TOKEN",
    "WHATSAPP_APP_SECRET",
    "WHATSAPP_VERIFY_TOKEN",
    "WHATSAPP_PHONE_NUMBER_ID",
)


class ConfigError(ValueError):
    """A WhatsApp setting is missing or malformed; the message names the variable."""


@dataclass(frozen=True)
class WhatsAppSettings:
    token: str
    app_secret: str
    verify_token: str
    phone_number_id: str
    api_base_url: str = "https://graph.facebook.com/v21.0"
    template_notice: str | None = None
    template_rating: str | None = None
    template_language: str = "id"
    rasa_url: str = "http://127.0.0.1:5005"
    actions_url: str | None = None
    listen: str = "127.0.0.1"
    port: int = 8444
    poll_seconds: float = 1.0
    timeout: float = 10.0
    max_backoff: float = 30.0

    @property
    def messages_url(self) -> str:
        return f"{self.api_base_url}/{self.phone_number_id}/messages"

    def __repr__(self) -> str:  # never print the token or the secrets
        return (
            f"WhatsAppSettings(api_base_url={self.api_base_url!r}, "
            f"phone_number_id={self.phone_number_id!r}, rasa_url={self.rasa_url!r})"
        )


def _number(env: Mapping[str, str], name: str, default: float) -> float:
    try:
        return float(env.get(name) or default)
    except ValueError:
        raise ConfigError(f"{name} must be a number, e.g. {default:g}") from None


def load_whatsapp_settings(env: Mapping[str, str] | None = None) -> WhatsAppSettings:
    env = os.environ if env is None else env
    missing = [name for name in REQUIRED if not (env.get(name) or "").strip()]
    if missing:
        raise ConfigError(f"{', '.join(missing)} not set")
    return WhatsAppSettings(
        token=env["WHATSAPP_TOKEN"].strip(),
        app_secret=env["WHATSAPP_APP_SECRET"].strip(),
        verify_token=env["WHATSAPP_VERIFY_TOKEN"].strip(),
        phone_number_id=env["WHATSAPP_PHONE_NUMBER_ID"].strip(),
        api_base_url=(
            env.get("WHATSAPP_API_BASE_URL") or "https://graph.facebook.com/v21.0"
        ).rstrip("/"),
        template_notice=(env.get("WHATSAPP_TEMPLATE_NOTICE") or "").strip() or None,
        template_rating=(env.get("WHATSAPP_TEMPLATE_RATING") or "").strip() or None,
        template_language=(env.get("WHATSAPP_TEMPLATE_LANGUAGE") or "id").strip(),
        rasa_url=(env.get("RASA_URL") or "http://127.0.0.1:5005").rstrip("/"),
        actions_url=(env.get("RASA_ACTIONS_URL") or "").rstrip("/") or None,
        listen=env.get("WHATSAPP_LISTEN") or "127.0.0.1",
        port=int(_number(env, "WHATSAPP_PORT", 8444)),
        poll_seconds=max(0.05, _number(env, "WHATSAPP_POLL_SECONDS", 1.0)),
        timeout=max(0.5, _number(env, "WHATSAPP_TIMEOUT", 10.0)),
        max_backoff=max(0.5, _number(env, "WHATSAPP_MAX_BACKOFF", 30.0)),
    )
