"""The proposer on the classes behind blind batches 109 and 110's remaining misses.

`Alderman for housing NAME` opening a sentence (an office, `for` and a portfolio of lower-case
words before the name), and `Lord NAME, a former minister, asked: ‘…?’` (a lawmaker's own
question in a chamber is a quote, not a question put to a speaker).
Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. `Alderman for housing NAME` opening a sentence ---------------------------------------


def test_an_office_for_a_portfolio_opening_a_sentence_is_the_role():
    text = (
        "The city granted outline permission for the Westpoort site in June. Alderman for "
        "transport Mirjam Okafor-Lindgren welcomed the plans at the council's mobility "
        "committee.\n\n"
        "“We need buses faster than we have ever bought them,” she said. “Riders will be "
        "asked what they think.”"
    )
    role = "Alderman for transport"
    assert [q[1:] for q in found(text)] == [("Mirjam Okafor-Lindgren", role)] * 2


def test_a_portfolio_of_two_words_after_minister_for():
    text = (
        "The bill passed on Tuesday. Minister for rail safety Anselm Kruger-Obi said it was "
        "overdue. “Every crossing will have a camera by spring,” he said."
    )
    assert [q[1:] for q in found(text)] == [("Anselm Kruger-Obi", "Minister for rail safety")]


def test_for_after_a_verb_before_a_name_is_no_office():
    text = (
        "Voters in the ward voted for Anselm Kruger-Obi last year. “Every crossing will have a "
        "camera by spring,” he said."
    )
    assert [q[1:] for q in found(text)] == [("Anselm Kruger-Obi", None)]


# --- 2. a lawmaker's own question in a chamber -----------------------------------------------


def test_a_peers_question_asked_in_the_lords_is_a_quote():
    text = (
        "The matter came up in the Lords on Monday. Lord Pemberly, a former transport "
        "minister, asked: ‘Has anyone at the ministry actually read the code these firms are "
        "running, or do we take their word for it?’"
    )
    assert [q[1:] for q in found(text)] == [("Lord Pemberly", "former transport minister")]


def test_an_analysts_question_on_a_call_is_still_not_a_quote():
    text = (
        "The first question came from Anna Berg-Holt, an analyst at Example Fenwick, who "
        "asked: “Why should anyone believe the numbers?”"
    )
    assert found(text) == []
