"""`adminduk web`: the console under uvicorn, on loopback by default."""

from __future__ import annotations

from bot.web.config import load_web_config

__all__ = ["serve"]


def serve(host: str = "127.0.0.1", port: int = 8080) -> None:
    import threading

    import uvicorn

    from bot.web import charts
    from bot.web.app import create_app

    threading.Thread(target=charts.warm_up, name="matplotlib-warm-up", daemon=True).start()

    app = create_app(load_web_config())
    uvicorn.run(
        app, host=host, port=port, proxy_headers=True, log_level="info", ws="none", access_log=False
    )
