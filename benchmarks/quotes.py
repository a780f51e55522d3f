"""How well `digest quotes` does on articles it was not written against, pattern by pattern.

    python -m benchmarks.quotes                  # both splits, one table each, then the totals
    python -m benchmarks.quotes --misses         # and every miss and false proposal
    python -m benchmarks.quotes --split tuning --misses
    python -m benchmarks.quotes --adversarial    # and the time of each 1 MB hostile input
    python -m benchmarks.quotes --batch 14       # one held-out batch alone (its -b14- files)

The corpus is `tests/quote_corpus/` (its README says how it is written): whole article pages in
eight site layouts and as Markdown or plain text, each with the quotes a careful editor would
take, written by hand, and the passages that must never be proposed. Each page goes through the
command's own path (`load_article`: trafilatura and the structure kept for the proposer, then
`propose`), as `digest quotes FILE` runs it.

A proposal is *right* when its text is an expected quote (typography forgiven as `digest verify`
forgives it; the parts of a split quote may be joined with an ellipsis) and its speaker and role
are the expected ones; *false* when its text is no expected quote or its speaker is another
person's or its role another than printed; *unsure* when the proposer left the speaker empty (it
says so in a warning); *no role* when it named the right speaker but left the role empty where the
article prints one (a miss an editor fills in, not a wrong claim). Recall is right / expected;
precision is right / (right + false).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from digest.editor.articles import load_article
from digest.editor.quotes import Proposal, propose
from digest.editor.verify import normalise

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "quote_corpus"
SPLITS = ("tuning", "heldout")
PATTERNS = (
    "before",
    "split",
    "dash",
    "interview",
    "social",
    "pronoun",
    "role",
    "marks",
    "british",
    "anonymous",
)
_ELISION = re.compile(r"\s*(?:\[\s*(?:…|\.{3})\s*\]|…|\.{3})\s*")
_LEADING_ARTICLE = re.compile(r"^(?:a|an|the)\s+")
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|mx|dr|prof|sir|dame)\.?\s+")


@dataclass(frozen=True)
class Expected:
    text: str
    speaker: str | None  # None: the article leaves it open; the proposer must leave it empty
    role: str | None
    pattern: str


@dataclass(frozen=True)
class Article:
    name: str
    split: str
    pattern: str
    page: str  # the page as served (HTML, Markdown or text)
    suffix: str  # ".html", ".md" or ".txt"
    quotes: tuple[Expected, ...]
    never: tuple[str, ...]


def _fill(layout: str, data: dict[str, object], corpus: Path = CORPUS) -> str:
    page = (corpus / "layouts" / f"{layout}.html").read_text(encoding="utf-8")
    for key in ("title", "dek", "date", "org"):
        page = page.replace(f"@@{key.upper()}@@", str(data.get(key) or ""))
    return page.replace("@@BODY@@", str(data["body"]))


class CorpusError(ValueError):
    """Corpus files a measure cannot read: one line per problem, every file's at once."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def load_corpus(split: str, batch: int | None = None, corpus: Path = CORPUS) -> list[Article]:
    """The articles of one split, in file order (of one held-out batch, to measure it alone).
    A file that does not follow tests/quote_corpus/README.md is a `CorpusError`, listing what is
    wrong in every file, not a traceback from the middle of a run."""
    articles = []
    problems: list[str] = []
    pattern = f"*-b{batch}-*.yml" if batch else "*.yml"
    for path in sorted((corpus / split).glob(pattern)):
        shown = path.relative_to(corpus.parent) if corpus.parent in path.parents else path
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
            problems.append(f"{shown}: cannot be read: {str(error).splitlines()[0]}")
            continue
        found = _problems(data, corpus)
        if found:
            problems += [f"{shown}: {problem}" for problem in found]
            continue
        layout = data["layout"]
        if layout in ("markdown", "text"):
            page, suffix = str(data["body"]), ".md" if layout == "markdown" else ".txt"
        else:
            page, suffix = _fill(layout, data, corpus), ".html"
        quotes = tuple(
            Expected(str(q["text"]), q["speaker"], q.get("role"), q["pattern"])
            for q in data["quotes"]
        )
        never = tuple(str(n) for n in data.get("never") or ())
        articles.append(Article(path.stem, split, data["pattern"], page, suffix, quotes, never))
    if problems:
        raise CorpusError(problems)
    return articles


