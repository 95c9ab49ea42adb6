from __future__ import annotations

import json
from pathlib import Path

import pytest
from queue_helpers import ktp_line

from bot.cli.main import main
from devtools.synthetic import make_kk, make_nik


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ADMINDUK_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'var' / 'cli.sqlite3'}")
    assert main(["db", "upgrade"]) == 0
    capsys.readouterr()

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_db_upgrade_creates_the_sqlite_file_in_the_data_dir(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert (tmp_path / "var" / "cli.sqlite3").exists()
    assert cli("db", "upgrade")[0] == 0


def test_an_officer_works_a_ticket_from_the_command_line(cli) -> None:  # type: ignore[no-untyped-def]
    nik = make_nik(serial=9321)
    assert (
        cli(
            "officer",
            "add",
            "--name",
            "Rina Wulandari",
            "--queue",
            "KTP",
            "--queue",
            "KK",
            "--role",
            "officer",
            "--telegram-id",
            "777",
        )[0]
        == 0
    )
    code, out, _ = cli("officer", "list", "--json")
    [officer] = json.loads(out)
    assert {"id", "status", "layanan"} <= set(officer) and officer["layanan"] == ["KK", "KTP"]
    code, out, _ = cli(
        "queue", "submit", ktp_line(nik), "--via", "cli", "--chat", "loket-1", "--json"
    )
    ticket = json.loads(out)["code"]
    assert code == 0 and ticket.startswith("KTP-")
    code, out, _ = cli("queue", "list", "--queue", "KTP", "--status", "BARU", "--json")
    [row] = json.loads(out)
    assert {"code", "status", "layanan"} <= set(row) and row["code"] == ticket and nik not in out
    assert nik not in cli("queue", "list")[1] and "360318******9321" in cli("queue", "list")[1]
    assert cli("queue", "next", "--officer", "1")[0] == 0
    assert (
        cli("queue", "ask-fix", ticket, "--note", "Foto KK buram.", "--officer", "1")[1].strip()
        == f"{ticket}: PERLU_PERBAIKAN"
    )
    code, _, err = cli(
        "queue",
        "schedule",
        ticket,
        "--at",
        "2030-01-07 09:00",
        "--place",
        "Loket 3",
        "--officer",
        "1",
    )
    assert code == 1 and "PERLU_PERBAIKAN" in err and "tidak dapat dijadwalkan" in err
    code, out, _ = cli("queue", "show", ticket, "--json", "--reveal")
    shown = json.loads(out)
    assert {"code", "status", "layanan", "fields", "canonical", "warnings", "events"} <= set(shown)
    assert shown["fields"]["nik"] == nik and [e["type"] for e in shown["events"]] == [
        "created",
        "claimed",
        "fix_requested",
    ]
    assert nik in cli("queue", "show", ticket, "--reveal")[1]


def test_schedule_done_and_reject_from_the_command_line(cli) -> None:  # type: ignore[no-untyped-def]
    cli("officer", "add", "--name", "Rina", "--queue", "KTP")
    first = json.loads(cli("queue", "submit", ktp_line(), "--chat", "1", "--json")[1])["code"]
    second = json.loads(
        cli("queue", "submit", ktp_line(make_nik(serial=9777)), "--chat", "2", "--json")[1]
    )["code"]
    cli("queue", "claim", first, "--officer", "1")
    assert (
        cli(
            "queue",
            "schedule",
            first,
            "--at",
            "2030-01-07 09:00",
            "--place",
            "Loket 3",
            "--bring",
            "KK asli",
            "--officer",
            "1",
        )[0]
        == 0
    )
    assert cli("queue", "done", first, "--officer", "1")[1].strip() == f"{first}: SELESAI"
    code, _, err = cli("queue", "reject", second, "--reason", "", "--officer", "1")
    assert code == 1 and "wajib diisi" in err
    assert cli("queue", "reject", second, "--reason", "NIK luar daerah.", "--officer", "1")[0] == 0
    code, out, _ = cli("purge", "--closed-before", "2100-01-01")
    assert code == 0 and "2 tiket" in out
    assert json.loads(cli("queue", "show", first, "--json")[1])["fields"] == {}


def test_refusals_exit_one_in_indonesian_and_usage_errors_exit_two(cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("queue", "claim", "KTP-ZZZZZZ", "--officer", "1")
    assert code == 1 and "Petugas dengan nomor 1 tidak terdaftar" in err
    cli("officer", "add", "--name", "Rina", "--queue", "KTP")
    code, _, err = cli("queue", "claim", "KTP-ZZZZZZ", "--officer", "1")
    assert code == 1 and "tidak ditemukan" in err
    code, _, err = cli("queue", "submit", ktp_line().replace("cikupa", "curug"), "--chat", "9")
    assert code == 1 and "[desa]" in err
    line = f"#KK#{make_kk()}#budi santoso#bitungjaya#cikupa"
    cli("queue", "submit", line, "--chat", "9")
    code, _, err = cli("queue", "submit", line, "--chat", "9")
    assert code == 1 and "masih diproses dengan kode KK-" in err
    for argv in (
        ["queue", "schedule", "KK-X", "--at", "besok", "--place", "x", "--officer", "1"],
        ["queue", "list", "--status", "MENUNGGU"],
        ["officer", "add", "--name", "X", "--role", "bos"],
    ):
        with pytest.raises(SystemExit) as caught:
            main(argv)
        assert caught.value.code == 2


def test_a_database_that_was_not_upgraded_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    assert main(["queue", "list"]) == 1
    assert "adminduk db upgrade" in capsys.readouterr().err
