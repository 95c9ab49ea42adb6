"""What every console route shares: the logged-in officer, CSRF, rendering, errors.

`officer_page` wraps a route: no session → the login page (a 401 for htmx and POSTs); a POST
without the right CSRF token or from another site → 403. Queue refusals become pages with the
right status: not allowed 403, unknown ticket 404; other refusals of an action come back to
the page they were made from as a message.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.orm import sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from bot.errors import NotAllowed, OfficerNotFound, QueueError, TicketNotFound
from bot.queue import accounts
from bot.queue.hours import WorkingHours, format_when
from bot.queue.persistence import UnitOfWork
from bot.queue.views import OfficerView
from bot.reference.office import default_office
from bot.web.config import WebConfig
from bot.web.security import FLASH_COOKIE, SESSION_COOKIE, CookieJar, csrf_matches, same_origin

__all__ = ["Console", "Visitor", "call", "console", "flash", "officer_page", "render", "back"]

T = TypeVar("T")
Handler = Callable[[Request], Awaitable[Response]]
TEMPLATES = Path(__file__).resolve().parent / "templates"
SESSION_AGE = int(accounts.IDLE.total_seconds()) * 3  # the stored session decides expiry


class Console:
    """The app's state: settings, the session factory, templates and the cookie signer."""

    def __init__(self, config: WebConfig, factory: sessionmaker) -> None:
        self.config = config
        self.factory = factory
        self.cookies = CookieJar(config.secret, config.secure_cookies)
        self.templates = Environment(
            loader=FileSystemLoader(str(TEMPLATES)),
            autoescape=select_autoescape(["html", "xml"], default=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.filters.update(waktu=_local, kapan=format_when, durasi=duration_text)
        self.templates.globals["office"] = default_office()  # bot/reference/office.yml

    @property
    def hours(self) -> WorkingHours:
        return self.config.settings.hours

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.factory)


@dataclass
class Visitor:
    session: accounts.WebSession | None
    csrf: str
    new_csrf: bool = False

    @property
    def officer(self) -> OfficerView:
        assert self.session is not None
        return self.session.officer


def console(request: Request) -> Console:
    found: Console = request.app.state.console
    return found


async def call(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """A blocking service call, off the event loop."""
    return await run_in_threadpool(fn, *args, **kwargs)


async def visitor_of(request: Request) -> Visitor:
    app = console(request)
    data = app.cookies.read(request, SESSION_COOKIE, SESSION_AGE) or {}
    token = data.get("t")
    if isinstance(token, str) and token:
        session = await call(accounts.session_of, app.uow(), token)
        if session is not None:
            return Visitor(session, session.csrf)
    csrf = data.get("c")
    if isinstance(csrf, str) and csrf:
        return Visitor(None, csrf)
    return Visitor(None, secrets.token_urlsafe(32), new_csrf=True)


def _is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


async def check_post(request: Request, visitor: Visitor) -> FormData | None:
    """The form of a POST whose origin and CSRF token are right, else None."""
    form = await request.form()
    given = form.get("csrf") or request.headers.get("x-csrf-token")
    if not same_origin(request) or not csrf_matches(visitor.csrf, str(given or "")):
        return None
    return form


def officer_page(handler: Handler) -> Handler:
    @wraps(handler)
    async def wrapper(request: Request) -> Response:
        visitor = await visitor_of(request)
        request.state.visitor = visitor
        if visitor.session is None:
            return _to_login(request)
        if request.method == "POST":
            form = await check_post(request, visitor)
            if form is None:
                return render(request, "galat.html", {"pesan": FORBIDDEN_CSRF}, status=403)
            request.state.form = form
        try:
            return await handler(request)
        except (NotAllowed, OfficerNotFound) as exc:
            return render(request, "galat.html", {"pesan": str(exc)}, status=403)
        except TicketNotFound as exc:
            return render(request, "galat.html", {"pesan": str(exc)}, status=404)
        except QueueError as exc:
            if request.method != "POST":
                raise
            return back(request, "galat", str(exc))

    return wrapper


FORBIDDEN_CSRF = (
    "Formulir ini sudah kedaluwarsa atau tidak berasal dari halaman konsol. "
    "Silakan muat ulang halaman dan coba lagi."
)


def _to_login(request: Request) -> Response:
    if request.method != "GET" or _is_htmx(request):
        response: Response = HTMLResponse("Sesi berakhir; silakan masuk lagi.", status_code=401)
        response.headers["HX-Redirect"] = "/login"
        return response
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?lanjut={_quote(target)}", status_code=303)


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


def safe_target(text: str | None, default: str = "/antrean") -> str:
    """Only a path on this site (no `//host`, no scheme) may be a redirect target."""
    if not text or not text.startswith("/") or text.startswith("//") or "\\" in text:
        return default
    return text


def flash(response: Response, request: Request, kind: str, text: str) -> Response:
    console(request).cookies.write(response, request, FLASH_COOKIE, {"k": kind, "m": text}, 120)
    return response


def back(request: Request, kind: str, text: str, target: str | None = None) -> Response:
    """303 to `target` (or the page the form came from) with a message."""
    where = safe_target(target or _form_value(request, "kembali") or request.url.path)
    return flash(RedirectResponse(where, status_code=303), request, kind, text)


def _form_value(request: Request, name: str) -> str | None:
    form: FormData | None = getattr(request.state, "form", None)
    value = form.get(name) if form is not None else None
    return value if isinstance(value, str) else None


def render(
    request: Request, name: str, context: dict[str, Any] | None = None, status: int = 200
) -> Response:
    app = console(request)
    visitor: Visitor | None = getattr(request.state, "visitor", None)
    message = app.cookies.read(request, FLASH_COOKIE, 120)
    values = {
        "request": request,
        "csrf": visitor.csrf if visitor else "",
        "me": visitor.session.officer if visitor and visitor.session else None,
        "pesan_kilat": message,
        "poll_seconds": app.config.poll_seconds,
        **(context or {}),
    }
    body = app.templates.get_template(name).render(values)
    response = HTMLResponse(body, status_code=status)
    if message:
        app.cookies.clear(response, request, FLASH_COOKIE)
    if visitor is not None and visitor.new_csrf:
        app.cookies.write(response, request, SESSION_COOKIE, {"c": visitor.csrf}, SESSION_AGE)
    return response


def _local(moment: datetime | str | None, fmt: str = "%d-%m-%Y %H.%M") -> str:
    if moment is None:
        return "-"
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    from bot.queue.hours import WIB

    return moment.astimezone(WIB).strftime(fmt)


def duration_text(seconds: float | None) -> str:
    """Office time in words: `2 hari kerja 3 jam`, `45 menit`."""
    if seconds is None:
        return "-"
    minutes = int(seconds // 60)
    days, rest = divmod(minutes, 8 * 60)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(f"{days} hari kerja")
    if hours:
        parts.append(f"{hours} jam")
    if mins and not days:
        parts.append(f"{mins} menit")
    return " ".join(parts) or "< 1 menit"