def _problems(data: object, corpus: Path) -> list[str]:
    """What keeps a corpus file from being measured (the format of the corpus's README)."""
    if not isinstance(data, dict):
        return ["is not a mapping of the corpus's fields"]
    problems = [
        f"has no {key}" for key in ("layout", "pattern", "body", "quotes") if key not in data
    ]
    layout = data.get("layout")
    page = corpus / "layouts" / f"{layout}.html"
    if layout is not None and layout not in ("markdown", "text") and not page.is_file():
        problems.append(f"layout {layout!r} is none of tests/quote_corpus/layouts/")
    named = ", ".join(PATTERNS)
    if "pattern" in data and data["pattern"] not in PATTERNS:
        problems.append(f"pattern {data['pattern']!r} is not one of {named}")
    quotes = data.get("quotes")
    if "quotes" in data and not isinstance(quotes, list):
        problems.append("quotes is not a list")
        quotes = []
    for number, quote in enumerate(quotes or (), start=1):
        if not isinstance(quote, dict):
            problems.append(f"quote {number} is not a mapping")
            continue
        for key in ("text", "speaker", "pattern"):
            if key not in quote:
                problems.append(f"quote {number} has no {key}")
        if "pattern" in quote and quote["pattern"] not in PATTERNS:
            problems.append(f"quote {number}: pattern {quote['pattern']!r} is not one of {named}")
    return problems


def proposals_for(article: Article, folder: Path) -> list[Proposal]:
    """What `digest quotes FILE` proposes for the article's page."""
    path = folder / f"{article.name}{article.suffix}"
    path.write_text(article.page, encoding="utf-8")
    return propose(load_article(str(path)).text)


# --- scoring ----------------------------------------------------------------------------------


def _norm(text: str) -> str:
    """Text compared as `digest verify` compares it, a final comma and a pair of outer marks off
    (a nested quote that ends the quote keeps its closing mark: `called them "the trolleys",`)."""
    text = normalise(text).strip().rstrip(" ,.;:")
    if len(text) > 1 and text[0] in "\"'" and text[-1] == text[0]:
        text = text[1:-1].strip().rstrip(" ,.;:")
    return text.casefold()


def _norm_role(role: str | None) -> str:
    return _LEADING_ARTICLE.sub("", _norm(role or ""))


def _norm_speaker(speaker: str | None) -> str:
    return _HONORIFIC.sub("", _norm(speaker or ""))


@dataclass
class Row:
    expected: int = 0
    right: int = 0
    false: int = 0
    unsure: int = 0
    no_role: int = 0  # right speaker, role left empty where one is printed

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        said = self.right + self.false
        return self.right / said if said else 1.0

    def add(self, other: Row) -> None:
        self.expected += other.expected
        self.right += other.right
        self.false += other.false
        self.unsure += other.unsure
        self.no_role += other.no_role


@dataclass
class Score:
    rows: dict[str, Row] = field(default_factory=lambda: {p: Row() for p in PATTERNS})
    notes: list[str] = field(default_factory=list)  # misses and false proposals, one line each

    @property
    def total(self) -> Row:
        total = Row()
        for row in self.rows.values():
            total.add(row)
        return total


def _matches(proposal: Proposal, quotes: Sequence[Expected]) -> list[Expected]:
    """The expected quotes a proposal stands for: one, or the parts of a joined split quote."""
    text = _norm(proposal.text)
    whole = [q for q in quotes if _norm(q.text) == text]
    if whole:
        return whole[:1]
    parts = [p for p in _ELISION.split(proposal.text) if _norm(p)]
    if len(parts) < 2:
        return []
    found = []
    for part in parts:
        match = next((q for q in quotes if _norm(q.text) == _norm(part)), None)
        if match is None:
            return []
        found.append(match)
    return found


def _is_right(proposal: Proposal, quote: Expected) -> bool:
    if quote.speaker is None:
        return not proposal.speaker
    return _norm_speaker(proposal.speaker) == _norm_speaker(quote.speaker) and _norm_role(
        proposal.role
    ) == _norm_role(quote.role)


def _role_left_empty(proposal: Proposal, quote: Expected) -> bool:
    """The right person with no role where one is printed: a miss, never a wrong claim."""
    same = _norm_speaker(proposal.speaker) == _norm_speaker(quote.speaker)
    return same and not proposal.role and quote.role is not None


def score_article(article: Article, proposals: Iterable[Proposal], score: Score) -> None:
    seen: set[Expected] = set()
    for proposal in proposals:
        matched = _matches(proposal, article.quotes)
        if not matched:
            text = _norm(proposal.text)
            never = any(_norm(n) in text or text in _norm(n) for n in article.never)
            score.rows[article.pattern].false += 1
            kind = "never" if never else "not a quote"
            score.notes.append(
                f"{article.name}: false ({kind}): {proposal.speaker!r}: {proposal.text[:80]}"
            )
            continue
        for quote in matched:
            row = score.rows[quote.pattern]
            if quote in seen:
                row.false += 1
                score.notes.append(f"{article.name}: proposed twice: {quote.text[:80]}")
            elif not proposal.speaker and quote.speaker is not None:
                row.unsure += 1
                score.notes.append(f"{article.name}: unsure: {quote.text[:80]}")
            elif _is_right(proposal, quote):
                row.right += 1
            elif _role_left_empty(proposal, quote):
                row.no_role += 1
                score.notes.append(
                    f"{article.name}: no role: {proposal.speaker!r} "
                    f"(expected {quote.role!r}): {quote.text[:60]}"
                )
            else:
                row.false += 1
                score.notes.append(
                    f"{article.name}: wrong: {proposal.speaker!r} / {proposal.role!r} "
                    f"(expected {quote.speaker!r} / {quote.role!r}): {quote.text[:60]}"
                )
            seen.add(quote)
    for quote in article.quotes:
        score.rows[quote.pattern].expected += 1
        if quote not in seen:
            score.notes.append(f"{article.name}: missed: {quote.speaker}: {quote.text[:80]}")


