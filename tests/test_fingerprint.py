"""The software fingerprint knows an installed file by the hash its installer recorded only
while the file is as it was installed; a file read and a file recorded give the same hash, so
a file touched but not changed rebuilds nothing."""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import os
from pathlib import Path

from digest.build.fingerprint import FileHashes, core_metadata, dependency_digests


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
