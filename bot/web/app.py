"""The console's Starlette application.

app = create_app(load_web_config())
uvicorn.run(app, host="127.0.0.1", port=8080)
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from bot.queue.config import make_engine, make_session_factory
from bot.web import pages, supervisor
from bot.web.config import WebConfig
from bot.web.context import Console, render
from bot.web.kiosk import routes as kiosk
from bot.web.security import SecurityHeaders

__all__ = ["STATIC", "create_app"]

STATIC = Path(__file__).resolve().parent / "static"


async def _not_found(request: Request, exc: Exception) -> Response:
    return render(request, "galat.html", {"pesan": "Halaman tidak ditemukan."}, status=404)


async def _not_allowed(request: Request, exc: Exception) -> Response:
    return render(request, "galat.html", {"pesan": "Cara membuka halaman ini salah."}, status=405)


def create_app(config: WebConfig, engine: Engine | None = None) -> Starlette:
    """The console over `engine` (default: one made from the settings' DATABASE_URL)."""
    engine = engine or make_engine(config.settings.database_url)
    routes = [
        *pages.ROUTES,
        *supervisor.ROUTES,
        Mount("/static", app=StaticFiles(directory=str(STATIC)), name="static"),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={404: _not_found, 405: _not_allowed},
    )
    app.state.console = Console(config, make_session_factory(engine))
    app.state.engine = engine
    kiosk.install(app, engine)  # the village-office kiosk at /kiosk (bot/web/kiosk)
    app.add_middleware(SecurityHeaders)
    return app
