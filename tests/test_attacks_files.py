"""Issue 10, files beside the entries and symlinks: `content/` is an allow-list.

Anything under content/ that is not an entry, a taxonomy file, an edition, a page named in
mkdocs.yml's nav or a raster image is an error naming its path, in `digest check` and in
`mkdocs build --strict`. Symlinks anywhere under content/ are refused, never followed: no
built site ever holds the bytes of what they point to.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.attacklib import Run, build, check, project, site_bytes, write

BUNDLE = sorted(
    (Path(__import__("material").__file__).parent / "templates/assets/javascripts").glob(
        "bundle.*.min.js"
    )
)[0].name
SCRIPT = b"<script>alert('extra file')</script>"
MARK = b"ATTACK-MARKER-7f3a"  # in every hostile file: a built site must never contain it
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

# Files that must not be under content/: path -> bytes.
EXTRA: dict[str, bytes] = {
    "notes.md": b"# Notes\n\n" + SCRIPT + MARK + b"\n",
    "guides/how-to.md": b"# How to\n\n" + MARK + b"\n",
    "evil.html": b"<!doctype html>" + SCRIPT + MARK,
    "nested/page.htm": b"<p>" + MARK + b"</p>",
    "extra.js": b"alert(1);//" + MARK,
    "theme.css": b"body{background:url(https://e.example/x)}/*" + MARK + b"*/",
    "logo.svg": b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><!--'
    + MARK
    + b"--></svg>",
    f"assets/javascripts/{BUNDLE}": b"alert('bundle');//" + MARK,
    "assets/javascripts/bundle.extra.min.js": b"alert('bundle');//" + MARK,
    "assets/stylesheets/main.extra.min.css": b"/*" + MARK + b"*/",
    "404.html": b"<h1>Not found</h1>" + SCRIPT + MARK,
    "search/search_index.json": b'{"docs": [], "x": "' + MARK + b'"}',
    "sitemap.xml": b"<urlset><!--" + MARK + b"--></urlset>",
    "robots.txt": b"User-agent: *\n# " + MARK + b"\n",
    "entries/2022/notes.txt": MARK,
    "entries/notes.md": b"# Notes\n" + MARK + b"\n",
    "topics.yaml": b"x: {name: X, description: " + MARK + b"}\n",
    "images/pic.png": b"<html>" + SCRIPT + MARK,
    "assets/images/pic.png": b"<html>" + SCRIPT + MARK,
    "assets/pic.jpg": PNG_MAGIC + b"\n<svg onload=alert(1)>" + MARK,
    "assets/images/pic.gif": b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>" + MARK,
}

# Pages at the path of a generated page or file (indexed by search under the real address).
GENERATED: dict[str, bytes] = {
    "index.md": b"# Home\n\n" + MARK + b"\n",
    "topics/open-source/index.md": b"# Open source\n\n" + MARK + b"\n",
    "topics/index.md": b"# Topics\n\n" + MARK + b"\n",
    "organizations/meta.md": b"# Meta\n\n" + MARK + b"\n",
    "archive/index.md": b"# Archive\n\n" + MARK + b"\n",
    "topics/open-source/feed.xml": b"<rss><!--" + MARK + b"--></rss>",
    "atom.xml": b"<feed><!--" + MARK + b"--></feed>",
    "feed.json": b'{"x": "' + MARK + b'"}',
    "people/index.md": b"# People\n\n" + MARK + b"\n",
}

# Folders named like a generated file or page.
FOLDERS = ["feed.xml", "sitemap.xml", "organizations/meta/index.html"]


def assert_refused(ran: Run, rel: str, *, prefix: bool = False) -> None:
    """`ran` exited non-zero without a traceback, with an error line naming content/`rel`."""
    ran.no_traceback()
    assert ran.result.returncode != 0, ran.output[-2000:]
    path = f"content/{rel}"
    named = [
        p
        for p in ran.problems
        if p.severity == "error" and (p.path == path or (prefix and p.path.startswith(path)))
    ]
    assert named, f"no error naming {path}:\n{ran.output[-2000:]}"


def assert_site_clean(root: Path, *secrets: bytes) -> None:
    leaked = [
        str(path.relative_to(root))
        for path, data in site_bytes(root / "site")
        for secret in secrets
        if secret in data
    ]
    assert leaked == []


# --- files beside the entries ------------------------------------------------------------------


@pytest.fixture(scope="module")
def extra(tmp_path_factory):
    root = tmp_path_factory.mktemp("extra-files")
    content = project(root)
    for rel, data in EXTRA.items():
        write(content, rel, data)
    return root, check(root), build(root)


@pytest.mark.parametrize("rel", sorted(EXTRA))
def test_extra_file_is_refused_by_check(extra, rel):
    assert_refused(extra[1], rel)


@pytest.mark.parametrize("rel", sorted(EXTRA))
def test_extra_file_is_refused_by_build(extra, rel):
    assert_refused(extra[2], rel)


def test_extra_files_are_never_published(extra):
    assert_site_clean(extra[0], MARK)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    root = tmp_path_factory.mktemp("generated-paths")
    content = project(root)
    for rel, data in GENERATED.items():
        assert not (content / rel).exists(), f"the shipped content already has {rel}"
        write(content, rel, data)
    for folder in FOLDERS:
        write(content, f"{folder}/inner.md", b"# Inner\n\n" + MARK + b"\n")
    return root, check(root), build(root)


@pytest.mark.parametrize("rel", sorted(GENERATED))
def test_page_at_a_generated_path_is_refused(generated, rel):
    assert_refused(generated[1], rel)
    assert_refused(generated[2], rel)


@pytest.mark.parametrize("folder", FOLDERS)
def test_folder_named_like_a_generated_file_is_refused(generated, folder):
    assert_refused(generated[1], folder, prefix=True)
    assert_refused(generated[2], folder, prefix=True)


def test_pages_at_generated_paths_are_never_published(generated):
    assert_site_clean(generated[0], MARK)


# --- symlinks ----------------------------------------------------------------------------------

SECRET = b"SECRET-TOKEN-5b1e-deadbeef"
PASSWD_LINE = b"root:x:0:0"
ENV_SECRET = "ENV-SECRET-81c4-feedface"


def _secrets(root: Path) -> Path:
    """A fake checkout's .git/config holding a token, and a folder of secrets, beside content/."""
    write(root, ".git/config", b"[http]\n\textraheader = AUTHORIZATION: basic " + SECRET + b"\n")
    write(root, "private/secret.md", b"# Secret\n\n" + SECRET + b"\n")
    write(root, "private/token.txt", SECRET)
    return root


