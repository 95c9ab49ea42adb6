from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bot.cli.main import main
from devtools.synthetic import make_kk, make_nik

LINE = f"#KTP#{make_nik()}#{make_kk()}#siti aminah#bitungjaya#cikupa#ilang"


def test_check_prints_the_canonical_line_and_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", LINE]) == 0
    out = capsys.readouterr().out
    assert "BENAR" in out and "#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#" in out


def test_check_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", LINE.replace("cikupa", "curug"), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"ok", "layanan", "canonical", "fields", "errors", "warnings"}
    assert data["ok"] is False
    assert data["errors"][0]["field"] == "desa"
    assert set(data["errors"][0]) == {"field", "code", "message"}


def test_a_usage_error_exits_two() -> None:
    with pytest.raises(SystemExit) as caught:
        main(["check"])
    assert caught.value.code == 2


def test_region_shows_matches_with_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["region", "talaga sari"]) == 0
    out = capsys.readouterr().out
    assert "36.03.01.2005" in out and "36.03.18.2005" in out


def test_region_json_lists_objects(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["region", "pamulang", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["kode"] == "36.74.06"


def test_the_console_script_runs_the_interactive_checker() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "checker"],
        input=f"{LINE}\nbinong\nkeluar\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "BENAR" in done.stdout and "Binong (Kec. Curug)" in done.stdout
