"""The Rasa project itself: its data validates cleanly and the test stories pass."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from bot.cli.runtime import model_path, project_dir, train_if_needed

ROOT = project_dir()


def rasa(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rasa", *args], cwd=cwd, capture_output=True, text=True, timeout=1200
    )


def test_rasa_data_validates_without_a_warning() -> None:
    done = rasa("data", "validate", "--fail-on-warnings")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "UserWarning" not in done.stderr


def test_there_are_at_least_fifty_test_stories() -> None:
    stories = yaml.safe_load((ROOT / "tests" / "test_stories.yml").read_text())["stories"]
    assert len(stories) >= 50


def test_every_test_story_is_predicted_without_an_error(tmp_path: Path) -> None:
    train_if_needed(ROOT)
    done = rasa(
        "test",
        "core",
        "--model",
        str(model_path(ROOT)),
        "--stories",
        "tests/test_stories.yml",
        "--fail-on-prediction-errors",
        "--out",
        str(tmp_path),
        "--no-plot",
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    failed = (tmp_path / "failed_test_stories.yml").read_text()
    assert "predicted" not in failed


def test_the_place_lookup_tables_match_the_gazetteer() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from write_nlu_lookups import TARGET, render

    assert TARGET.read_text(encoding="utf-8") == render()
