"""The proposer on the classes behind blind batches 101 and 102's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): an
interview's office given as `NAME … is now ROLE at FIRM`, a paper's title after a possessive,
a role of two offices joined by `and a`, a photo caption repeating part of a body quote.
Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. an interviewee's office as a predicate of the introduction -------------------------------


def test_an_interviewees_office_after_is_now():
    text = (
        "Tobias Ferreira-Lund trained as a hydrologist in Bergen, spent a decade at sea and is "
        "now head of forecasting at Example Nordhavn Ports, which runs four container "
        "terminals. We spoke in his office overlooking the quay.\n\n"
        "**Ledger:** What does the model do?\n\n"
        "**Ferreira-Lund:** It tells the crane crews when the wind will stop them working. "
        "Nothing more than that, and nothing less.\n\n"
        "**Ledger:** Do the crews trust it?\n\n"
        "**Ferreira-Lund:** They trust it on calm days. On windy days they trust their own eyes "
        "first, and I think they are right to."
    )
    got = found(text)
    assert [q[1:] for q in got] == [
        ("Tobias Ferreira-Lund", "head of forecasting at Example Nordhavn Ports"),
        ("Tobias Ferreira-Lund", "head of forecasting at Example Nordhavn Ports"),
    ]


# --- 2. a paper's title after a possessive -------------------------------------------------------


def test_a_title_after_a_possessive_is_no_quote():
    text = (
        "Odile Brennan-Sato, a soil scientist at Example Marrow University, has spent years "
        "on the problem. In a talk last spring she called soil sensing “the slowest science "
        "in the whole of farming.” Her 2023 book, “Counting the Rain in the Valleys of the "
        "South”, is still the standard text."
    )
    got = found(text)
    assert [q[0] for q in got] == ["the slowest science in the whole of farming."]
