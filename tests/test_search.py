"""Search: the Pagefind bundle the core builds from the model, read as Pagefind's own files
(gzip around a signature, then JSON fragments and CBOR filters). The browser tests search it."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import cbor2
import pytest
from sitebuild import (  # noqa: F401
    GOLDEN_PARTS_A_DAY,
    REPO,
    BuiltSite,
    empty_digest,
    golden_config,
    mkdocs,
    shipped_site,
    synthetic_site,
)

from digest.build.keys import Keys
from digest.build.pipeline import load_corpus
from digest.content.layout import Layout
from digest.site.files import plan_folders
from digest.site.search import Record, SearchError, search_files, split
from digest.site.settings import Settings

SIGNATURE = b"pagefind_dcd"
GOLDEN = REPO / "tests" / "golden"


def _data(path: Path) -> bytes:
    raw = gzip.decompress(path.read_bytes())
    assert raw.startswith(SIGNATURE)
    return raw[len(SIGNATURE) :]


def fragments(site: Path) -> list[dict]:
    return [json.loads(_data(p)) for p in sorted((site / "pagefind" / "fragment").iterdir())]


def filters(site: Path) -> dict[str, list[str]]:
    """Each filter's values, in the order the bundle lists them."""
    out = {}
    for path in (site / "pagefind" / "filter").iterdir():
        name, values = cbor2.loads(_data(path))
        out[name] = [value for value, _pages in values]
    return out


