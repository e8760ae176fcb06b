# yusuan — two commands on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8
# dbt never phones home.
export DO_NOT_TRACK := 1
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
# A throw-away database for `make test` (never the user's warehouse).
# (expanded once: every recipe line must name the same file)
ifndef TEST_DB
TEST_DB := $(shell mktemp -u /tmp/yusuan-test-XXXXXX).duckdb
endif

.PHONY: run test venv native native-clean lint pytest pipeline bench docs clean

## Create .venv/ (if missing), install the locked dependencies and the project (plain Python).
venv: $(VENV)/.installed
$(VENV)/.installed: requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip sync -q --python $(BIN)/python requirements.lock
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps -e .
	@touch $@

## Opt-in: compile the parsers with mypyc into extension modules (needs gcc and the Python
## headers), then check they write the same bytes as plain Python. `yusuan` refuses a build
## older than its sources (exit 2); `make native-clean` goes back to plain Python.
native: $(VENV)/.installed
	$(BIN)/python scripts/build_native.py

native-clean: $(VENV)/.installed
	$(BIN)/python scripts/build_native.py --clean

## Extract the documents in data/raw/, build the warehouse, run the checks.
run: venv
	$(BIN)/yusuan run

## Everything CI runs: lint, pytest, and the full pipeline into a throw-away database.
test: venv lint pytest pipeline

lint: venv
	$(BIN)/ruff check extract yusuan bench tests scripts
	YUSUAN_DB=$(TEST_DB) $(BIN)/sqlfluff lint models macros tests --processes 2
	@rm -f $(TEST_DB) $(TEST_DB).wal

pytest: venv
	$(BIN)/pytest -q

pipeline: venv
	YUSUAN_DB=$(TEST_DB) $(BIN)/yusuan run
	YUSUAN_DB=$(TEST_DB) $(BIN)/dbt docs generate --profiles-dir . --quiet
	@test -s target/catalog.json && test -s target/index.html && echo "dbt docs: target/index.html"
	@rm -f $(TEST_DB) $(TEST_DB).wal

## Benchmark (not part of `make test`): N = 1,000, 10,000 and 100,000 unless SIZES=1000,10000.
bench: venv
	$(BIN)/python bench/run.py $(if $(SIZES),--sizes $(SIZES))

docs: venv
	$(BIN)/dbt docs generate --profiles-dir .

clean:
	rm -rf target logs gx/uncommitted warehouse/*.duckdb warehouse/*.wal build
	-$(BIN)/python scripts/build_native.py --clean