# (link path under content/, target: absolute, or relative to the project root as "@rel")
SYMLINKS: dict[str, tuple[str, str]] = {
    "passwd-md": ("leak.md", "/etc/passwd"),
    "passwd-txt": ("passwd.txt", "/etc/passwd"),
    "passwd-png": ("assets/images/leak.png", "/etc/passwd"),
    "passwd-entry": ("entries/2022/leak.md", "/etc/passwd"),
    "environ": ("environ.txt", "/proc/self/environ"),
    "git-config": ("config.txt", "@.git/config"),
    "git-config-md": ("about-git.md", "@.git/config"),
    "directory": ("shared", "@private"),
    "year-directory": ("entries/2023", "@private"),
    "etc-directory": ("etc", "/etc/ssl"),
    "topics-yml": ("topics.yml", "@private/topics.yml"),
    "broken": ("gone.md", "@does-not-exist.md"),
    "broken-in-entries": ("entries/2022/gone.md", "@does-not-exist.md"),
}


def _link(root: Path, content: Path, case: str) -> str:
    link, target = SYMLINKS[case]
    if case == "topics-yml":
        shutil.copy(content / "topics.yml", root / "private" / "topics.yml")
        (content / "topics.yml").unlink()
    if target.startswith("@"):
        target = str(root / target[1:])
    (content / link).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, content / link)
    return link


def _assert_nothing_leaked(root: Path) -> None:
    passwd = Path("/etc/passwd").read_bytes()[:64]
    assert_site_clean(root, SECRET, PASSWD_LINE, passwd, ENV_SECRET.encode())


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    """One project with every symlink of SYMLINKS, checked and built once."""
    root = _secrets(tmp_path_factory.mktemp("symlinks"))
    content = project(root)
    for case in SYMLINKS:
        _link(root, content, case)
    return root, check(root), build(root, env={"ATTACK_ENV": ENV_SECRET})


@pytest.mark.parametrize("case", sorted(SYMLINKS))
def test_symlink_is_refused_by_check(linked, case):
    assert_refused(linked[1], SYMLINKS[case][0])


@pytest.mark.parametrize("case", sorted(SYMLINKS))
def test_symlink_is_refused_by_build(linked, case):
    assert_refused(linked[2], SYMLINKS[case][0])


def test_symlinks_together_leak_nothing(linked):
    _assert_nothing_leaked(linked[0])


@pytest.mark.timeout(60)
@pytest.mark.parametrize("case", ["environ", "git-config", "directory"])
def test_symlink_alone_is_never_followed_into_the_site(tmp_path, case):
    """Alone (no other problem stops the build first), the target's bytes never reach site/."""
    root = _secrets(tmp_path)
    content = project(root)
    link = _link(root, content, case)
    built = build(root, env={"ATTACK_ENV": ENV_SECRET})
    _assert_nothing_leaked(root)
    assert_refused(built, link)


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "links",
    [
        {"loop.md": "loop.md", "a.md": "b.md", "b.md": "a.md"},
        {"sub/up": ".."},
        {"entries/2022/again": "."},
    ],
    ids=["files", "parent-directory", "same-directory"],
)
def test_symlink_loops_are_refused_in_bounded_time(tmp_path, links):
    content = project(tmp_path)  # one project per case: a loop must not hide another
    for link, target in links.items():
        (content / link).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, content / link)
    checked, built = check(tmp_path), build(tmp_path)
    for link in links:
        assert_refused(checked, link)
        assert_refused(built, link)
