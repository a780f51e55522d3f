"""The editor's tools: what editors and reviewers run beside the build.

Fetching articles (one bounded HTTP client), proposing and verifying quotes, scaffolding a new
entry, editing taxonomies, link health, and a branch's summary for a pull request.
"""
