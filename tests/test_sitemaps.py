"""Sitemaps by the protocol: an index of sitemaps of at most 50,000 URLs, named in robots.txt,
valid against the sitemaps.org schemas (tests/schemas/, written from the published XSDs)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from lxml import etree
from sitebuild import REPO, BuiltSite, mkdocs, shipped_site, synthetic_site  # noqa: F401

from digest.site.page import GeneratedPage
from digest.site.sitemaps import sitemap_files

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SCHEMAS = Path(__file__).parent / "schemas"
PROTOCOL_MAX_URLS = 50_000  # sitemaps.org: at most 50,000 URLs in one sitemap file
PROTOCOL_MAX_BYTES = 52_428_800  # and at most 50 MB (52,428,800 bytes) uncompressed


@pytest.fixture(scope="module")
def schemas():
    return {
        "urlset": etree.XMLSchema(etree.parse(str(SCHEMAS / "sitemap.xsd"))),
        "sitemapindex": etree.XMLSchema(etree.parse(str(SCHEMAS / "siteindex.xsd"))),
    }


def valid(schemas, data: bytes) -> etree._Element:
    """The parsed document, after the schema for its root element accepted it."""
    root = etree.fromstring(data)
    kind = etree.QName(root).localname
    schema = schemas[kind]
    assert schema.validate(root), schema.error_log.last_error
    return root


def read_sitemaps(schemas, files: dict[str, bytes], site_url: str) -> dict[str, list[str]]:
    """Every sitemap the index names (by site path) and its URLs; each file checked against
    the protocol's limits and schemas."""
    index = valid(schemas, files["sitemap.xml"])
    assert etree.QName(index).localname == "sitemapindex"
    found = {}
    for loc in index.iter(f"{NS}loc"):
        assert loc.text.startswith(site_url)
        path = loc.text[len(site_url) :]
        data = files[path]
        assert len(data) <= PROTOCOL_MAX_BYTES
        urlset = valid(schemas, data)
        urls = [element.text for element in urlset.iter(f"{NS}loc")]
        assert len(urls) <= PROTOCOL_MAX_URLS, f"{path} holds {len(urls)} URLs"
        found[path] = urls
    return found


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.glob("*") if p.is_file()}


def published_pages(site: Path) -> set[str]:
    pages = {p.parent.relative_to(site).as_posix() for p in site.rglob("index.html")}
    return {"" if page == "." else page + "/" for page in pages} - {"pagefind/"}


@pytest.mark.parametrize("which", ["shipped_site", "synthetic_site"])
def test_the_sitemap_index_lists_every_page_once_within_the_protocol(which, request, schemas):
    site: BuiltSite = request.getfixturevalue(which)
    files = site_files(site.site)
    sitemaps = read_sitemaps(schemas, files, site.site_url)
    urls = [url for chunk in sitemaps.values() for url in chunk]
    assert len(urls) == len(set(urls))
    assert {url[len(site.site_url) :] for url in urls} == published_pages(site.site)
    # MkDocs' own one-file sitemap is not written beside the index.
    assert not (site.site / "sitemap.xml.gz").exists()
    robots = (site.site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {site.site_url}sitemap.xml" in robots.splitlines()


def test_lastmod_comes_from_the_entries(shipped_site, schemas):
    files = site_files(shipped_site.site)
    root = etree.fromstring(files["sitemap-1.xml"])
    dates = {
        url.findtext(f"{NS}loc"): url.findtext(f"{NS}lastmod") for url in root.iter(f"{NS}url")
    }
    seed = shipped_site.site_url + "entries/2022/pytorch-foundation-research-open-source-roots/"
    assert dates[seed] == "2022-09-15"
    assert dates[shipped_site.site_url + "about/"] == "2022-09-15"  # the newest entry's date
    index = etree.fromstring(files["sitemap.xml"])
    assert index.findtext(f"{NS}sitemap/{NS}lastmod") == "2022-09-15"


def test_a_small_limit_splits_a_real_build_into_several_sitemaps(synthetic_site, schemas):
    """The synthetic site (about 300 pages) with a limit of 40 URLs a file, as a corpus of
    millions would meet the real limit."""
    config = (synthetic_site.root / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  - digest:\n" in config
    small = config.replace("  - digest:\n", "  - digest:\n      sitemap_max_urls: 40\n")
    (synthetic_site.root / "mkdocs-small.yml").write_text(small, encoding="utf-8")
    result = mkdocs(
        "build",
        "--strict",
        "-f",
        "mkdocs-small.yml",
        "--site-dir",
        "site-small",
        cwd=synthetic_site.root,
    )
    assert result.returncode == 0, result.stderr
    site = synthetic_site.root / "site-small"
    files = site_files(site)
    index = valid(schemas, files["sitemap.xml"])
    sitemaps = read_sitemaps(schemas, files, synthetic_site.site_url)
    assert len(sitemaps) == len(index) > 5
    assert all(len(urls) <= 40 for urls in sitemaps.values())
    urls = [url[len(synthetic_site.site_url) :] for chunk in sitemaps.values() for url in chunk]
    assert sorted(urls) == sorted(published_pages(site))


def _pages(count: int) -> list[GeneratedPage]:
    day = dt.date(2025, 1, 1)
    return [
        GeneratedPage(f"entries/2025/e{n}.md", f"entries/2025/e{n}/", {}, body=None, updated=day)
        for n in range(count)
    ]


def test_the_real_limit_on_a_synthetic_list_of_120_001_urls(schemas):
    files = dict(sitemap_files(_pages(120_001), "https://digest.example.org/", None))
    sitemaps = read_sitemaps(schemas, files, "https://digest.example.org/")
    assert [len(urls) for urls in sitemaps.values()] == [50_000, 50_000, 20_001]
    assert list(sitemaps) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"]


def test_the_byte_limit_splits_too(schemas):
    """A URL line here is about 110 bytes: 1,000 bytes a file holds eight of them."""
    files = dict(sitemap_files(_pages(20), "https://digest.example.org/", None, max_bytes=1_000))
    sitemaps = read_sitemaps(schemas, files, "https://digest.example.org/")
    assert all(len(files[path]) <= 1_000 for path in sitemaps)
    assert sum(len(urls) for urls in sitemaps.values()) == 20
    assert len(sitemaps) == 3


def test_urls_are_escaped(schemas):
    page = GeneratedPage("x.md", "a&b<c>/", {}, body=None)
    files = dict(sitemap_files([page], "https://digest.example.org/", None))
    root = valid(schemas, files["sitemap-1.xml"])
    assert root.findtext(f"{NS}url/{NS}loc") == "https://digest.example.org/a&b<c>/"
