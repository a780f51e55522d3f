"""A deterministic synthetic digest: N entries plus matching taxonomies, in a temporary folder.

Never published and never committed: every name, quote and URL here is obviously synthetic
(example.com/.org/.net hosts, "Person NNN"). Two shapes:

- `long` (the scale issue's): about 400 words of body, 1-3 quotes, 1-3 topics and 2-6
  organizations; N/4 people, a few quoted often, most rarely.
- `short` (issue 22's held-back kind): short write-ups of about 170 words, three quotes in the
  front matter each, and many more speakers (about 1.5 per entry, most quoted once or twice):
  the per-entry work outside Markdown (people pages, listings, theming) weighs more.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from pathlib import Path

from digest.content.validation.taxonomy import MAX_RECORDS

WORDS = (
    "model training inference compute cluster open weights benchmark release funding round "
    "startup enterprise adoption regulation safety research lab chips datacenter latency "
    "agents evaluation dataset licence governance partnership cloud revenue pricing developers "
    "platform API tokens context window fine-tuning alignment policy hardware accelerator energy"
).split()
END = dt.date(2025, 12, 31)
SHAPES = ("long", "short")  # the last date a synthetic entry may carry

MKDOCS_YML = """site_name: Synthetic Digest
site_url: https://digest.example.org/
site_description: A synthetic digest for tests and benchmarks.
docs_dir: content
theme:
  name: material
  custom_dir: {overrides}
  font: false
nav:
  - Home: index.md
  - Editions: editions/index.md
  - Topics: topics/index.md
  - Organizations: organizations/index.md
  - People: people/index.md
  - Archive: archive/index.md
  - Feeds: feeds/index.md
plugins:
  - digest:
      page_size: {page_size}
markdown_extensions:
  - attr_list
  - md_in_html
  - toc:
      permalink: true
"""


SYLLABLES = "ka lo mi ne ru sa ti vo pe da gu zi fo le ma ni ro su te va".split()


class Vocabulary:
    """Words drawn as in real text (Zipf: a few words often, most rarely): WORDS first, then
    made-up words (`kalomi`), for a search benchmark whose index looks like a real one's."""

    def __init__(self, size: int) -> None:
        made = []
        for i in range(max(0, size - len(WORDS))):
            digits, n = [], i + len(SYLLABLES)  # at least two syllables
            while n:
                n, d = divmod(n, len(SYLLABLES))
                digits.append(SYLLABLES[d])
            made.append("".join(digits))
        self.words = [*WORDS, *made]
        weights = [1 / (rank + 1) for rank in range(len(self.words))]
        self.cumulative = list(itertools.accumulate(weights))

    def draw(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cumulative, k=count)


def _sentence(rng: random.Random, words: int, vocabulary: Vocabulary | None = None) -> str:
    drawn = vocabulary.draw(rng, words) if vocabulary else [rng.choice(WORDS) for _ in range(words)]
    text = " ".join(drawn)
    return text[0].upper() + text[1:] + "."


def _paragraph(rng: random.Random, words: int, vocabulary: Vocabulary | None = None) -> str:
    out, count = [], 0
    while count < words:
        n = rng.randint(8, 20)
        out.append(_sentence(rng, n, vocabulary))
        count += n
    return " ".join(out)


