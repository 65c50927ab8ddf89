# nerpipe — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup lint bench bench-quick bench-verify bench-tables schema-docs clean

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

bench: setup  ## speed against plain natasha, memory, re-run, profile; records docs/BENCHMARKS.md (not in CI; ~25 min)
	$(BIN)/python scripts/bench.py --json bench-results.json --record

bench-quick: setup  ## the same on small corpora, for a quick look (records nothing)
	$(BIN)/python scripts/bench.py --news 100 --sizes 300 --profile-docs 40 --skip-dask

REV ?= main
bench-verify: setup  ## the tables of the working tree against those of git revision REV (default main), row for row
	$(BIN)/python scripts/bench.py --verify $(REV)

bench-tables: setup  ## article tables of 10 000 and 100 000 rows: memory and re-runs by rows (not in CI; takes long)
	$(BIN)/python scripts/bench_tables.py --table-rows 10000,100000 --json bench-tables.json

schema-docs: setup  ## regenerate docs/SCHEMA.md from nerpipe/schema.py
	$(BIN)/nerpipe schema --markdown > docs/SCHEMA.md

clean:
	rm -rf data/*.parquet data/.nerpipe .pytest_cache
