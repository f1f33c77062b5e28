# bulletin-extract: `make run` extracts samples/, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEV    := ../shared/corpus/dev
EVAL   := build/eval
# Bulletins written blind, by someone who never read the code, after the rules were made (see */NOTES.md).
HELDOUT := $(wildcard heldout heldout2 heldout3 heldout4 heldout5 heldout6 heldout7 heldout8 heldout9 heldout10 heldout11 heldout12 heldout13 heldout14 heldout15)

.PHONY: install run test eval lint clean bench bench-smoke batch-scale

$(BIN)/extract: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/extract

run: install
	$(BIN)/extract samples/*.txt -o out.jsonl --force

test: install
	$(BIN)/pytest -q

eval: install
	@mkdir -p $(EVAL)
	@$(BIN)/extract samples/*.txt -o $(EVAL)/samples.jsonl --force 2>/dev/null; \
	 $(BIN)/extract evaluate samples/samples.gold.jsonl $(EVAL)/samples.jsonl
	@$(BIN)/extract $(DEV)/en -o $(EVAL)/en.jsonl --force 2>/dev/null; \
	 $(BIN)/extract evaluate $(DEV)/en.gold.jsonl $(EVAL)/en.jsonl
	@$(BIN)/extract $(DEV)/zh -o $(EVAL)/zh.jsonl --force 2>/dev/null; \
	 $(BIN)/extract evaluate $(DEV)/zh.gold.jsonl $(EVAL)/zh.jsonl
	@for set in $(HELDOUT); do for lang in en zh; do \
	   $(BIN)/extract $$set/$$lang -o $(EVAL)/$$set-$$lang.jsonl --force 2>/dev/null; \
	   $(BIN)/extract evaluate $$set/$$lang.gold.jsonl $(EVAL)/$$set-$$lang.jsonl; \
	 done; done

bench: install
	$(BIN)/extract bench --corpus $(DEV) --docs 10000 --repeat 3

bench-smoke: install
	$(BIN)/extract bench --corpus $(DEV) --docs 100 --repeat 1

# 20,000 files, 1% bad: exactly one line each, the right error records, exit 1; --jobs 2 against --jobs 1.
batch-scale: install
	$(BIN)/python scripts/batch_scale.py --files 20000

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

clean:
	rm -rf $(VENV) build out.jsonl
