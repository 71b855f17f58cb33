# The two commands of the README: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run install office-server test lint format migration benchmark clean

run: install
	$(BIN)/marker serve --host $(HOST) --port $(PORT)

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Optional: a warm LibreOffice per worker (MARKER_LIBREOFFICE=auto uses it once installed). unoserver runs under
# the system Python that has LibreOffice's UNO bindings (Debian: apt-get install python3-uno), in a venv of its own.
OFFICE_PYTHON ?= /usr/bin/python3
OFFICE_VENV ?= .venv-uno
UNOSERVER ?= unoserver==3.7
office-server: $(OFFICE_VENV)/.installed

$(OFFICE_VENV)/.installed:
	$(OFFICE_PYTHON) -c "import uno" || { echo "LibreOffice's Python UNO bindings are missing (Debian: python3-uno)"; exit 1; }
	$(OFFICE_PYTHON) -m venv --system-site-packages $(OFFICE_VENV)
	$(OFFICE_VENV)/bin/python -m pip install --quiet '$(UNOSERVER)'
	$(OFFICE_VENV)/bin/python -c "import uno, unoserver.server"
	touch $@

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy marker

# The whole suite on up to four cores (pytest-xdist, MIT); the tests keep their databases and uploads apart.
test: lint
	$(BIN)/pytest -n auto --maxprocesses 4

format: install
	$(BIN)/ruff format .

# Regenerate the migration for changed models: `make migration MESSAGE="add x"`.
migration: install
	MARKER_DATABASE_URL=sqlite:///$(CURDIR)/instance/migration.sqlite3 $(BIN)/flask --app marker db upgrade -d marker/store/migrations
	MARKER_DATABASE_URL=sqlite:///$(CURDIR)/instance/migration.sqlite3 $(BIN)/flask --app marker db migrate -d marker/store/migrations -m "$(MESSAGE)"

benchmark: install
	$(BIN)/python benchmarks/check_speed.py

clean:
	rm -rf $(VENV) $(OFFICE_VENV) instance/marker.sqlite3 .pytest_cache .ruff_cache
