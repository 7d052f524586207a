# newsgraph — two commands for a newcomer: `make run` and `make test`.
PY ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= var/newsgraph.sqlite
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint typecheck pytest install model model-en bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,postgres,spark,browser]'
	@touch $(STAMP)

install: $(STAMP)

## Install, analyse the bundled example reports into the embedded store, serve the UI.
run: $(STAMP)
	@mkdir -p $(dir $(DB))
	$(BIN)/newsgraph ingest examples/ --db sqlite:///$(DB)
	$(BIN)/newsgraph serve --db sqlite:///$(DB) --host $(HOST) --port $(PORT)

## Lint, types and all tests.
test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

## Train the German models and ship them in src/newsgraph/models/ (about 1.5 h, 1 core; CI never trains).
model: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[models]'
	PY=$(BIN)/python bash scripts/models/train_all.sh

## Train the English syntax model en_newsgraph from UD English EWT (about 30 min, 1 core; docs/models.md).
model-en: $(STAMP)
	PY=$(BIN)/python bash scripts/models/train_en.sh
