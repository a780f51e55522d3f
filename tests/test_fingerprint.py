"""The software fingerprint knows an installed file by the hash its installer recorded only
while the file is as it was installed; a file read and a file recorded give the same hash, so
a file touched but not changed rebuilds nothing."""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import os
import time
from pathlib import Path

from digest.build.fingerprint import FileHashes, core_metadata, dependency_digests

REPO = Path(__file__).resolve().parent.parent


def _record_hash(data: bytes) -> str:
    """As pip writes it into RECORD (PEP 376), computed here by hand."""
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def _package(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "lib"
    folder.mkdir()
    module = folder / "mod.py"
    module.write_bytes(b"VALUE = 1\n")
    return folder, module


def test_a_recorded_file_and_a_read_file_give_the_same_digest(tmp_path: Path):
    folder, module = _package(tmp_path)
    read = FileHashes().folder(folder)
    written = module.stat().st_mtime_ns + 1
    recorded = (written, {str(module): (10, _record_hash(b"VALUE = 1\n"))}, {"lib"})
    assert FileHashes().folder(folder, recorded) == read


def test_a_file_changed_after_its_record_is_read_again(tmp_path: Path):
    folder, module = _package(tmp_path)
    written = module.stat().st_mtime_ns
    recorded = (written, {str(module): (10, _record_hash(b"VALUE = 1\n"))}, {"lib"})
    before = FileHashes().folder(folder, recorded)
    module.write_bytes(b"VALUE = 2\n")  # the same size
    os.utime(module, ns=(written + 10**9, written + 10**9))
    assert FileHashes().folder(folder, recorded) != before
    assert FileHashes().folder(folder, recorded) == FileHashes().folder(folder)


def test_a_file_edited_with_its_time_put_back_is_read_again(tmp_path: Path):
    """`touch -d`, `cp -p` and `rsync -t` put a modification time back; the change time moves
    on all the same, and a file edited at its recorded size is read, not taken as recorded."""
    folder, module = _package(tmp_path)
    before = module.stat()
    written = max(before.st_mtime_ns, before.st_ctime_ns) + 1
    recorded = (written, {str(module): (10, _record_hash(b"VALUE = 1\n"))}, {"lib"})
    time.sleep(0.01)
    module.write_bytes(b"VALUE = 2\n")  # the same size
    os.utime(module, ns=(before.st_atime_ns, before.st_mtime_ns))  # its time put back
    assert module.stat().st_mtime_ns < written < module.stat().st_ctime_ns
    assert FileHashes().folder(folder, recorded) == FileHashes().folder(folder)


def test_a_file_of_another_size_than_recorded_is_read_again(tmp_path: Path):
    folder, module = _package(tmp_path)
    written = module.stat().st_mtime_ns + 1
    recorded = (written, {str(module): (11, _record_hash(b"VALUE = 10\n"))}, {"lib"})
    assert FileHashes().folder(folder, recorded) == FileHashes().folder(folder)


def test_the_installed_libraries_are_known_without_reading_them_all():
    """Every dependency installed by pip has a RECORD: the fingerprint is the same whether its
    files are read or their recorded hashes taken."""
    assert dependency_digests(FileHashes()) == dependency_digests(_Reading())


class _Reading(FileHashes):
    """Reads every file, whatever the installer recorded."""

    def folder(self, folder: Path, recorded=None) -> str:
        return super().folder(folder, None)


def test_core_metadata_reads_what_importlib_reads():
    """Name, version and requirements of every installed distribution, read from the headers
    as importlib.metadata's email parser reads them."""
    for dist in importlib.metadata.distributions():
        expected = (dist.metadata["Name"], dist.version, list(dist.requires or ()))
        assert core_metadata(dist) == expected, expected[0]


def test_an_extension_installed_beside_the_digest_counts_by_its_files(tmp_path: Path, monkeypatch):
    """A Markdown extension installed by a distribution the digest does not depend on, edited
    in place at the same version: its code is part of the key, as the digest's own
    dependencies' is (not its name and version alone)."""
    import sys
    import sysconfig

    from digest.build import fingerprint

    site = tmp_path / "site-packages"
    site.mkdir()
    module = site / "besideext.py"
    module.write_text("WORD = 'one'\n", encoding="utf-8")
    info = site / "besideext-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: besideext\nVersion: 1.0\n\n")
    (info / "top_level.txt").write_text("besideext\n")
    (info / "RECORD").write_text(
        "besideext.py,,\nbesideext-1.0.dist-info/METADATA,,\nbesideext-1.0.dist-info/RECORD,,\n"
    )
    monkeypatch.syspath_prepend(str(site))
    real = sysconfig.get_path
    monkeypatch.setattr(
        sysconfig, "get_path", lambda kind, *a, **k: str(site) if kind == "purelib" else real(kind)
    )
    for cached in (fingerprint._providers, fingerprint._distribution_of):
        cached.cache_clear()
    monkeypatch.setattr(sys, "path", [str(site), *sys.path])
    try:
        assert fingerprint._distribution_of("besideext") == "besideext"
        before = fingerprint.module_digests(["besideext"])
        module.write_text("WORD = 'two'\n", encoding="utf-8")
        after = fingerprint.module_digests(["besideext"])
    finally:
        for cached in (fingerprint._providers, fingerprint._distribution_of):
            cached.cache_clear()
    assert "besideext==1.0" in before
    assert before != after


def test_a_folder_holds_only_what_is_under_it():
    """`/a/bc` is not inside `/a/b` (a prefix of the path is not its folder)."""
    from digest.build.fingerprint import _inside

    assert _inside("/a/b/c.py", "/a/b") and _inside("/a/b", "/a/b")
    assert not _inside("/a/bc", "/a/b")


def test_markdown_settings_are_handed_back_as_written_and_keyed_the_same_in_every_process():
    """Settings hold lists and mappings (`custom_fences: [{name: ..., format: ...}]`): frozen
    to key and cache a renderer, they reach Markdown as written; a function named in them is
    keyed by its module and name, never by its address, and its module's code is an input."""
    import os.path

    from digest.content.rendering import MarkdownConfig

    settings = {"a": [1, {"b": [2, 3]}], "format": os.path.join}
    config = MarkdownConfig.from_settings(["x"], {"x": settings})
    assert hash(config) == hash(MarkdownConfig.from_settings(["x"], {"x": settings}))
    assert config.settings() == {"x": settings}
    assert " at 0x" not in config.key()
    assert f"<{os.path.join.__module__}.join>" in config.key()
    assert os.path.join.__module__ in config.modules()


def test_a_theme_folder_inside_a_hashed_library_needs_no_hash_of_its_own(tmp_path):
    """Material's own templates are files `software()` hashes already (listed once a build, not
    twice); a project's folder, or a link to Material's, is hashed by itself."""
    import material

    from digest.build.fingerprint import covered_by_software, software

    software(again=True)
    templates = Path(material.__file__).resolve().parent / "templates"
    assert covered_by_software(str(templates))
    assert not covered_by_software(str(REPO / "overrides"))
    (tmp_path / "linked").symlink_to(templates)
    assert not covered_by_software(str(tmp_path / "linked"))
