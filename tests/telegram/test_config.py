"""Gateway settings come from the environment and never show the token."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bot.channels.telegram.config import ConfigError, load_telegram_settings


def test_settings_are_read_from_the_environment_with_defaults() -> None:
    settings = load_telegram_settings(
        {
            "TELEGRAM_BOT_TOKEN": "123:ABC",
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/",
            "TELEGRAM_OFFICER_CHAT_ID": "-1001234567890",
        }
    )
    assert settings.base_url == "http://127.0.0.1:8081/bot"
    assert settings.base_file_url == "http://127.0.0.1:8081/file/bot"
    assert settings.officer_chat_id == -1001234567890
    assert settings.rasa_url == "http://127.0.0.1:5005"
    assert "123:ABC" not in repr(settings)


def test_a_missing_token_or_a_malformed_chat_id_is_named() -> None:
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN"):
        load_telegram_settings({})
    with pytest.raises(ConfigError, match="TELEGRAM_OFFICER_CHAT_ID"):
        load_telegram_settings({"TELEGRAM_BOT_TOKEN": "x", "TELEGRAM_OFFICER_CHAT_ID": "grup"})


def test_the_command_without_a_token_says_so_and_exits_2() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "telegram"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in done.stderr
