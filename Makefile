# Two commands on a fresh machine: `make extract` and `make test`.
# Both create the virtual environment and install the project when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
IN     ?= seeds
OUT    ?= outputs
STAMP  := $(VENV)/.installed

.PHONY: extract test dictionary clean bench eval

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,cluster]'
	touch $(STAMP)

extract: $(STAMP)
	$(BIN)/extract run $(IN) --out $(OUT)

test: $(STAMP)
	$(BIN)/python -m pytest

dictionary: $(STAMP)
	$(BIN)/python -m schemas.dictionary > outputs/README.md

clean:
	rm -rf $(VENV) $(OUT)/*.parquet

# Speed and memory: not a test. SIZES in MB, e.g. make bench SIZES=50,500
SIZES ?= 50
bench: $(STAMP)
	$(BIN)/python scripts/bench.py --sizes $(SIZES) --jobs 1,2

# Scores on the seed gold and on the held-out sets (eval/heldout*, written apart from the code).
HELDOUT ?= $(notdir $(wildcard eval/heldout*))
eval: $(STAMP)
	$(BIN)/extract run seeds --out outputs
	$(BIN)/python ../shared/eval/score.py ../shared/gold outputs
	for h in $(HELDOUT); do test -d eval/$$h || continue; echo "== $$h"; \
	  $(BIN)/extract run eval/$$h/docs --out eval/$$h/outputs --no-progress && \
	  $(BIN)/python ../shared/eval/score.py eval/$$h/gold eval/$$h/outputs | tail -8; done
