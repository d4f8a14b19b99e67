# Thin wrappers over tasks.py, which needs nothing but Python: it creates .venv and installs
# what a task needs. `python3 tasks.py report` and `python3 tasks.py test` are the README's
# two commands; these targets are the same for those who have make.
PYTHON ?= python3

.PHONY: report test lint bench fuzz screenshot clean

report:
	$(PYTHON) tasks.py report

test:
	$(PYTHON) tasks.py test

lint:
	$(PYTHON) tasks.py lint

bench:
	$(PYTHON) tasks.py bench

# The property tests with 10,000 random stories instead of the suite's 200 (about 45 minutes).
fuzz:
	$(PYTHON) tasks.py fuzz

# docs/report.png, the README's picture of the HTML report: headless Chromium on the fixture story.
screenshot:
	$(PYTHON) tasks.py lint >/dev/null
	mkdir -p build
	.venv/bin/checker diff fixtures/hk-data-requests --format html -o build/report.html
	.venv/bin/python tests/headless.py build/report.html docs/report.png rule=quote-wording 1280,1400

clean:
	rm -rf .venv build *.egg-info
