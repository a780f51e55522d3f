"""The GitHub workflows: valid against the workflow schema, and safe where it matters."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.y*ml"))
SHA_PIN = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$")


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: run `make test`, which installs the dev extras")
    return found


def load(name: str) -> dict:
    data = yaml.safe_load((REPO / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def uses(workflow: dict) -> list[str]:
    return [step["uses"].split("@")[0] for step in steps(workflow) if "uses" in step]


def runs(workflow: dict) -> str:
    return "\n".join(step.get("run", "") for step in steps(workflow))


def all_workflows() -> dict[str, dict]:
    return {path.name: load(path.name) for path in WORKFLOWS}


def named(workflow: dict, name: str) -> dict:
    (step,) = [s for s in steps(workflow) if s.get("name") == name]
    return step


def run_step(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run a step's script the way GitHub runs `shell: bash`."""
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=cwd,
        env={"PATH": os.environ["PATH"], "HOME": str(cwd), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_four_workflows_exist():
    assert {p.name for p in WORKFLOWS} >= {"pr.yml", "pr-comment.yml", "deploy.yml", "links.yml"}


def test_every_workflow_validates_against_the_github_schema():
    result = subprocess.run(
        [_tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows",
         *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
        timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n")
    result = subprocess.run(
        [_tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(broken)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1


def test_pull_requests_are_tested_validated_built_and_summarised():
    pr = load("pr.yml")
    assert "pull_request" in pr["on"]
    commands = runs(pr)
    assert "make test" in commands
    assert ".venv/bin/digest check --format github" in commands
    assert ".venv/bin/mkdocs build --strict" in commands
    assert '.venv/bin/digest summary --base "origin/$BASE_REF"' in commands
    setup = next(s for s in steps(pr) if s.get("uses", "").startswith("actions/setup-python"))
    assert setup["with"]["cache"] == "pip"
    artifacts = [s["with"]["name"] for s in steps(pr) if "upload-artifact" in s.get("uses", "")]
    assert set(artifacts) == {"site", "pr-comment"}
    assert pr["permissions"] == {}
    assert pr["jobs"]["check"]["permissions"] == {"contents": "read"}
    assert pr["defaults"]["run"]["shell"] == "bash", "bash gives the scripts -o pipefail"


def test_the_comment_workflow_is_fork_safe():
    comment = load("pr-comment.yml")
    assert set(comment["on"]) == {"workflow_run"}
    assert comment["on"]["workflow_run"]["workflows"] == [load("pr.yml")["name"]]
    assert "pull_request_target" not in comment["on"]
    assert "actions/checkout" not in uses(comment), "it must never check out the PR's code"
    assert not runs(comment).strip(), "it must never run a shell command on the PR's data"
    job = comment["jobs"]["comment"]
    assert job["permissions"]["pull-requests"] == "write"
    assert comment["permissions"] == {}
    script = next(s for s in steps(comment) if "github-script" in s.get("uses", ""))
    code = script["with"]["script"]
    assert "<!-- digest-summary -->" in code
    assert "updateComment" in code and "createComment" in code
    assert "workflow_run.head_sha" in code


def test_deploy_runs_only_for_main_and_validates_before_publishing():
    deploy = load("deploy.yml")
    # Push to main, and a schedule (which GitHub runs on the default branch only) so that
    # entries scheduled with a future `added` appear on time; never for pull requests.
    assert set(deploy["on"]) == {"push", "schedule", "workflow_dispatch"}
    assert deploy["on"]["push"]["branches"] == ["main"]
    assert deploy["on"]["schedule"][0]["cron"]
    assert "make build" in runs(deploy)
    assert "actions/upload-pages-artifact" in uses(deploy)
    assert "actions/deploy-pages" in uses(deploy)
    job = deploy["jobs"]["deploy"]
    assert job["needs"] == "build"
    assert job["permissions"] == {"pages": "write", "id-token": "write"}
    makefile = (REPO / "Makefile").read_text()
    assert "build: validate" in makefile, "make build must validate before it builds"


def test_link_health_is_scheduled_and_files_an_issue_instead_of_blocking():
    links = load("links.yml")
    assert set(links["on"]) == {"schedule", "workflow_dispatch"}
    assert "pull_request" not in links["on"] and "push" not in links["on"]
    commands = runs(links)
    assert "digest links --format markdown" in commands
    assert ".venv/bin/digest verify > quotes.txt" in commands, "quotes are re-verified weekly"
    assert "--label link-health" in commands
    assert "gh issue edit" in commands and "gh issue create" in commands
    assert links["jobs"]["links"]["permissions"] == {"contents": "read", "issues": "write"}


def test_deploy_publishes_to_pages_or_s3_as_a_repository_variable_says():
    deploy = load("deploy.yml")
    jobs = deploy["jobs"]
    pages, s3 = "vars.DEPLOY_TARGET != 's3'", "vars.DEPLOY_TARGET == 's3'"
    assert jobs["deploy"]["if"] == pages
    assert jobs["publish-s3"]["if"] == s3
    assert jobs["publish-s3"]["needs"] == "build"  # only content that validated is published
    upload = [s for s in jobs["build"]["steps"] if "upload-pages-artifact" in s.get("uses", "")]
    assert [s["if"] for s in upload] == [pages]
    publish = jobs["publish-s3"]["steps"][-1]
    assert publish["run"] == "make publish-s3"
    assert "publish-s3:" in (REPO / "Makefile").read_text()
    # The bucket's keys reach that one step of that one job, in its own environment.
    assert jobs["publish-s3"]["environment"]["name"] == "s3"
    for name, job in jobs.items():
        for step in job["steps"]:
            keys = [v for v in step.get("env", {}).values() if "secrets.S3_" in str(v)]
            assert not keys or step is publish, f"{name}: {step.get('name')}"
    assert set(publish["env"]) >= {"S3_BUCKET", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"}


def test_every_job_has_a_timeout():
    result = subprocess.run(
        [_tool("check-jsonschema"), "--builtin-schema", "custom.github-workflows-require-timeout",
         *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
        timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_issue_form_validates():
    form = REPO / ".github" / "ISSUE_TEMPLATE" / "suggest-article.yml"
    result = subprocess.run(
        [_tool("check-jsonschema"), "--builtin-schema", "vendor.github-issue-forms", str(form)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    ids = [item.get("id") for item in yaml.safe_load(form.read_text())["body"]]
    assert "url" in ids and "quotes" in ids


def test_the_pre_commit_hook_checks_changed_content_files():
    import re

    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text())
    (hook,) = [h for repo in config["repos"] for h in repo["hooks"] if h["id"] == "digest-check"]
    assert hook["entry"] == ".venv/bin/digest check"
    assert hook["language"] == "system" and hook["pass_filenames"] is True
    pattern = re.compile(hook["files"])
    assert pattern.search("content/entries/2024/some-entry.md")
    assert pattern.search("content/topics.yml")
    assert not pattern.search("digest/cli.py")


def test_the_pull_request_template_asks_for_one_article_and_the_quote_policy():
    template = (REPO / ".github" / "PULL_REQUEST_TEMPLATE.md").read_text()
    assert "One article per pull request" in template
    assert "verbatim" in template and "Machine-written text" in template


# --- Hardening (issue 10, point 5) -------------------------------------------------------------


def test_every_action_is_pinned_to_a_commit_with_its_version_in_a_comment():
    for path in WORKFLOWS:
        workflow = load(path.name)
        refs = [s["uses"] for s in steps(workflow) if "uses" in s]
        assert refs, path.name
        for ref in refs:
            assert SHA_PIN.match(ref), f"{path.name}: {ref} is not pinned to a full commit SHA"
        # The version lives in a comment, which YAML drops: read the lines themselves.
        lines = [ln for ln in path.read_text().splitlines() if re.match(r"\s*(- )?uses:", ln)]
        assert len(lines) == len(refs), f"{path.name}: every `uses:` on a line of its own"
        for line in lines:
            assert re.search(r"@[0-9a-f]{40} # v\d+(\.\d+){2}$", line), f"{path.name}: {line}"


def test_every_checkout_drops_its_credentials():
    checkouts = 0
    for name, workflow in all_workflows().items():
        for step in steps(workflow):
            if step.get("uses", "").startswith("actions/checkout@"):
                checkouts += 1
                assert step.get("with", {}).get("persist-credentials") is False, name
    assert checkouts == 4  # pr, deploy (build and publish-s3), links; pr-comment never checks out


def test_permissions_are_granted_per_job_and_nothing_more():
    expected = {
        "pr.yml": {"check": {"contents": "read"}},
        "pr-comment.yml": {"comment": {"actions": "read", "pull-requests": "write"}},
        "deploy.yml": {
            "build": {"contents": "read"},
            "deploy": {"pages": "write", "id-token": "write"},
            "publish-s3": {"contents": "read"},
        },
        "links.yml": {"links": {"contents": "read", "issues": "write"}},
    }
    for name, workflow in all_workflows().items():
        assert workflow["permissions"] == {}, f"{name}: the top level grants nothing"
        granted = {job: spec.get("permissions") for job, spec in workflow["jobs"].items()}
        assert granted == expected[name], name


def test_no_expression_is_spliced_into_a_script():
    """Values from the event (branch names, titles, file names) reach code only through env."""
    scripts = 0
    for name, workflow in all_workflows().items():
        for step in steps(workflow):
            code = step.get("run", "") + step.get("with", {}).get("script", "")
            scripts += bool(code)
            assert "${{" not in code, f"{name}: {step.get('name', step.get('uses'))}"
    assert scripts >= 10


def test_zizmor_finds_nothing_offline():
    zizmor = Path(sys.executable).parent / "zizmor"
    found = str(zizmor) if zizmor.exists() else shutil.which("zizmor")
    if found is None:
        pytest.skip("zizmor is not installed (it is in the dev extra: `make test` installs it)")
    result = subprocess.run(
        [found, "--offline", "--color", "never", str(REPO / ".github" / "workflows")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # The one accepted finding is justified where it is ignored.
    assert "(1 ignored)" in result.stdout + result.stderr
    comment = (REPO / ".github" / "workflows" / "pr-comment.yml").read_text()
    assert re.search(r"workflow_run: # zizmor: ignore\[dangerous-triggers\] \S+", comment)


def test_zizmor_catches_an_unpinned_action(tmp_path):
    zizmor = Path(sys.executable).parent / "zizmor"
    found = str(zizmor) if zizmor.exists() else shutil.which("zizmor")
    if found is None:
        pytest.skip("zizmor is not installed (it is in the dev extra: `make test` installs it)")
    (tmp_path / "w.yml").write_text(
        "on: push\npermissions: {}\njobs:\n  x:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - uses: actions/checkout@v5\n"
    )
    result = subprocess.run(
        [found, "--offline", "--color", "never", str(tmp_path / "w.yml")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "unpinned-uses" in result.stdout and "artipacked" in result.stdout


# --- Quote verification in pull requests (issue 12, point 4) ------------------------------------


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
        cwd=cwd, check=True, capture_output=True, timeout=30,
    )  # fmt: skip


def _stub_digest(repo: Path) -> Path:
    """A stand-in `.venv/bin/digest` that records its arguments, NUL-separated."""
    log = repo / "digest-args"
    stub = repo / ".venv" / "bin" / "digest"
    stub.parent.mkdir(parents=True)
    stub.write_text(f"#!/bin/sh\nprintf '%s\\0' \"$@\" > '{log}'\n")
    stub.chmod(0o755)
    return log


def _pr_repo(tmp_path: Path, changes: dict[str, str | None]) -> Path:
    """A clone-like repo: origin/main holds two entries, HEAD is the PR with `changes`."""
    repo = tmp_path / "repo"
    entries = repo / "content" / "entries" / "2024"
    entries.mkdir(parents=True)
    (entries / "kept.md").write_text("kept\n")
    (entries / "edited.md").write_text("before\n")
    (entries / "removed.md").write_text("gone soon\n")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "base")
    _git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")
    _git(repo, "checkout", "-q", "-b", "pr")
    for name, text in changes.items():
        path = repo / name
        if text is None:
            path.unlink()
        elif text.startswith("->"):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.symlink_to(text[2:])
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "pr")
    return repo


def _list_and_verify(repo: Path, tmp_path: Path) -> tuple[str, list[str] | None]:
    """Run pr.yml's two steps as GitHub would; the count and what `digest verify` received."""
    pr = load("pr.yml")
    listing = named(pr, "List the entries this pull request adds or changes")
    verify = named(pr, "Verify the quotes of the changed entries against their sources")
    runner_temp, output = tmp_path / "runner", tmp_path / "output"
    runner_temp.mkdir()
    env = {"RUNNER_TEMP": str(runner_temp), "GITHUB_OUTPUT": str(output)}
    log = _stub_digest(repo)
    result = run_step(listing["run"], repo, {**env, **listing["env"], "BASE_REF": "main"})
    assert result.returncode == 0, result.stderr
    (count,) = re.findall(r"^count=(.*)$", output.read_text(), re.M)
    if count == "0":
        return count, None
    result = run_step(verify["run"], repo, env)
    assert result.returncode == 0, result.stderr
    return count, log.read_bytes().decode().split("\0")[:-1]


def test_the_verify_step_gets_exactly_the_added_and_changed_entries(tmp_path):
    hostile = [
        "content/entries/2025/$(touch PWNED).md",
        "content/entries/2025/a b;touch PWNED.md",
        "content/entries/2025/line\nbreak.md",
        "content/entries/2025/-rf.md",
        "content/entries/2025/`touch PWNED`.md",
        "content/entries/2025/deeper/nested.md",
    ]
    changes: dict[str, str | None] = dict.fromkeys(hostile, "new\n")
    changes |= {
        "content/entries/2024/edited.md": "after\n",
        "content/entries/2024/removed.md": None,
        "content/entries/2025/notes.txt": "not an entry\n",
        "content/about.md": "not an entry either\n",
        "docs/guide.md": "outside content\n",
        "content/entries/2025/link.md": "->/etc/hostname",
    }
    repo = _pr_repo(tmp_path, changes)
    count, args = _list_and_verify(repo, tmp_path)
    assert args is not None
    assert args[:3] == ["verify", "--format", "github"]
    assert args[3] == "--", "names are never read as options"
    assert sorted(args[4:]) == sorted([*hostile, "content/entries/2024/edited.md"])
    assert count == "7"
    assert not list(tmp_path.rglob("PWNED")), "a file name was run as a command"


def test_the_verify_step_is_skipped_when_no_entry_changes(tmp_path):
    repo = _pr_repo(tmp_path, {"README.md": "docs only\n", "content/entries/2024/kept.md": None})
    count, args = _list_and_verify(repo, tmp_path)
    assert count == "0" and args is None
    verify = named(load("pr.yml"), "Verify the quotes of the changed entries against their sources")
    assert "steps.changed.outputs.count != '0'" in verify["if"]
    assert "steps.changed.outcome == 'success'" in verify["if"]


# --- Build cache (issue 14, point 1) ------------------------------------------------------------


def _cache_step(workflow: dict) -> dict:
    """The workflow's cache step (in deploy.yml, the build job's: publish-s3 restores what
    that job saved)."""
    jobs = workflow["jobs"]
    job_steps = jobs["build"]["steps"] if "build" in jobs else steps(workflow)
    (step,) = [
        s for s in job_steps if s.get("uses", "").startswith(("actions/cache@", "actions/cache/"))
    ]
    return step


def test_deploy_and_pull_requests_keep_the_build_cache():
    for name, command in (("deploy.yml", "make build"), ("pr.yml", "mkdocs build --strict")):
        workflow = load(name)
        cache = _cache_step(workflow)
        assert cache["with"]["path"] == ".cache/digest/"
        key = cache["with"]["key"]
        for part in ("runner.os", "steps.python.outputs.python-version", "'pyproject.toml'",
                     "'constraints.txt'", "'digest/**'"):  # fmt: skip
            assert part in key, f"{name}: the key lacks {part}"
        assert len(cache["with"]["restore-keys"].splitlines()) >= 2, "partial hits are restored"
        order = steps(workflow)
        builds = [i for i, s in enumerate(order) if command in s.get("run", "")]
        assert order.index(cache) < builds[0], f"{name}: restore the cache before building"


def test_pull_requests_restore_the_deploy_cache_and_never_save_one():
    """A pull request's code could write anything into a cache it saves; it saves none."""
    pr = load("pr.yml")
    uses = [s.get("uses", "") for s in steps(pr)]
    assert not any(u.startswith("actions/cache@") or "actions/cache/save" in u for u in uses)
    restore = _cache_step(pr)
    assert restore["uses"].startswith("actions/cache/restore@")
    keys = [restore["with"]["key"], *restore["with"]["restore-keys"].splitlines()]
    assert all(k.strip().startswith("digest-build-deploy-") for k in keys)
    deploy = _cache_step(load("deploy.yml"))["with"]
    assert deploy["key"].startswith("digest-build-deploy-")
    assert "github.run_id" in deploy["key"]  # each deploy saves its fresh cache
    deploy_restores = deploy["restore-keys"].splitlines()
    assert deploy_restores and all(k.startswith("digest-build-deploy-") for k in deploy_restores)


def test_the_cache_secret_reaches_the_deploy_build_only():
    build = named(load("deploy.yml"), "Validate the content and build the site")
    assert build["env"]["DIGEST_CACHE_SECRET"] == "${{ secrets.DIGEST_CACHE_SECRET }}"
    for name in ("pr.yml", "pr-comment.yml", "links.yml"):
        assert "DIGEST_CACHE_SECRET" not in (REPO / ".github" / "workflows" / name).read_text()


# --- The weekly check reports quotes into its issue ---------------------------------------------


def _stub_gh(tmp_path: Path, open_issue: str) -> tuple[Path, Path]:
    bin_dir, log = tmp_path / "bin", tmp_path / "gh.log"
    bin_dir.mkdir()
    gh = bin_dir / "gh"
    gh.write_text(
        "#!/bin/sh\n"
        f"echo \"$*\" >> '{log}'\n"
        f'case "$1 $2" in "issue list") printf "%s" "{open_issue}";; esac\n'
    )
    gh.chmod(0o755)
    return bin_dir, log


@pytest.mark.parametrize(
    ("links", "quotes", "open_issue", "expected", "exit_code"),
    [
        ("0", "1", "", ["issue create --title"], 0),
        ("1", "0", "7", ["issue edit 7 --body-file body.md"], 0),
        ("0", "0", "7", ["issue comment 7", "issue close 7"], 0),
        ("0", "0", "", [], 0),
        ("1", "2", "7", ["issue edit 7 --body-file body.md"], 1),
        ("0", "2", "7", [], 1),
    ],
)
def test_the_tracking_issue_follows_links_and_quotes(
    tmp_path, links, quotes, open_issue, expected, exit_code
):
    step = named(load("links.yml"), "Open, update or close the tracking issue")
    bin_dir, log = _stub_gh(tmp_path, open_issue)
    (tmp_path / "links.md").write_text("# Links\n")
    (tmp_path / "quotes.md").write_text("## Quotes\n")
    env = {**step["env"], "LINKS": links, "QUOTES": quotes, "RUN_URL": "https://run.invalid/1"}
    env["PATH"] = f"{bin_dir}:{os.environ['PATH']}"
    result = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == exit_code, result.stdout + result.stderr
    calls = [c for c in log.read_text().splitlines() if not c.startswith(("label", "issue list"))]
    assert len(calls) == len(expected), calls
    for call, start in zip(calls, expected, strict=True):
        assert call.startswith(start), calls
    body = (tmp_path / "body.md").read_text()
    assert body.startswith("# Links\n## Quotes\n") and "https://run.invalid/1" in body
    if exit_code:
        assert "::error::digest verify could not run (exit 2)" in result.stdout


def test_source_text_lands_in_the_issue_as_an_inert_code_block():
    script = REPO / ".github" / "scripts" / "code_block.py"
    hostile = 'a.md:3: error: closest: "```` @alice\n# Heading\n<img src=x>"\r\n'
    result = subprocess.run(
        [sys.executable, str(script)], input=hostile.encode(), capture_output=True, timeout=30
    )
    assert result.returncode == 0
    assert result.stdout.decode() == (
        '`````text\na.md:3: error: closest: "```` @alice\n# Heading\n<img src=x>"\n`````\n'
    )
    long = subprocess.run(
        [sys.executable, str(script)], input=b"x" * 40_000, capture_output=True, timeout=30
    ).stdout.decode()
    assert long == "```text\n" + "x" * 30_000 + "\n```\n\n(cut short: the run's log has the rest)\n"


# --- The comment workflow treats the summary as hostile (issue 10) ------------------------------


def _run_comment_script(tmp_path: Path, summary: str, head_sha: str, comments: list[dict]) -> dict:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: the comment script is JavaScript")
    step = named(load("pr-comment.yml"), "Create or update the comment")
    (tmp_path / "pr-comment").mkdir()
    (tmp_path / "pr-comment" / "number").write_text("12\n")
    (tmp_path / "pr-comment" / "summary.md").write_text(summary)
    harness = tmp_path / "harness.js"
    harness.write_text(
        """
const calls = [];
const fail = [];
const github = {
  rest: { pulls: { get: async () => ({ data: { head: { sha: 'abc' } } }) },
          issues: { listComments: 'list',
                    updateComment: async (a) => { calls.push(['update', a]); },
                    createComment: async (a) => { calls.push(['create', a]); } } },
  paginate: async () => JSON.parse(process.env.COMMENTS),
};
const context = { repo: { owner: 'o', repo: 'r' },
                  payload: { workflow_run: { head_sha: process.env.HEAD_SHA } } };
const core = { info: () => {}, setFailed: (m) => fail.push(m) };
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
new AsyncFunction('require', 'github', 'context', 'core', process.env.SCRIPT)(
  require, github, context, core).then(() => console.log(JSON.stringify({ calls, fail })));
"""
    )
    env = {
        "PATH": os.environ["PATH"],
        "SCRIPT": step["with"]["script"],
        "HEAD_SHA": head_sha,
        "COMMENTS": json.dumps(comments),
    }
    result = subprocess.run(
        [node, str(harness)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_comment_neutralises_mentions_from_the_summary(tmp_path):
    out = _run_comment_script(tmp_path, "Thanks @octocat and @org/team!\n", "abc", [])
    ((kind, args),) = out["calls"]
    assert kind == "create" and args["issue_number"] == 12
    assert args["body"] == ("<!-- digest-summary -->\nThanks @\u200boctocat and @\u200borg/team!\n")


@pytest.mark.parametrize(
    "written", ["&#64;octocat", "&commat;octocat", "&#x40;octocat", "&#064;octocat", "&#X40octocat"]
)
def test_the_comment_neutralises_mentions_written_as_character_references(tmp_path, written):
    """Issue 26: GitHub renders these as @octocat, and then mentions."""
    out = _run_comment_script(tmp_path, f"Thanks {written} and &#x40;org/team!\n", "abc", [])
    ((_, args),) = out["calls"]
    assert args["body"] == "<!-- digest-summary -->\nThanks @\u200boctocat and @\u200borg/team!\n"


def test_the_comment_leaves_other_references_alone(tmp_path):
    text = "&#64;&#8203;safe (our own escaping), &#6412; &amp; &#38;#64;x\n"
    out = _run_comment_script(tmp_path, text, "abc", [])
    ((_, args),) = out["calls"]
    assert args["body"] == f"<!-- digest-summary -->\n@&#8203;safe (our own escaping), {text[37:]}"


def test_the_comment_updates_only_its_own_bot_comment(tmp_path):
    marker = "<!-- digest-summary -->"
    comments = [
        {"id": 1, "user": {"login": "mallory", "type": "User"}, "body": marker},
        {"id": 2, "user": {"login": "other[bot]", "type": "Bot"}, "body": marker},
        {"id": 3, "user": {"login": "github-actions[bot]", "type": "Bot"}, "body": marker},
    ]
    out = _run_comment_script(tmp_path, "x", "abc", comments)
    ((kind, args),) = out["calls"]
    assert kind == "update" and args["comment_id"] == 3


def test_the_comment_skips_a_pull_request_that_moved_on(tmp_path):
    out = _run_comment_script(tmp_path, "x", "def", [])
    assert out == {"calls": [], "fail": []}
