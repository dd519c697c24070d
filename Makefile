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

test: $(TEST_STAMP) $(CHROMIUM)
	$(BIN)/python -m pytest -q

bench: $(TEST_STAMP)
	$(BIN)/pip install --quiet -c requirements.lock -e '.[test,bench]'
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/dedup.py
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/graph.py
	$(BIN)/python bench/api.py

clean:
	rm -rf $(VENV) keiretsu.db keiretsu.db-wal keiretsu.db-shm
