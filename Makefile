# yusuan — two commands on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8
# NATIVE=0 skips compiling the parsers with mypyc (same output, extraction about 1.4x slower).
NATIVE ?= 1
# dbt never phones home.
export DO_NOT_TRACK := 1
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
# A throw-away database for `make test` (never the user's warehouse).
# (expanded once: every recipe line must name the same file)
ifndef TEST_DB
TEST_DB := $(shell mktemp -u /tmp/yusuan-test-XXXXXX).duckdb
endif

.PHONY: run test venv native lint pytest pipeline bench docs clean

## Create .venv/ (if missing), install the locked dependencies and the project, and compile
## the parsers (`native`).
venv: $(VENV)/.installed native
$(VENV)/.installed: requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip sync -q --python $(BIN)/python requirements.lock
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps -e .
	@touch $@

## Compile the parsing modules with mypyc, in place (only when their sources changed since the
## last build; a stale build is never used, see extract/__init__.py).
native: $(VENV)/.installed
ifneq ($(NATIVE),0)
	$(BIN)/python scripts/build_native.py --if-stale
endif

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
	YUSUAN_EXPECT_NATIVE=$(if $(filter 0,$(NATIVE)),0,1) $(BIN)/pytest -q

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
	rm -rf target logs gx/uncommitted warehouse/*.duckdb warehouse/*.wal build .yusuan
	-$(BIN)/python scripts/build_native.py --clean
