"""The S3 deploy path against a real S3 server on loopback: `rclone serve s3` over a temporary
folder, fed by the same script the deploy workflow runs (`make publish-s3`). A first sync uploads
the whole site; after one edited entry and a rebuild (which rewrites every file), a sync uploads
only what changed and deletes what is gone; the objects carry the right content types."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sitebuild import REPO, mkdocs

GOLDEN = REPO / "tests" / "golden"
SCRIPT = REPO / ".github" / "scripts" / "publish-s3.sh"
RCLONE = Path(sys.executable).parent / "rclone"
KEY, SECRET, BUCKET = "digest-test-key", "digest-test-secret", "digest"


@pytest.fixture
def s3(tmp_path):
    """An S3 server on 127.0.0.1 serving a temporary folder; yields the client's environment."""
    if not RCLONE.is_file():
        pytest.fail("rclone is not installed: run `make test`, which installs the dev extras")
    store = tmp_path / "store"
    (store / BUCKET).mkdir(parents=True)
    config = tmp_path / "rclone.conf"
    config.write_text("")
    server = subprocess.Popen(
        [str(RCLONE), "serve", "s3", "--addr", "127.0.0.1:0", "--auth-key", f"{KEY},{SECRET}",
         "--config", str(config), str(store)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        address = None
        deadline = time.monotonic() + 30
        while address is None and time.monotonic() < deadline:
            line = server.stderr.readline()
            if not line and server.poll() is not None:
                break
            found = re.search(r"Starting s3 server on \[(http://127\.0\.0\.1:\d+/)\]", line)
            address = found.group(1) if found else None
        assert address, "rclone serve s3 did not start"
        threading_drain(server)
        yield {
            **os.environ,
            "RCLONE": str(RCLONE),
            "RCLONE_CONFIG": str(config),
            "S3_BUCKET": BUCKET,
            "S3_ENDPOINT": address,
            "S3_PROVIDER": "Rclone",
            "S3_REGION": "",
            "AWS_ACCESS_KEY_ID": KEY,
            "AWS_SECRET_ACCESS_KEY": SECRET,
        }
    finally:
        server.terminate()
        server.wait(timeout=30)


def threading_drain(process: subprocess.Popen) -> None:
    """Keep reading the server's log, so that it never blocks on a full pipe."""
    import threading

    threading.Thread(target=lambda: process.stderr.read(), daemon=True).start()


def publish(site: Path, env: dict[str, str]) -> dict[str, list[str]]:
    """Run the deploy script; returns the objects it uploaded, deleted and otherwise changed
    (rclone rewrites an object's metadata to give it a newer modification time)."""
    ran = subprocess.run(
        ["bash", str(SCRIPT), str(site), "--use-json-log"],
        env=env, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr[-3000:]
    done: dict[str, list[str]] = {"uploaded": [], "deleted": [], "touched": []}
    for line in ran.stderr.splitlines():
        record = json.loads(line)
        if record.get("msg", "").startswith("Copied ("):
            done["uploaded"].append(record["object"])
        elif record.get("msg") == "Deleted":
            done["deleted"].append(record["object"])
        elif record.get("object") and record.get("level") in ("info", "notice", "error"):
            done["touched"].append(f"{record['object']}: {record['msg']}")
    return done


def objects(env: dict[str, str]) -> dict[str, str]:
    """Every object in the bucket and the content type the server gives it."""
    listed = subprocess.run(
        [str(RCLONE), "lsjson", "--metadata", "--recursive", "--files-only",
         f":s3:{BUCKET}"],
        env={**env, **rclone_env(env)}, capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return {item["Path"]: item["MimeType"] for item in json.loads(listed.stdout)}


def rclone_env(env: dict[str, str]) -> dict[str, str]:
    return {
        "RCLONE_S3_PROVIDER": env["S3_PROVIDER"],
        "RCLONE_S3_ENDPOINT": env["S3_ENDPOINT"],
        "RCLONE_S3_ENV_AUTH": "true",
    }


def files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def build(root: Path) -> Path:
    result = mkdocs("build", "--strict", cwd=root, env={"DIGEST_CACHE": "0"})
    assert result.returncode == 0, result.stderr
    return root / "site"


@pytest.fixture
def project(tmp_path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(GOLDEN / "content", root / "content")
    config = (GOLDEN / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("custom_dir: ../../overrides", f"custom_dir: {REPO / 'overrides'}")
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    return root


def test_a_sync_after_one_edit_uploads_only_what_changed(project, s3):
    site = build(project)
    first = publish(site, s3)
    assert sorted(first["uploaded"]) == sorted(files(site))  # everything, once
    assert first["deleted"] == [] and first["touched"] == []

    entry = project / "content" / "entries" / "2025" / "chip-shortage.md"
    text = entry.read_text(encoding="utf-8")
    edited = "Prices for training chips rose again this quarter, and lead times grew."
    entry.write_text(text.replace("Prices for training chips rose again this quarter.", edited))
    before = files(site)
    site = build(project)  # every file written again, most with the same bytes
    second = publish(site, s3)

    uploaded = set(second["uploaded"])
    # The edited write-up is on the entry's page and in its search record, nowhere else (feeds
    # carry the summary and quotes, listings the lead quote): its page, its new search fragment
    # and the search index files that name it.
    assert "entries/2025/chip-shortage/index.html" in uploaded
    assert all(
        path == "entries/2025/chip-shortage/index.html" or path.startswith("pagefind/")
        for path in uploaded
    ), sorted(uploaded)
    assert len(uploaded) <= 8, sorted(uploaded)
    new_fragments = {p for p in uploaded if p.startswith("pagefind/fragment/")}
    assert len(new_fragments) == 1
    assert set(second["deleted"]) == before - files(site)  # the replaced fragment and index files
    assert second["deleted"], "the edit replaced search files, and the old ones are gone"
    assert second["touched"] == []  # no other object rewritten, not even its metadata
    assert set(objects(s3)) == files(site)


def test_objects_are_served_with_their_content_types(project, s3):
    site = build(project)
    publish(site, s3)
    types = objects(s3)
    assert set(types) == files(site)

    def kind(path: str) -> str:
        return types[path].split(";")[0].strip()

    assert kind("index.html") == "text/html"
    assert kind("entries/2025/chip-shortage/index.html") == "text/html"
    assert kind("feed.xml") in {"application/rss+xml", "application/xml", "text/xml"}
    assert kind("atom.xml") in {"application/atom+xml", "application/xml", "text/xml"}
    assert kind("sitemap.xml") in {"application/xml", "text/xml"}
    assert kind("feed.json") in {"application/json", "application/feed+json"}
    assert kind("schema/entry.schema.json") in {"application/json", "application/schema+json"}
    assert kind("robots.txt") == "text/plain"
    assert kind("assets/stylesheets/digest.css") == "text/css"
    assert kind("assets/javascripts/search.js") in {"text/javascript", "application/javascript"}
    assert kind("pagefind/pagefind.js") in {"text/javascript", "application/javascript"}


def test_the_script_refuses_a_folder_without_a_site(tmp_path, s3):
    ran = subprocess.run(
        ["bash", str(SCRIPT), str(tmp_path / "nothing")],
        env=s3, capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert ran.returncode == 2
    assert ran.stderr.strip() == (
        f"publish-s3: {tmp_path / 'nothing'}/index.html not found: build the site first "
        "(make build)"
    )
    assert objects(s3) == {}
