"""`adminduk officer add --login` and `officer set-password` (standard input, 10 characters)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.queue import accounts
from bot.queue.config import make_engine, make_session_factory
from bot.queue.persistence import UnitOfWork


def run(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli.main", *args],
        env={**os.environ, **env},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = {"ADMINDUK_DATA_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path}/q.db"}
    assert run(values, "db", "upgrade").returncode == 0
    return values


def test_an_officer_gets_a_login_and_a_piped_password_that_opens_the_console(
    env: dict[str, str],
) -> None:
    added = run(
        env, "officer", "add", "--name", "Rina Wulandari", "--queue", "KTP", "--login", "Rina.W"
    )
    assert added.returncode == 0 and "nomor 1" in added.stdout
    assert (
        run(
            env, "officer", "add", "--name", "Rina Lain", "--queue", "KK", "--login", "rina.w"
        ).returncode
        == 1
    )
    short = run(env, "officer", "set-password", "1", stdin="pendek\n")
    assert short.returncode == 1 and "minimal 10 karakter" in short.stderr
    done = run(env, "officer", "set-password", "1", stdin="rahasia-kantor-3\n")
    assert done.returncode == 0 and "sudah diganti" in done.stdout
    assert "rahasia-kantor-3" not in done.stdout + done.stderr
    listed = run(env, "officer", "list", "--json")
    assert '"login": "rina.w"' in listed.stdout
    engine = make_engine(env["DATABASE_URL"])
    session = accounts.log_in(
        UnitOfWork(make_session_factory(engine)), "rina.w", "rahasia-kantor-3"
    )
    assert session.officer.name == "Rina Wulandari"
    engine.dispose()


def test_set_password_for_an_unknown_officer_exits_one(env: dict[str, str]) -> None:
    missing = run(env, "officer", "set-password", "9", stdin="rahasia-kantor-3\n")
    assert missing.returncode == 1 and "tidak terdaftar" in missing.stderr


def test_reading_as_an_officer_on_the_command_line_follows_the_same_access_rule(
    env: dict[str, str],
) -> None:
    run(env, "officer", "add", "--name", "Rina", "--queue", "KTP")
    line = "#KK#3603181204159871#BUDI SANTOSO#TALAGASARI#BALARAJA"
    assert run(env, "queue", "submit", line, "--chat", "5").returncode == 0
    code = run(env, "queue", "list", "--json").stdout.split('"code": "')[1].split('"')[0]
    refused = run(env, "queue", "show", code, "--officer", "1")
    assert refused.returncode == 1 and "tidak melayani antrean KK" in refused.stderr
    assert run(env, "queue", "list", "--officer", "1").stdout.strip() == "Tidak ada tiket."
    assert "3603181204159871" in run(env, "queue", "show", code, "--reveal").stdout  # the operator


def test_a_deactivated_officer_cannot_log_in_or_act_until_activated_again(
    env: dict[str, str],
) -> None:
    assert (
        run(env, "officer", "add", "--name", "Dedi", "--queue", "KK", "--login", "dedi").returncode
        == 0
    )
    assert run(env, "officer", "set-password", "1", stdin="rahasia-kantor-9\n").returncode == 0
    line = "#KK#3603181204150003#BUDI SANTOSO#TALAGASARI#BALARAJA"
    submitted = run(env, "queue", "submit", line, "--chat", "loket-1", "--json")
    assert submitted.returncode == 0, submitted.stderr
    code = json.loads(submitted.stdout)["code"]

    off = run(env, "officer", "deactivate", "1")
    assert off.returncode == 0 and "nonaktif" in off.stdout
    listed = json.loads(run(env, "officer", "list", "--json").stdout)
    assert listed[0]["status"] != "aktif"
    refused = run(env, "queue", "claim", code, "--officer", "1")
    assert refused.returncode != 0 and "tidak aktif" in refused.stderr
    engine = make_engine(env["DATABASE_URL"])
    with pytest.raises(accounts.LoginRefused):
        accounts.log_in(UnitOfWork(make_session_factory(engine)), "dedi", "rahasia-kantor-9")

    assert run(env, "officer", "activate", "1").returncode == 0
    assert run(env, "queue", "claim", code, "--officer", "1").returncode == 0
    engine.dispose()