@pytest.fixture(scope="module")
def golden(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("golden-search") / "site"
    result = mkdocs("build", "--strict", "-f", "mkdocs.yml", "--site-dir", str(site), cwd=GOLDEN)
    assert result.returncode == 0, result.stderr
    return site


def test_one_record_per_entry_person_topic_and_organization(golden):
    urls = sorted(fragment["url"] for fragment in fragments(golden))
    assert urls == [
        "/entries/2024/first-model/",
        "/entries/2025/chip-shortage/",
        "/entries/2025/same-day-a/",
        "/entries/2025/same-day-b/",
        "/organizations/acme/",
        "/organizations/globex/",
        "/people/kim-reporter/",
        "/people/lee-analyst/",
        "/people/pat-example/",
        "/people/sam-engineer/",
        "/topics/chips/",
        "/topics/models/",
    ]
    entry = json.loads((golden / "pagefind" / "pagefind-entry.json").read_text())
    assert entry["languages"]["en"]["page_count"] == 12


def test_an_entry_record_holds_its_quotes_speakers_writeup_filters_and_date(golden):
    record = next(f for f in fragments(golden) if f["url"] == "/entries/2024/first-model/")
    text = record["content"]
    assert "We built it in the open, and we will keep it that way." in text
    assert "Pat Example, CEO" in text and "Lee Analyst, Analyst, Example Research" in text
    assert "The release puts pressure on closed labs." in text  # the write-up, as text
    assert record["meta"]["title"] == "Acme releases its first model"
    assert record["meta"]["date"] == "2024-03-01"
    assert record["meta"]["publisher"] == "Example News"
    assert record["filters"] == {
        "topic": ["Models"],
        "organization": ["Acme Labs"],
        "speaker": ["Pat Example", "Lee Analyst"],
        "publisher": ["Example News"],
        "year": ["2024"],
    }


def test_markup_from_content_is_text_in_the_index(golden):
    record = next(f for f in fragments(golden) if f["url"] == "/entries/2025/chip-shortage/")
    assert record["meta"]["title"] == "Chips <in short supply> & prices rise"
    assert "<in short supply>" in record["content"]


def test_filter_values_are_listed_alphabetically(golden):
    assert filters(golden) == {
        "topic": ["Chips", "Models"],
        "organization": ["Acme Labs", "Globex"],
        "speaker": ["Kim Reporter", "Lee Analyst", "Pat Example", "Sam Engineer"],
        "publisher": ["Example News", "Example Wire"],
        "year": ["2024", "2025"],
    }


def test_only_the_ui_the_site_loads_is_published(golden):
    names = {p.name for p in (golden / "pagefind").iterdir()}
    assert {"pagefind.js", "pagefind-worker.js", "wasm.en.pagefind", "pagefind-entry.json"} <= names
    assert not names & {"pagefind-ui.js", "pagefind-component-ui.js", "pagefind-modular-ui.js"}
    assert not (golden / "search" / "search_index.json").exists()  # Material's search is off


def test_every_hostile_entry_is_indexed_once_and_listings_are_not(synthetic_site):
    found = [f["url"] for f in fragments(synthetic_site.site)]
    assert len(found) == len(set(found))
    assert "/entries/2024/hostile-entry/" in found
    assert "/entries/2024/draft-entry/" not in found
    assert not any(url in ("/", "/archive/") or "/page/" in url for url in found)


def _corpus():
    corpus, problems = load_corpus(Layout(GOLDEN / "content", nav_pages=frozenset({"about.md"})))
    assert corpus is not None, problems
    return corpus


def test_a_search_that_misses_its_deadline_is_one_clear_error():
    settings = Settings(site_name="Golden", site_url="https://golden.example.org/")
    with pytest.raises(SearchError, match=r"^search: Pagefind did not finish indexing within"):
        search_files(_corpus(), settings, deadline=0.001)


def test_a_missing_pagefind_program_fails_the_build_in_one_line(tmp_path):
    env = {"PAGEFIND_BINARY_PATH": str(tmp_path / "no-such-pagefind")}
    result = mkdocs(
        "build",
        "--strict",
        "-f",
        "mkdocs.yml",
        "--site-dir",
        str(tmp_path / "site"),
        cwd=GOLDEN,
        env={**env, "DIGEST_CACHE": "0"},
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "Pagefind" in line]
    assert len(errors) == 1 and "digest: search: Pagefind" in errors[0], result.stderr
    assert not (tmp_path / "site" / "index.html").exists()
    generate = subprocess.run(
        [
            sys.executable,
            "-m",
            "digest",
            "generate",
            str(tmp_path / "out"),
            "-f",
            str(GOLDEN / "mkdocs.yml"),
        ],
        env={**__import__("os").environ, **env, "DIGEST_CACHE": "0"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert generate.returncode == 2, generate.stderr
    assert generate.stderr.startswith("error: search: Pagefind")
    assert "Traceback" not in generate.stderr
    assert not (tmp_path / "out").exists()


def test_a_digest_without_entries_builds_with_a_search_that_lists_no_part(tmp_path):
    """A new digest before its first article (or one whose every entry is a draft): Pagefind
    makes no index of nothing, so the site's search bundle is its manifest alone, listing no
    part, for both engines' paths."""
    empty_digest(tmp_path)
    site = tmp_path / "site"
    result = mkdocs("build", "--strict", "--site-dir", str(site), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [p.name for p in (site / "pagefind").iterdir()] == ["parts.json"]
    assert json.loads((site / "pagefind" / "parts.json").read_text("utf-8")) == {"parts": []}
    assert (site / "index.html").is_file()
    generate = subprocess.run(
        [sys.executable, "-m", "digest", "generate", str(tmp_path / "out"), "-f", "mkdocs.yml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert generate.returncode == 0, generate.stderr
    bundle = json.loads((tmp_path / "out" / "docs" / "pagefind" / "parts.json").read_text("utf-8"))
    assert bundle == {"parts": []}


def _records(*days: str) -> list:
    return [Record(url=f"r{i}/", title=f"R{i}", date=day) for i, day in enumerate(days)]


def test_parts_gather_whole_days_from_the_oldest_newest_first():
    # 1 May 2020: 2 records, 2 May 2020: 1, 3 March 2022: 3, 9 July 2023: 1, one undated;
    # at most 3 records a part.
    records = _records(
        "2020-05-01",
        "2022-03-03",
        "2020-05-01",
        "2020-05-02",
        "2022-03-03",
        "2023-07-09",
        "2022-03-03",
        "",
    )
    parts = split(records, 3)
    assert [(p.label, p.folder, p.first, p.last) for p in parts] == [
        ("2023-07-09", "", "2023-07-09", "2023-07-09"),
        ("2022-03-03", "2022-03-03/", "2022-03-03", "2022-03-03"),
        ("2020-05-01_2020-05-02", "2020-05-01_2020-05-02/", "2020-05-01", "2020-05-02"),
    ]
    assert [[r.url for r in p.records] for p in parts] == [
        ["r5/", "r7/"],  # the undated record goes with the newest part
        ["r1/", "r4/", "r6/"],
        ["r0/", "r2/", "r3/"],
    ]


def test_a_day_larger_than_a_part_is_one_part_and_a_small_index_is_one():
    records = _records("2021-02-01", "2021-02-01", "2021-02-01", "2021-02-01", "2021-02-02")
    assert [(p.label, len(p.records)) for p in split(records, 2)] == [
        ("2021-02-02", 1),
        ("2021-02-01", 4),
    ]
    assert [(p.label, p.folder, len(p.records)) for p in split(records, 10_000)] == [
        ("2021-02-01_2021-02-02", "", 5)
    ]
    assert split([], 10) == []  # no record, no part: Pagefind makes no index of nothing


@pytest.fixture(scope="module")
def golden_in_parts(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("golden-parts")
    golden_config(root, digest_options="search_part_records: 3")
    result = mkdocs("build", "--strict", "--site-dir", str(root / "site"), cwd=root)
    assert result.returncode == 0, result.stderr
    return root / "site"


def test_each_record_is_in_one_part_of_its_day(golden, golden_in_parts):
    bundle = golden_in_parts / "pagefind"
    listed = json.loads((bundle / "parts.json").read_text(encoding="utf-8"))
    # 12 records: four entries, four people, two topics and two organizations; ten of
    # 10 January 2025, two of 1 March 2024
    assert listed == {"parts": GOLDEN_PARTS_A_DAY}
    older = sorted(
        json.loads(_data(p))["url"] for p in (bundle / "2024-03-01" / "fragment").iterdir()
    )
    # The model entry (1 March 2024) and Lee Analyst, quoted only there (Pat Example, quoted
    # there too, has a quote of 2025; Acme and Models have entries of 2025).
    assert older == ["/entries/2024/first-model/", "/people/lee-analyst/"]
    newest = [json.loads(_data(p))["url"] for p in (bundle / "fragment").iterdir()]
    assert sorted(newest + older) == sorted(f["url"] for f in fragments(golden))
    # Pagefind's program comes once, with the newest part; the older part is data only.
    assert not {p.name for p in (bundle / "2024-03-01").iterdir()} & {
        "pagefind.js",
        "pagefind-worker.js",
        "wasm.en.pagefind",
    }
    assert (bundle / "2024-03-01" / "pagefind-entry.json").is_file()


def test_an_edit_makes_again_only_the_part_of_its_day(tmp_path):
    """Each part is its own job, keyed by its records: editing the 2024 entry leaves the key
    of the 2025 part as it was."""
    content = tmp_path / "content"
    shutil.copytree(GOLDEN / "content", content)
    settings = Settings(
        site_name="Golden", site_url="https://golden.example.org/", search_part_records=3
    )

    def keys() -> dict[str, str]:
        corpus, problems = load_corpus(Layout(content, nav_pages=frozenset({"about.md"})))
        assert corpus is not None, problems
        keys = Keys("the same build")
        return {f.path: keys.job(f.job) for f in plan_folders(corpus, settings)}

    before = keys()
    assert sorted(before) == ["pagefind/", "pagefind/2024-03-01/"]
    entry = content / "entries" / "2024" / "first-model.md"
    entry.write_text(
        entry.read_text(encoding="utf-8").replace("title: ", "title: Edited ", 1),
        encoding="utf-8",
    )
    after = keys()
    assert after["pagefind/"] == before["pagefind/"]
    assert after["pagefind/2024-03-01/"] != before["pagefind/2024-03-01/"]


def test_a_part_holds_at_most_its_text_as_well_as_its_records():
    # Four days of one record each, 3,000 characters of write-up a record; parts of at most
    # 10 records and 6,500 characters: two days a part, gathered from the oldest.
    records = [
        Record(url=f"r{i}/", title="", writeup="w" * 3000, date=f"2024-01-0{i + 1}")
        for i in range(4)
    ]
    parts = split(records, 10, text=6_500)
    assert [(p.label, len(p.records)) for p in parts] == [
        ("2024-01-03_2024-01-04", 2),
        ("2024-01-01_2024-01-02", 2),
    ]
    # A day whose text alone is over the bound is a part of its own, never split.
    assert [len(p.records) for p in split(records, 10, text=1_000)] == [1, 1, 1, 1]


def test_a_filter_value_holds_typographic_quotes_where_a_name_has_straight_ones():
    from digest.site.search import filter_value

    assert filter_value('Andrew "Boz" Bosworth') == "Andrew “Boz” Bosworth"
    assert filter_value("O'Hara & Co") == "O'Hara & Co"