def measure(split: str, batch: int | None = None, corpus: Path = CORPUS) -> Score:
    score = Score()
    with tempfile.TemporaryDirectory() as folder:
        for article in load_corpus(split, batch, corpus):
            score_article(article, proposals_for(article, Path(folder)), score)
    return score


def table(score: Score, title: str) -> str:
    lines = [
        f"{title}",
        "",
        "| pattern | quotes | right | recall | false | precision | unsure | no role |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    rows = [(name, row) for name, row in score.rows.items() if row.expected or row.false]
    for name, row in [*rows, ("**all**", score.total)]:
        lines.append(
            f"| {name} | {row.expected} | {row.right} | {row.recall:.0%} | {row.false} "
            f"| {row.precision:.0%} | {row.unsure} | {row.no_role} |"
        )
    return "\n".join(lines)


MB = 1_000_000
# Hostile inputs of a megabyte each (tests/test_quotes_patterns.py runs them too): every one
# must end in a fraction of a second, whatever its shape.
ADVERSARIAL = {
    "opening marks": "“" * MB,
    "straight marks": '"a" ' * (MB // 4),
    "capitalised words": "Ann Bo Cy Di Ed Fay Gus Hal " * (MB // 28),
    "attributed quotes": "“Some words in a quote here,” said Ann Example. " * (MB // 48),
    "speech verbs": "said " * (MB // 5) + "“words words words words”",
    "apostrophes": "‘" + "we’re " * (MB // 6),
    "initials": "A. " * (MB // 3) + "“a quote with some words” he said",
    "pronouns": "Jo Doe met Al Roe. “We will win this one,” she said. " * (MB // 52),
    "one sentence": "Jane Doe, an analyst at Acme, " * (MB // 30) + "said: “We are fine.”",
    "labels": "".join(f"Name{i} Person: answer number {i} here?\n" for i in range(MB // 35)),
    "block quotes": "> “A quoted line of words here.”\n> — Jane Doe, CEO\n" * (MB // 50),
    "dashes": "“Words of a quote here” — " * (MB // 26),
    "single marks": "‘a b c’ x’ " * (MB // 11),
    "lines": "“Quote of words here”\n" * (MB // 22),
    "commas": "Doe, " * (MB // 5) + "said “a b c d”",
    "names and quotes": "“Some words here,” Ann Bee said to Cy Dee. " * (MB // 44),
    "namesakes": "".join(
        f"{a}{b}{c}o Hollis spoke. “Words in a quote,” Mr Hollis said. {a}{b}{c}o: Yes it is.\n"
        for a in "BCDFGHJKLMNPRSTVWZ"
        for b in "aeiou"
        for c in "bcdfglmnprstvz"
    )
    * 12,
}


def adversarial() -> str:
    """Processor time of `propose` on each hostile megabyte, as a table."""
    lines = ["| hostile input (1 MB) | seconds |", "| --- | ---: |"]
    for name, text in ADVERSARIAL.items():
        start = time.process_time()
        propose(text)
        lines.append(f"| {name} | {time.process_time() - start:.2f} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=(*SPLITS, "both"), default="both")
    parser.add_argument("--misses", action="store_true", help="list misses and false proposals")
    parser.add_argument("--adversarial", action="store_true", help="time hostile 1 MB inputs")
    parser.add_argument("--batch", type=int, help="one held-out batch alone (its -bN- files)")
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="the corpus folder (tests/quote_corpus)"
    )
    args = parser.parse_args(argv)
    splits = SPLITS if args.split == "both" else (args.split,)
    if args.batch:
        splits = ("heldout",)
    unreadable = []
    for split in splits:
        try:
            load_corpus(split, args.batch, args.corpus)
        except CorpusError as error:
            unreadable += error.problems
    if unreadable:
        for line in unreadable:
            print(f"error: {line}", file=sys.stderr)
        return 2
    overall = Score()
    for split in splits:
        score = measure(split, args.batch, args.corpus)
        count = len(load_corpus(split, args.batch, args.corpus))
        print(table(score, f"Quote proposer, {split} split ({count} articles)"))
        print()
        if args.misses:
            for note in score.notes:
                print("   ", note)
            print()
        for name, row in score.rows.items():
            overall.rows[name].add(row)
    if len(splits) > 1:
        print(table(overall, "Quote proposer, both splits"))
    if args.adversarial:
        print()
        print(adversarial())
    return 0


if __name__ == "__main__":
    sys.exit(main())
