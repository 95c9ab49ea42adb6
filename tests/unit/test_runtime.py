from __future__ import annotations

import os
from pathlib import Path

from bot.runtime import endpoints_yaml, model_is_stale, model_path


def project(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    (tmp_path / "domain.yml").write_text("version: '3.1'\n")
    (tmp_path / "config.yml").write_text("recipe: default.v1\n")
    (tmp_path / "data" / "nlu.yml").write_text("nlu: []\n")
    return tmp_path


def test_a_missing_model_is_stale(tmp_path: Path) -> None:
    assert model_is_stale(project(tmp_path))


def test_a_model_newer_than_its_data_is_fresh_and_older_is_stale(tmp_path: Path) -> None:
    root = project(tmp_path)
    model = model_path(root)
    model.parent.mkdir()
    model.write_bytes(b"")
    os.utime(root / "data" / "nlu.yml", (1_000, 1_000))
    os.utime(root / "domain.yml", (1_000, 1_000))
    os.utime(root / "config.yml", (1_000, 1_000))
    os.utime(model, (2_000, 2_000))
    assert not model_is_stale(root)
    os.utime(root / "data" / "nlu.yml", (3_000, 3_000))
    assert model_is_stale(root)


def test_bytecode_caches_do_not_make_the_model_stale(tmp_path: Path) -> None:
    root = project(tmp_path)
    addons = root / "rasa_addons" / "__pycache__"
    addons.mkdir(parents=True)
    (addons / "hash_line.cpython-310.pyc").write_bytes(b"")
    for path in (root / "data" / "nlu.yml", root / "domain.yml", root / "config.yml"):
        os.utime(path, (1_000, 1_000))
    model = model_path(root)
    model.parent.mkdir()
    model.write_bytes(b"")
    os.utime(model, (2_000, 2_000))
    assert not model_is_stale(root)


def test_a_redis_lock_store_is_configured_only_when_asked() -> None:
    plain = endpoints_yaml("http://127.0.0.1:5055", {})
    assert "lock_store" not in plain and "5055/webhook" in plain
    redis = endpoints_yaml("http://127.0.0.1:5055", {"ADMINDUK_REDIS_HOST": "redis"})
    assert "type: redis" in redis and "url: redis" in redis
