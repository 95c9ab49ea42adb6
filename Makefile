# Asisten Adminduk — the two front-door commands are `make demo` and `make test`.
SHELL := /bin/bash
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv demo test lint typecheck pytest model train bench clean rasa-files

venv: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || "$$(scripts/find-python310)" -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip<25"
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	touch $(STAMP)

lint: venv
	$(BIN)/lint-imports
	$(BIN)/ruff check bot devtools actions tests bench rasa_addons scripts
	$(BIN)/ruff format --check bot devtools actions tests bench rasa_addons scripts

typecheck: venv
	$(BIN)/mypy bot devtools

pytest: venv model
	scripts/ensure-system-packages
	$(BIN)/python -m pytest

# The model is trained here, when missing or older than its data, not inside a test's timeout.
model: venv
	$(BIN)/adminduk train

test: lint typecheck pytest

# The Rasa files generated from bot/reference/catalog and bot/reference/data (a test fails when they are stale).
rasa-files: venv
	$(BIN)/python scripts/write_rasa_services.py
	$(BIN)/python scripts/write_nlu_lookups.py

demo: venv
	$(BIN)/adminduk demo

bench: venv
	$(BIN)/python bench/parse_throughput.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
