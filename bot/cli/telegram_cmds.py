"""`adminduk telegram [--webhook]`: the Telegram gateway (settings from the environment)."""

from __future__ import annotations

import argparse
import logging
import sys

from bot.channels.telegram.config import ConfigError, load_telegram_settings
from bot.queue.config import load_settings

__all__ = ["register"]


def cmd_telegram(args: argparse.Namespace) -> int:
    from bot.channels.telegram.app import run  # PTB loads only for this command

    try:
        settings = load_telegram_settings()
    except ConfigError as exc:
        print(f"Pengaturan Telegram belum benar: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    queue = load_settings()
    queue.data_dir.mkdir(parents=True, exist_ok=True)
    run(settings, queue, webhook=args.webhook)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    telegram = sub.add_parser("telegram", help="jalankan gateway Telegram (long polling)")
    telegram.add_argument(
        "--webhook", action="store_true", help="mode webhook dengan secret token (bukan polling)"
    )
    telegram.add_argument("--verbose", action="store_true", help="log lebih rinci")
    telegram.set_defaults(func=cmd_telegram)
