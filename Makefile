# nerpipe — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup lint bench bench-quick schema-docs clean

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

bench: setup  ## speed and memory on 1 000 and 10 000 documents (not run in CI; takes a while)
	$(BIN)/python scripts/bench.py --sizes 1000,10000 --json bench-results.json

bench-quick: setup  ## the same on 200 documents, for a quick look
	$(BIN)/python scripts/bench.py --sizes 200

schema-docs: setup  ## regenerate docs/SCHEMA.md from nerpipe/schema.py
	$(BIN)/nerpipe schema --markdown > docs/SCHEMA.md

clean:
	rm -rf data/*.parquet data/.nerpipe .pytest_cache
