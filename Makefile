# Thin wrappers over tasks.py, which needs nothing but Python: it creates .venv and installs
# what a task needs. `python3 tasks.py report` and `python3 tasks.py test` are the README's
# two commands; these targets are the same for those who have make.
PYTHON ?= python3

.PHONY: report test lint bench eval behaviour eval-real fuzz screenshot clean

report:
	$(PYTHON) tasks.py report

test:
	$(PYTHON) tasks.py test

lint:
	$(PYTHON) tasks.py lint

bench:
	$(PYTHON) tasks.py bench

# Every real set whose texts are rebuilt (eval/README.md): make eval TEXTS=DIR [RAW=DIR] [ARGS="--set NAME --readme"]
# (TEXTS defaults to $$CHECKER_EVAL_TEXTS; RAW rebuilds the texts from saved excerpts first).
TEXTS ?=
RAW ?=
ARGS ?=
eval:
	$(PYTHON) tasks.py eval $(if $(TEXTS),--texts $(TEXTS)) $(if $(RAW),--raw $(RAW)) $(ARGS)

# Pass rate per behavioural capability (tests/behaviour); exit 1 when one is below 0.95.
behaviour:
	$(PYTHON) tasks.py behaviour

# The development stories (../shared/realdev), rebuilt outside the repository as its README says:
# make eval-real REAL=/tmp/realdev-stories
REAL ?= /tmp/realdev-stories
GOLD ?= ../shared/realdev
eval-real:
	$(PYTHON) tasks.py lint >/dev/null
	.venv/bin/checker eval $(REAL)/*/ --gold-dir $(GOLD)

# The property tests with 10,000 random stories instead of the suite's 200 (about 45 minutes).
fuzz:
	$(PYTHON) tasks.py fuzz

# docs/report.png and docs/report-400.png, the README's pictures of the HTML report (a laptop's
# width and a phone's): headless Chromium on the fixture story; docs/timeline.png and
# docs/timeline-400.png, its timeline charts, on the invented flood story.
screenshot:
	$(PYTHON) tasks.py lint >/dev/null
	mkdir -p build
	.venv/bin/checker diff fixtures/hk-data-requests --format html -o build/report.html
	.venv/bin/python tests/headless.py build/report.html docs/report.png rule=quote-wording 1280,1400
	.venv/bin/python tests/headless.py build/report.html docs/report-400.png rule=entity-list 400,2700
	.venv/bin/checker diff tests/stories/flood-toll --format html -o build/timeline.html
	.venv/bin/python tests/headless.py build/timeline.html docs/timeline.png rule=timeline 1280,1500
	.venv/bin/python tests/headless.py build/timeline.html docs/timeline-400.png rule=timeline 400,2600

clean:
	rm -rf .venv build *.egg-info
