"""`adminduk serve` refuses settings that would quietly not do what they say."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_serve_with_two_workers_and_no_redis_refuses_to_start(tmp_path: Path) -> None:
    env = {**os.environ, "ADMINDUK_DATA_DIR": str(tmp_path), "ADMINDUK_RASA_WORKERS": "2"}
    env.pop("ADMINDUK_REDIS_HOST", None)
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "serve", "--port", "1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "ADMINDUK_REDIS_HOST" in done.stderr and "2 Rasa workers" in done.stderr
    assert not (tmp_path / "rasa-tracker.sqlite3").exists()  # nothing was started or created
