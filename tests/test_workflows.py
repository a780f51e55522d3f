"""The GitHub workflows: valid against the workflow schema, and safe where it matters."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.y*ml"))


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
    assert pr["permissions"] == {"contents": "read"}
    # Untrusted values reach the shell through the environment, never spliced into a script.
    assert "${{" not in commands


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
    assert "build: check" in makefile, "make build must validate before it builds"


def test_link_health_is_scheduled_and_files_an_issue_instead_of_blocking():
    links = load("links.yml")
    assert set(links["on"]) == {"schedule", "workflow_dispatch"}
    assert "pull_request" not in links["on"] and "push" not in links["on"]
    commands = runs(links)
    assert "digest links --format markdown" in commands
    assert "--label link-health" in commands
    assert "gh issue edit" in commands and "gh issue create" in commands
    assert links["permissions"]["issues"] == "write"


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
