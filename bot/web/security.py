"""Cookies, CSRF and security headers of the console.

- The session cookie is signed (itsdangerous), HttpOnly, SameSite=Lax, Secure over HTTPS (or
  always with ADMINDUK_WEB_SECURE_COOKIE=1). It carries the session's random token, whose
  sha256 is the key of the stored session; before login it carries only a CSRF token.
- Every POST carries the CSRF token (form field `csrf` or header `X-CSRF-Token`), compared in
  constant time; a POST whose `Origin` is another site is refused as well.
- Every response gets a CSP without inline script, nosniff, no framing, no referrer leaks, and
  `Cache-Control: no-store` for pages (they show personal data).
"""

from __future__ import annotations

import hmac
from typing import Any, cast
from urllib.parse import urlsplit

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "CSP",
    "FLASH_COOKIE",
    "SESSION_COOKIE",
    "CookieJar",
    "SecurityHeaders",
    "csrf_matches",
    "same_origin",
]

SESSION_COOKIE = "adminduk_sesi"
FLASH_COOKIE = "adminduk_pesan"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
    "cross-origin-opener-policy": "same-origin",
}


class CookieJar:
    """Signed cookie values; `secure` forces the Secure flag even over plain HTTP."""

    def __init__(self, secret: str, secure: bool = False) -> None:
        self._signer = URLSafeTimedSerializer(secret, salt="adminduk-console")
        self.secure = secure

    def read(self, request: Request, name: str, max_age: int) -> dict[str, Any] | None:
        raw = request.cookies.get(name)
        if not raw:
            return None
        try:
            value = self._signer.loads(raw, max_age=max_age)
        except BadSignature:
            return None
        return cast("dict[str, Any]", value) if isinstance(value, dict) else None

    def write(
        self, response: Response, request: Request, name: str, value: dict[str, Any], max_age: int
    ) -> None:
        response.set_cookie(
            name,
            self._signer.dumps(value),
            max_age=max_age,
            path="/",
            httponly=True,
            samesite="lax",
            secure=self.secure or request.url.scheme == "https",
        )

    def clear(self, response: Response, request: Request, name: str) -> None:
        response.delete_cookie(
            name,
            path="/",
            httponly=True,
            samesite="lax",
            secure=self.secure or request.url.scheme == "https",
        )


def csrf_matches(expected: str | None, given: str | None) -> bool:
    return bool(expected and given) and hmac.compare_digest(str(expected), str(given))


def same_origin(request: Request) -> bool:
    """False only when the browser says the request comes from another site."""
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin != "null"
    parts = urlsplit(origin)
    host = request.headers.get("host", "")
    return parts.netloc == host


class SecurityHeaders:
    """Pure ASGI middleware adding the headers above (a route may set its own CSP)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        https = scope.get("scheme") == "https"
        static = str(scope.get("path", "")).startswith("/static/")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.decode().lower() for k, _ in headers}
                extra = dict(_HEADERS)
                extra["content-security-policy"] = CSP
                if not static:
                    extra["cache-control"] = "no-store"
                if https:
                    extra["strict-transport-security"] = "max-age=31536000"
                headers += [(k.encode(), v.encode()) for k, v in extra.items() if k not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)
