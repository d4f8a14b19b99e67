# Two entry points matter: `make report` (the main job on the fixture story) and `make test`.
# Both create .venv and install what they need, so a fresh clone with only Python works.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: report test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/checker diff fixtures/hk-data-requests

test: $(STAMP)
	$(BIN)/ruff check checker tests
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check checker tests

bench: $(STAMP)
	$(BIN)/python -m checker.bench

clean:
	rm -rf $(VENV) build *.egg-info

# docs/report.png, the README's picture of the HTML report: headless Chromium on the fixture story.
.PHONY: screenshot
screenshot: $(STAMP)
	mkdir -p build
	$(BIN)/checker diff fixtures/hk-data-requests --format html -o build/report.html
	$(BIN)/python tests/headless.py build/report.html docs/report.png rule=quote-wording 1280,1400
