"""`docker/compose.yml` against the code: every command parses, every variable is one the
code reads, the services find each other, and each has a healthcheck and a restart policy.
No Docker engine here; this and tests/production/test_stack.py stand in for `compose up`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bot.channels.telegram.config import load_telegram_settings
from bot.channels.whatsapp.config import load_whatsapp_settings
from bot.cli.main import build_parser
from bot.cli.runtime import project_dir
from bot.queue.config import load_settings
from tests.production.stack import SECRETS, load_compose, substitute

ROOT = project_dir()
COMPOSE = load_compose()
SERVICES: dict[str, dict[str, Any]] = COMPOSE["services"]
APP = {
    name: spec for name, spec in SERVICES.items() if spec.get("image") == "asisten-adminduk:latest"
}
RASA_READS = {"SQL_POOL_SIZE", "SQL_MAX_OVERFLOW"}  # read by Rasa's SQL tracker store itself


def env_of(name: str) -> dict[str, str]:
    return {
        k: substitute(str(v), SECRETS) for k, v in (SERVICES[name].get("environment") or {}).items()
    }


def names_the_code_reads() -> set[str]:
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "bot").rglob("*.py"))
    return set(
        re.findall(r"\b((?:ADMINDUK|TELEGRAM|RASA|WHATSAPP)_[A-Z_]+|DATABASE_URL)\b", sources)
    )


def test_the_app_services_are_the_expected_ones_and_each_command_parses() -> None:
    assert set(APP) == {"migrate", "actions", "assistant", "telegram", "whatsapp", "web"}
    parser = build_parser()
    for name, spec in APP.items():
        command = [str(word) for word in spec["command"]]
        assert command[0] == "adminduk", name
        parser.parse_args(command[1:])  # exits (fails the test) on an unknown option


@pytest.mark.parametrize("service", sorted(APP))
def test_every_variable_given_to_a_service_is_read_by_the_code(service: str) -> None:
    unknown = set(env_of(service)) - names_the_code_reads() - RASA_READS
    assert not unknown, f"{service} sets variables nothing reads: {sorted(unknown)}"


def test_secrets_come_from_the_environment_file_never_from_compose_itself() -> None:
    text = (ROOT / "docker" / "compose.yml").read_text(encoding="utf-8")
    for name in SECRETS:
        for match in re.finditer(rf"^\s*{name}:\s*(.+)$", text, re.M):
            assert match.group(1).startswith("${"), name


def test_every_long_running_service_has_a_healthcheck_and_a_restart_policy() -> None:
    for name, spec in SERVICES.items():
        if name == "migrate":
            assert spec["restart"] == "no"
            continue
        assert spec.get("healthcheck", {}).get("test"), name
        assert spec.get("restart") == "unless-stopped", name


def test_the_assistant_listens_beyond_loopback_behind_a_token_with_two_workers_and_redis() -> None:
    command = [str(word) for word in SERVICES["assistant"]["command"]]
    args = build_parser().parse_args(command[1:])
    assert args.host == "0.0.0.0" and args.port == 5005
    assert args.actions_url == "http://actions:5055"
    settings = load_settings(env_of("assistant"))
    assert settings.rasa_workers == 2 and settings.redis_host == "redis"
    assert settings.rasa_token == SECRETS["ADMINDUK_RASA_TOKEN"]
    assert "ports" not in SERVICES["assistant"]  # Rasa is reached inside the network only


def test_conversations_live_in_postgresql_in_their_own_database() -> None:
    settings = load_settings(env_of("assistant"))
    assert settings.tracker_url.startswith("postgresql+psycopg2://")
    assert settings.tracker_url.rsplit("/", 1)[1] == "rasa_tracker"
    assert settings.database_url.rsplit("/", 1)[1] == "adminduk"


def test_the_services_find_each_other_on_the_ports_they_listen_on() -> None:
    ports = {}
    for name in ("actions", "assistant", "web"):
        args = build_parser().parse_args([str(w) for w in SERVICES[name]["command"]][1:])
        ports[name] = args.port
    ports["whatsapp"] = int(env_of("whatsapp")["WHATSAPP_PORT"])
    for gateway in (
        load_telegram_settings(env_of("telegram")),
        load_whatsapp_settings(env_of("whatsapp")),
    ):
        assert gateway.rasa_url == f"http://assistant:{ports['assistant']}"
        assert gateway.actions_url == f"http://actions:{ports['actions']}"
    for name in APP:
        queue = load_settings(env_of(name))
        assert "@postgres:5432/adminduk" in queue.database_url
        assert queue.data_dir == Path("/data")
    for name, spec in SERVICES.items():
        health = " ".join(spec.get("healthcheck", {}).get("test", []))
        for port in re.findall(r"127\.0\.0\.1:(\d+)", health):
            assert int(port) == ports[name], name


def test_the_image_never_contains_local_data_or_the_virtual_environment() -> None:
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    for path in (".venv", "var", "models", ".git", "**/__pycache__", ".env"):
        assert path in ignored
    dockerfile = (ROOT / "docker" / "Dockerfile").read_text(encoding="utf-8")
    user = dockerfile.index("USER adminduk")
    assert user < dockerfile.index("RUN adminduk train") and user < dockerfile.index("CMD")
