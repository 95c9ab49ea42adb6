"""`adminduk web`: the console under uvicorn, on loopback by default."""

from __future__ import annotations

import logging

from bot.web.config import load_web_config

__all__ = ["serve"]


def serve(host: str = "127.0.0.1", port: int = 8080) -> None:
    import uvicorn

    from bot.web.app import create_app

    app = create_app(load_web_config())
    logging.getLogger("uvicorn.access").setLevel(logging.WARNING)  # URLs hold ticket codes
    uvicorn.run(app, host=host, port=port, proxy_headers=True, log_level="info")
