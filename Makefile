# Two entry points, both from a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: demo test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Dependencies are pinned by requirements.lock (constraints), the package by pyproject.toml.
$(STAMP): $(BIN)/python pyproject.toml requirements.lock
	$(BIN)/pip install --quiet -c requirements.lock -e .
	touch $@

$(TEST_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -c requirements.lock -e '.[test]'
	touch $@

demo: $(STAMP)
	$(BIN)/keiretsu --db keiretsu.db demo

# The web UI tests drive Debian's chromium; Playwright downloads no browser of its own.
CHROMIUM := /usr/bin/chromium
$(CHROMIUM):
	@echo "Installing Debian's chromium for the web UI tests (apt-get)..."
	@SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	$$SUDO apt-get install -y -q chromium >/dev/null 2>&1 || { $$SUDO apt-get update -q >/dev/null && \
	$$SUDO apt-get install -y -q chromium >/dev/null; } || echo "chromium not installed: the browser tests will be skipped"

# The suite runs twice: on SQLite (with the contract and PostgreSQL-only tests also on PostgreSQL),
# then every test again with PostgreSQL as the store. scripts/pg-test-server.sh starts a throwaway
# server on loopback (installing Debian's postgresql if missing) and the trap stops it. Without
# one, the PostgreSQL tests skip with the reason, except in CI (CI=true), where that fails.
test: $(TEST_STAMP) $(CHROMIUM)
	@dir=$$(mktemp -d /tmp/keiretsu-pg.XXXXXX); trap 'scripts/pg-test-server.sh stop "$$dir"' EXIT; \
	url=$$(scripts/pg-test-server.sh start "$$dir") || { \
		if [ "$${CI:-}" = true ]; then echo "could not start PostgreSQL for the tests" >&2; exit 1; fi; \
		echo "PostgreSQL could not be started: its tests will be skipped" >&2; url=; }; \
	if [ -n "$$url" ]; then export KEIRETSU_TEST_POSTGRES="$$url"; fi; \
	$(BIN)/python -m pytest -q || exit $$?; \
	if [ -n "$$url" ]; then KEIRETSU_TEST_BACKEND=postgresql $(BIN)/python -m pytest -q || exit $$?; fi

bench: $(TEST_STAMP)
	$(BIN)/pip install --quiet -c requirements.lock -e '.[test,bench]'
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/dedup.py
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/graph.py
	$(BIN)/python bench/api.py

clean:
	rm -rf $(VENV) keiretsu.db keiretsu.db-wal keiretsu.db-shm
