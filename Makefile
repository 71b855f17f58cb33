# The two commands of the README: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run install test lint format migration benchmark clean

run: install
	$(BIN)/marker serve --host $(HOST) --port $(PORT)

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy marker

test: lint
	$(BIN)/pytest

format: install
	$(BIN)/ruff format .

# Regenerate the migration for changed models: `make migration MESSAGE="add x"`.
migration: install
	MARKER_DATABASE_URL=sqlite:///$(CURDIR)/instance/migration.sqlite3 $(BIN)/flask --app marker db upgrade -d marker/store/migrations
	MARKER_DATABASE_URL=sqlite:///$(CURDIR)/instance/migration.sqlite3 $(BIN)/flask --app marker db migrate -d marker/store/migrations -m "$(MESSAGE)"

benchmark: install
	$(BIN)/python benchmarks/check_speed.py

clean:
	rm -rf $(VENV) instance/marker.sqlite3 .pytest_cache .ruff_cache
