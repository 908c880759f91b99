# Two commands get a fresh machine going: `make run` and `make test` (Python 3.11+, nothing else).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PORT ?= 8000

.PHONY: run serve bench test install lint format messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the requirements change.
.installed-run: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

.installed-test: requirements.txt requirements-test.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $@ .installed-run

install: .installed-run
	$(MANAGE) compile_catalogs

run: install
	$(MANAGE) migrate --no-input
	$(MANAGE) load_initial_content
	$(MANAGE) ensure_admin
	@echo "Serving the site at http://127.0.0.1:$(PORT)/ (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# The production stack on this machine (site/deploy/README.md): needs DATABASE_URL (PostgreSQL)
# and Debian's nginx; serves https://localhost:8443/ until Ctrl-C.
serve: .installed-run
	site/deploy/serve

# A benchmark of the production stack with a scaled site (site/deploy/bench): needs wrk,
# nginx, Varnish and PostgreSQL; prints a table in a few minutes. Not a test. SCALE=10 also
# measures the site grown ten times, beside the first.
SCALE ?= 1
bench: .installed-test
	SCALE=$(SCALE) $(BIN)/python site/deploy/bench

# One pytest worker per core (TEST_WORKERS=0 runs in this process, e.g. to use a debugger).
TEST_WORKERS ?= auto
test: .installed-test
	$(MANAGE) compile_catalogs
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

lint: .installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: .installed-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Needs GNU gettext (xgettext); only translators' tooling, not needed to run or test.
messages: .installed-run
	$(MANAGE) makemessages --no-obsolete --ignore=$(VENV) --ignore=static_collected -l fr -l es

clean:
	rm -rf $(VENV) .installed-run .installed-test
