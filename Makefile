# nerpipe — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup lint schema-docs clean

run: setup  ## process seeds/ into data/
	$(BIN)/nerpipe run seeds/ --out data

test: setup  ## lint and run the test suite
	$(BIN)/ruff check nerpipe tests scripts
	$(BIN)/pytest -q

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev]"
	touch $(STAMP)

lint: setup
	$(BIN)/ruff check nerpipe tests scripts

schema-docs: setup  ## regenerate docs/SCHEMA.md from nerpipe/schema.py
	$(BIN)/nerpipe schema --markdown > docs/SCHEMA.md

clean:
	rm -rf data/*.parquet data/.nerpipe .pytest_cache
