# Quick start: `make build` (site into site/) and `make test` (the whole suite).
# Both create .venv and install the pinned dependencies on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: build build-zensical test serve lint format bench bench-full check validate schema clean publish-s3 lighthouse screenshots bench-100k

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

# The content validated: every entry, taxonomy and edition (also the first step of `build`).
validate: $(STAMP)
	$(BIN)/digest check

# What an editor runs before a pull request (CONTRIBUTING.md): the content validated, then the
# quotes of the entries this branch adds or changes (vs origin/main, else main) checked against
# their sources. Without a network it says so and checks the content only.
check: validate
	$(BIN)/digest changed --verify

build: validate
	$(BIN)/mkdocs build --strict

# The same site built by Zensical (Material's successor), which runs no MkDocs plugin: `digest
# generate` writes every page, feed and static file into build/zensical/ (with a mkdocs.yml of
# its own), Zensical builds that into site-zensical/. See docs/zensical.md.
ZENSICAL_SRC := build/zensical

build-zensical: $(STAMP)
	$(BIN)/digest generate $(ZENSICAL_SRC)
	$(BIN)/zensical build --clean --strict -f $(ZENSICAL_SRC)/mkdocs.yml
	rm -rf site-zensical
	mv $(ZENSICAL_SRC)/site site-zensical
	# Zensical writes a one-file sitemap.xml over the digest's sitemap index: put the index back.
	cp $(ZENSICAL_SRC)/docs/sitemap.xml site-zensical/sitemap.xml

# Publishes site/ (after `make build`) to S3-compatible storage with rclone: only the files whose
# content changed are uploaded, and what is gone is deleted. Settings: docs/deploy.md.
publish-s3: $(STAMP)
	RCLONE=$(BIN)/rclone .github/scripts/publish-s3.sh site

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/zizmor --offline --quiet .
	$(BIN)/pytest -n 2 --dist loadfile

serve: $(STAMP)
	$(BIN)/mkdocs serve

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/zizmor --offline --quiet .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

schema: $(STAMP)
	$(BIN)/digest schema > schema/entry.schema.json

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run
	$(BIN)/python -m benchmarks.quotes --adversarial

bench-full: $(STAMP)
	$(BIN)/python -m benchmarks.run --full

# A decade of a busy digest (issue 24): 100,000 short entries, one run (about an hour here),
# then search in a real browser at 100,000.
bench-100k: $(STAMP)
	$(BIN)/python -m benchmarks.run --sizes 100000 --runs 1 --edits 1 --shapes short --no-zensical
	$(BIN)/python -m benchmarks.search --entries 100000

# Lighthouse 12.8.2 (npm, run by npx) in mobile mode on the home, entry, topic, organization,
# person and edition pages of the shipped site, served with gzip and cache headers as a static
# host would (tools/lighthouse.py); fails if any score is below 98. Needs Node and Chromium.
lighthouse: $(STAMP)
	CHROME_PATH=$${CHROME_PATH:-/usr/bin/chromium} $(BIN)/python -m tools.lighthouse

# docs/screenshots/: home, entry, person and edition at 1280 and 390 px, light and dark.
screenshots: $(STAMP)
	$(BIN)/python -m tools.screenshots

clean:
	rm -rf site site-zensical build/zensical .venv .pytest_cache .cache
