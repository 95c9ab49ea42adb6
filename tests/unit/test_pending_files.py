"""Files waiting for the resident to pick a request: bound to their chat, kept a day."""

from __future__ import annotations

import os
import time
from pathlib import Path

from bot.channels.pending import KEEP_SECONDS, PendingFiles


def test_a_held_file_is_given_back_once_and_only_to_its_own_chat(tmp_path: Path) -> None:
    pending = PendingFiles(tmp_path)
    token = pending.keep("telegram", "42", b"%PDF-1.4 x", "kk.pdf")
    assert pending.take(token, "telegram", "43") is None
    assert pending.take(token, "whatsapp", "42") is None
    held = pending.take(token, "telegram", "42")
    assert held is not None and (held.data, held.filename) == (b"%PDF-1.4 x", "kk.pdf")
    assert pending.take(token, "telegram", "42") is None


def test_a_token_that_is_not_one_of_ours_finds_nothing(tmp_path: Path) -> None:
    pending = PendingFiles(tmp_path)
    pending.keep("telegram", "42", b"data", None)
    for token in ("", "../../etc/passwd", "zz", "0" * 12):
        assert pending.take(token, "telegram", "42") is None


def test_files_held_longer_than_a_day_are_swept_and_no_longer_given(tmp_path: Path) -> None:
    pending = PendingFiles(tmp_path)
    old = pending.keep("telegram", "42", b"old", None)
    fresh = pending.keep("telegram", "42", b"fresh", None)
    past = time.time() - KEEP_SECONDS - 60
    os.utime(tmp_path / "pending" / f"{old}.bin", (past, past))
    assert pending.sweep() == 1
    assert pending.take(old, "telegram", "42") is None
    held = pending.take(fresh, "telegram", "42")
    assert held is not None and held.data == b"fresh"
