from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.cli.runtime import (
    ConfigurationError,
    endpoints_yaml,
    model_is_stale,
    model_path,
    run_servers,
)


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
    assert "type: rasa_addons.lock_store.AtomicRedisLockStore" in redis
    assert 'url: "redis"' in redis and "port: 6379" in redis


def test_conversations_are_kept_in_a_sqlite_file_in_the_data_directory_by_default(
    tmp_path: Path,
) -> None:
    text = endpoints_yaml("http://127.0.0.1:5055", {"ADMINDUK_DATA_DIR": str(tmp_path)})
    assert "type: rasa_addons.tracker_store.LeanSQLTrackerStore" in text
    assert "dialect: sqlite" in text
    assert f'db: "{tmp_path / "rasa-tracker.sqlite3"}"' in text


def test_a_postgresql_tracker_store_takes_the_whole_url() -> None:
    url = "postgresql+psycopg2://adminduk:secret@postgres:5432/rasa_tracker"
    text = endpoints_yaml("http://actions:5055", {"ADMINDUK_TRACKER_URL": url})
    assert "dialect: postgresql+psycopg2" in text and f'url: "{url}"' in text


def test_several_workers_without_redis_are_refused_before_anything_starts(tmp_path: Path) -> None:
    servers = run_servers(project(tmp_path), env={"ADMINDUK_RASA_WORKERS": "2"})
    with pytest.raises(ConfigurationError, match="ADMINDUK_REDIS_HOST"):
        servers.__enter__()


def test_the_lock_store_module_does_not_make_the_model_stale(tmp_path: Path) -> None:
    root = project(tmp_path)
    for path in (root / "data" / "nlu.yml", root / "domain.yml", root / "config.yml"):
        os.utime(path, (1_000, 1_000))
    model = model_path(root)
    model.parent.mkdir()
    model.write_bytes(b"")
    os.utime(model, (2_000, 2_000))
    (root / "rasa_addons").mkdir()
    (root / "rasa_addons" / "lock_store.py").write_text("# server only\n")
    assert not model_is_stale(root)
    (root / "rasa_addons" / "hash_line.py").write_text("# a model component\n")
    assert model_is_stale(root)
