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

.PHONY: run test venv native native-clean lint pytest pipeline bench docs clean spark-venv spark-java spark-test spark-run report-deps report-screenshot

## Create .venv/ (if missing), install the locked dependencies and the project (plain Python).
## The dependencies are compiled to bytecode once here: every `yusuan`, dbt and test process
## then loads them without compiling (which matters where PYTHONDONTWRITEBYTECODE is set).
venv: $(VENV)/.installed
$(VENV)/.installed: requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip sync -q --compile-bytecode --python $(BIN)/python requirements.lock
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

## Everything CI runs: lint and pytest (which runs the whole pipeline on the bundled documents in a
## project copy, once, and builds the dbt docs site there). Lint runs beside pytest at the lowest
## priority (nice 19): it takes the CPU time pytest leaves idle (its start, its last tests, the
## waits between steps of a run) instead of adding its own ~20 s before it; its output follows
## pytest's, and `make test` fails when either fails. `make lint` and `make pytest` run one each.
test: venv report-deps
	@lint_log=$$(mktemp); lint_status=0; pytest_status=0; \
	nice -n 19 $(MAKE) --no-print-directory lint >"$$lint_log" 2>&1 & lint_pid=$$!; \
	$(MAKE) --no-print-directory pytest || pytest_status=$$?; \
	wait $$lint_pid || lint_status=$$?; \
	echo "--- make lint (ran beside pytest)"; cat "$$lint_log"; rm -f "$$lint_log"; \
	if [ $$lint_status -ne 0 ]; then echo "make test: lint FAILED (exit $$lint_status)"; fi; \
	if [ $$pytest_status -ne 0 ]; then echo "make test: pytest FAILED (exit $$pytest_status)"; fi; \
	[ $$lint_status -eq 0 ] && [ $$pytest_status -eq 0 ]

## sqlfluff renders the models and data tests with its jinja templater, no dbt process
## (.sqlfluff; scripts/lint/dbt_shims renders what dbt renders: scripts/lint_render_check.py
## proves it); macros/ is linted through the models that call it. One process: in `make test`
## the lint runs on the CPU time pytest leaves, and a second process only adds CPU time
## (docs/performance.md).
lint: venv
	$(BIN)/ruff check extract yusuan bench tests scripts
	$(BIN)/ruff format --check extract yusuan bench tests scripts
	$(BIN)/sqlfluff lint models tests --processes 1

## The report's browser test needs Chromium and CJK fonts (Debian packages); installed when missing.
CHROMIUM ?= $(shell command -v chromium || command -v chromium-browser || true)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
report-deps:
	@if [ -z "$(CHROMIUM)" ] || ! fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null; then \
		echo "report-deps: installing chromium and fonts-noto-cjk (apt)"; \
		$(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q chromium fonts-noto-cjk; \
	fi

## docs/report.png: the report of the warehouse, as headless Chromium shows it.
report-screenshot: venv report-deps
	$(BIN)/yusuan report --out build/report
	$(BIN)/python scripts/report_screenshot.py build/report/index.html docs/report.png

## Tests in parallel (pytest-xdist): the tests sharing a pipeline run stay on one worker (tests/conftest.py).
pytest: venv report-deps
	$(BIN)/pytest -q -m "not spark" -n auto --dist loadgroup

pipeline: venv
	YUSUAN_DB=$(TEST_DB) $(BIN)/yusuan run
	YUSUAN_DB=$(TEST_DB) $(BIN)/dbt docs generate --profiles-dir . --quiet
	@test -s target/catalog.json && test -s target/index.html && echo "dbt docs: target/index.html"
	@rm -f $(TEST_DB) $(TEST_DB).wal

## The Spark engine (optional; CI runs `make spark-test` after `make test`): pyspark and
## dbt-spark from requirements-spark.lock, added to .venv (the shared packages keep the versions
## of requirements.lock), and Java 17 from the OS package manager when `java` is missing.
spark-venv: $(VENV)/.spark-installed
$(VENV)/.spark-installed: $(VENV)/.installed requirements-spark.lock
	$(BIN)/uv pip install -q --python $(BIN)/python -r requirements-spark.lock
	@touch $@

spark-java:
	@if ! command -v java >/dev/null 2>&1; then \
		echo "java not found: installing openjdk-17-jre-headless"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless; \
	fi
	@java -version 2>&1 | head -1

## Both engines on the bundled documents plus a small synthetic corpus, every raw table and
## every mart compared row by row (tests/spark). YUSUAN_SPARK_TEST_DOCUMENTS sets the corpus size.
spark-test: spark-venv spark-java
	$(BIN)/pytest -q -m spark tests/spark

## The pipeline on Spark (local[2]): marts as Parquet under warehouse/spark/marts/.
spark-run: spark-venv spark-java
	$(BIN)/yusuan run --engine spark

## Benchmark (not part of `make test`): N = 1,000, 10,000 and 100,000 unless SIZES=1000,10000.
bench: venv
	$(BIN)/python bench/run.py $(if $(SIZES),--sizes $(SIZES))
	$(BIN)/python -m bench.pdf --sizes $(or $(PDF_SIZES),100)

## The dbt docs as one self-contained HTML file (opens from disk, no web server); needs a
## built warehouse for the column types (make run).
docs: venv
	$(BIN)/dbt docs generate --static --profiles-dir . --quiet
	@echo "dbt docs: $(CURDIR)/target/static_index.html (one file: open it in a browser)"

clean:
	rm -rf target logs gx/uncommitted warehouse/*.duckdb warehouse/*.wal build .yusuan
	-$(BIN)/python scripts/build_native.py --clean
