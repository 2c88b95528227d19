# Two commands on a fresh machine: `make extract` and `make test`.
# Both create the virtual environment and install the project when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
IN     ?= seeds
OUT    ?= outputs
STAMP  := $(VENV)/.installed

.PHONY: extract test dictionary clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

extract: $(STAMP)
	$(BIN)/extract run $(IN) --out $(OUT)

test: $(STAMP)
	$(BIN)/python -m pytest

dictionary: $(STAMP)
	$(BIN)/python -m schemas.dictionary > outputs/README.md

clean:
	rm -rf $(VENV) $(OUT)/*.parquet
