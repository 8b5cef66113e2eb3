# Two commands on a fresh machine: `make run` (the app on port 8501) and `make test` (the suite).
# Each does every set-up step it needs; each step is quick when already done.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# requirements.txt is the lock: every package pinned, compiled from pyproject.toml (`make lock`).
STAMP := $(VENV)/.requirements-$(shell cat requirements.txt pyproject.toml | sha256sum | cut -c1-16)
PORT ?= 8501
DEMO_PORT ?= 8502
DEMO_DB ?= var/demo.sqlite3
APT_CHROMIUM := apt-get install -y chromium
APT_SERVERS := apt-get install -y postgresql nginx

.PHONY: run test test-quick lint format lock setup boundaries assets chromium servers demo bench clean axe screenshots

run: setup
	$(PY) -m streamlit run server.py --server.port $(PORT)

# The app on a separate database of synthetic actuals, labelled on every screen and export
# ("DỮ LIỆU MINH HỌA — không phải số liệu thật"); seeded once, never the real var/bhxh_geo.sqlite3.
demo: setup
	BHXH_GEO_DB=$(DEMO_DB) $(PY) -m bhxh_geo demo seed
	BHXH_GEO_DB=$(DEMO_DB) $(PY) -m streamlit run server.py --server.port $(DEMO_PORT)

# Tests run on every core (pytest-xdist), a file's tests on one worker and all the browser tests
# on one worker (tests/conftest.py), so one app server and one Chromium run at a time.
# TEST_WORKERS=0 runs everything in this process.
TEST_WORKERS ?= auto
PYTEST_PARALLEL = -n $(TEST_WORKERS) --dist loadfile

test: setup chromium servers axe
	$(PY) -m pytest $(PYTEST_PARALLEL)

test-quick: setup
	$(PY) -m pytest $(PYTEST_PARALLEL) -m "not browser"

setup: $(STAMP) boundaries assets

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	rm -f $(VENV)/.requirements-* && touch $@

# One lint command: ruff (rules and format) over the tree, mypy over the domain package.
lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

# Apply ruff's fixes and formatting.
format: $(STAMP)
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

# Recompile the lock from pyproject.toml, keeping every pin that still fits.
lock: $(STAMP)
	CUSTOM_COMPILE_COMMAND="make lock" $(PY) -m piptools compile --quiet --strip-extras --extra test --extra dev --allow-unsafe \
	  --no-emit-index-url --no-emit-find-links -o requirements.txt pyproject.toml

boundaries: $(STAMP)
	$(PY) -m bhxh_geo boundaries build

assets: $(STAMP)
	$(PY) -m bhxh_geo assets fetch

# axe-core for the browser tests' accessibility checks: the npm registry's pinned tarball,
# integrity checked, into build/ (test-only, not committed).
axe: $(STAMP)
	$(PY) -m tests.browser.axe

# PNGs of every page at the screens its users have (projector, laptops, 4K, phones), in vi and
# en, into build/screenshots/ for a person to look at (not compared).
screenshots: setup chromium
	$(PY) -m tests.browser.screenshots --langs vi,en

# Browser tests drive Debian's chromium; install it when we can (root), else say how.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian chromium for the browser tests"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(APT_CHROMIUM) -qq; \
	  else \
	    echo "Chromium is missing; install it with: sudo $(APT_CHROMIUM)"; exit 1; \
	  fi; }

# The store's tests on PostgreSQL and tests/deploy start throwaway PostgreSQL and nginx instances
# of their own (never the system's services); install the programs when we can (root).
servers:
	@{ ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && { command -v nginx || test -x /usr/sbin/nginx; } >/dev/null 2>&1; } || { \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian postgresql and nginx for the tests"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(APT_SERVERS) -qq; \
	  else \
	    echo "PostgreSQL or nginx is missing; install them with: sudo $(APT_SERVERS)"; exit 1; \
	  fi; }

clean:
	rm -rf $(VENV) geo/*.geojson static/vendor .pytest_cache
