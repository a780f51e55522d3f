"""The closest-passage search of `digest verify` on hostile pages (issue 26).

    python -m benchmarks.verify_search

Times one missing quote against each page, the size the HTTP client accepts at most (5 MiB):
the shapes that made the earlier search quadratic (one word repeated; a quote's own words
everywhere; no sentence ends at all) and ordinary prose. Printed, never asserted; the target
is under 2 s a quote.
"""

from __future__ import annotations

import random
import time

from digest.editor.verify import closest_passage, find_quote, normalise

SIZE = 5 * 1024 * 1024
QUOTE = (
    "We have seen demand for our accelerators outrun every forecast we made, and we expect "
    "the shortage to last well into next year, whatever the fabs promise."
)


def pages() -> dict[str, str]:
    rng = random.Random(26)
    words = [f"w{n}" for n in range(5_000)]
    prose = " ".join(rng.choice(words) for _ in range(SIZE // 6)).split(" ")
    prose = " ".join(w + ("." if i % 17 == 16 else "") for i, w in enumerate(prose))
    quote_words = QUOTE.replace(",", "").split()
    return {
        "one word repeated": ("a " * (SIZE // 2)),
        "the quote's own words, shuffled": " ".join(
            rng.choice(quote_words) for _ in range(SIZE // 6)
        ),
        "no sentence end at all": " ".join(rng.choice(words) for _ in range(SIZE // 6)),
        "prose (17 words a sentence)": prose,
        "a single 'sentence' repeated": (QUOTE.replace("year", "month") + " ")
        * (SIZE // len(QUOTE)),
    }


def main() -> None:
    print("| page (5 MiB) | find the quote | closest passage | similarity |")
    print("| --- | --- | --- | --- |")
    for name, text in pages().items():
        source = normalise(text[:SIZE])
        start = time.perf_counter()
        found = find_quote(QUOTE, source)
        found_s = time.perf_counter() - start
        start = time.perf_counter()
        closest = closest_passage(QUOTE, source)
        closest_s = time.perf_counter() - start
        assert not found
        print(f"| {name} | {found_s:.2f} s | {closest_s:.2f} s | {closest.ratio:.0%} |")


if __name__ == "__main__":
    main()
