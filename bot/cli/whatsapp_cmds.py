"""`adminduk whatsapp`: the WhatsApp Cloud API webhook server (settings from the environment)."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

__all__ = ["register"]


def cmd_whatsapp(args: argparse.Namespace) -> int:
    from bot.channels.whatsapp.app import run
    from bot.channels.whatsapp.config import ConfigError, load_whatsapp_settings
    from bot.queue.config import load_settings

    try:
        settings = load_whatsapp_settings()
    except ConfigError as exc:
        print(f"Pengaturan WhatsApp belum benar: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    queue = load_settings()
    queue.data_dir.mkdir(parents=True, exist_ok=True)
    run(settings, queue)
    return 0


def register(sub: Any) -> None:
    whatsapp = sub.add_parser("whatsapp", help="jalankan webhook WhatsApp Cloud API")
    whatsapp.add_argument("--verbose", action="store_true", help="log lebih rinci")
    whatsapp.set_defaults(func=cmd_whatsapp)
