# Quick start: `make build` (site into site/) and `make test` (the whole suite).
# Both create .venv and install the pinned dependencies on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: build build-zensical test serve lint format bench bench-full check validate schema clean publish-s3

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

clean:
	rm -rf site site-zensical build/zensical .venv .pytest_cache .cache