def generate(
    root: Path,
    n: int,
    *,
    seed: int = 1,
    topics: int = 30,
    organizations: int | None = None,
    people: int | None = None,
    words: int | None = None,
    page_size: int = 50,
    overrides: str | None = None,
    shape: str = "long",
    vocabulary: int = 0,
) -> Path:
    """Write `root/content/...` and `root/mkdocs.yml`; return the content folder. With a
    `vocabulary` (a number of words), write-ups draw from that many words as real text does;
    without, from the 40 WORDS evenly (the build benchmarks' corpus, unchanged)."""
    if shape not in SHAPES:
        raise ValueError(f"shape must be one of {sorted(SHAPES)}")
    short = shape == "short"
    words = words or (170 if short else 400)
    rng = random.Random(seed)
    words_of = Vocabulary(vocabulary) if vocabulary else None
    content = root / "content"
    (content / "entries").mkdir(parents=True, exist_ok=True)
    # One organization for 30 entries, at most what organizations.yml may hold (README, limits).
    organizations = organizations or min(max(20, n // 30), MAX_RECORDS["Organization"])
    people = people or max(20, n * 3 // 2 if short else n // 4)

    topic_slugs = [f"topic-{i:03d}" for i in range(topics)]
    with (content / "topics.yml").open("w", encoding="utf-8") as out:
        for slug in topic_slugs:
            out.write(
                f"{slug}:\n  name: Topic {slug[6:]}\n  description: Synthetic topic {slug[6:]}.\n"
            )
    org_slugs = [f"org-{i:04d}" for i in range(organizations)]
    with (content / "organizations.yml").open("w", encoding="utf-8") as out:
        for i, slug in enumerate(org_slugs):
            out.write(
                f"{slug}:\n  name: Org {i:04d}\n  aliases: [Org {i:04d} Inc]\n"
                f"  url: https://org{i}.example.com/\n  description: Synthetic organization {i}.\n"
            )

    start = dt.date(2020, 1, 1)
    # About 0.6 entries a day; a large corpus is squeezed into 2020-2025 instead, so that no
    # entry is dated in the future (the build would leave it out as scheduled).
    span = (END - start).days
    step = (5, 3) if (n - 1) * 5 // 3 <= span else (span, max(1, n - 1))
    # Zipf-like: low-numbered people and organizations are named far more often.
    # Cumulative weights, summed once: `choices` with plain weights sums them on every call,
    # which made writing 100,000 entries quadratic (25 minutes instead of 2). The same draws.
    person_weights = list(
        itertools.accumulate(1 / (i + 1) ** (0.3 if short else 0.8) for i in range(people))
    )
    org_weights = list(itertools.accumulate(1 / (i + 1) ** 0.8 for i in range(organizations)))
    for i in range(n):
        day = start + dt.timedelta(days=i * step[0] // step[1])
        year_dir = content / "entries" / str(day.year)
        year_dir.mkdir(exist_ok=True)
        entry_topics = rng.sample(topic_slugs, rng.randint(1, 3))
        entry_orgs = sorted(
            set(rng.choices(org_slugs, cum_weights=org_weights, k=rng.randint(2, 6)))
        )
        lines = [
            "---",
            f'title: "Synthetic entry {i:05d}: {_sentence(rng, 6)[:-1]}"',
            f"date: {day.isoformat()}",
            "source:",
            f"  url: https://news{i % 7}.example.net/{day.year}/story-{i:05d}/",
            f"  publisher: Publisher {i % 7}",
            f"topics: [{', '.join(entry_topics)}]",
            f"organizations: [{', '.join(entry_orgs)}]",
            "quotes:",
        ]
        for _ in range(3 if short else rng.randint(1, 3)):
            person = rng.choices(range(people), cum_weights=person_weights)[0]
            lines += [
                f'  - text: "{_sentence(rng, rng.randint(12, 30))}"',
                f"    speaker: Person {person:05d}",
                f"    role: Role {person % 13}",
                f"    organization: {org_slugs[person % organizations]}",
            ]
        lines.append("---")
        body = "\n\n".join(_paragraph(rng, words // 4, words_of) for _ in range(4))
        (year_dir / f"synthetic-{i:05d}.md").write_text(
            "\n".join(lines) + "\n" + body + "\n", encoding="utf-8"
        )
    (root / "mkdocs.yml").write_text(
        MKDOCS_YML.format(
            overrides=overrides or str(Path(__file__).resolve().parent.parent / "overrides"),
            page_size=page_size,
        ),
        encoding="utf-8",
    )
    return content


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("-n", type=int, default=100)
    parser.add_argument("--shape", choices=SHAPES, default="long")
    args = parser.parse_args()
    print(generate(args.folder, args.n, shape=args.shape))
