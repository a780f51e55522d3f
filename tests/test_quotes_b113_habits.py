"""The proposer on the classes behind blind batch 113's misses.

An Irish surname after `Mac an` with its mutation written with a hyphen (`t-Saoir`).
Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. `Mac an t-Saoir`: the mutated noun after a hyphen --------------------------------------


def test_an_irish_surname_with_a_hyphenated_mutation_is_one_name():
    text = (
        "Harbour master Eoghan Mac an t-Sionnaigh, who has run the pier for a decade, replied "
        'underneath: "Or the model counts the same boat twice when the tide turns it."'
    )
    assert [q[1:] for q in found(text)] == [("Eoghan Mac an t-Sionnaigh", "Harbour master")]


# --- 2. `He sent back one line: “…”`: a verb of sending and the noun of what was written --------


def test_he_sent_back_one_line_introduces_his_quote():
    text = (
        "We asked Halvor Jensen-Obi whether the model deserved the praise. He sent back one "
        "line: “The praise belongs to the crews on the boats. We only drew the map.”"
    )
    assert [q[1] for q in found(text)] == ["Halvor Jensen-Obi"]


def test_she_emailed_a_short_reply_introduces_her_quote():
    text = (
        "Ingrid Fosse-Achebe did not come to the hearing. She emailed a short reply: “I said "
        "everything I had to say in the report, and I stand by every word of it.”"
    )
    assert [q[1] for q in found(text)] == ["Ingrid Fosse-Achebe"]


# --- 3. a nickname in British single quotes inside a name (`Alasdair ‘Ally’ NAME`) --------------


def test_a_nickname_in_single_quotes_inside_a_name_keeps_the_person():
    text = (
        "Harbour skipper Donald ‘Donnie’ MacRae-Orji, who has fished for thirty years, said he "
        "had no quarrel with computers.\n\n"
        "‘I have had a radar since 1990 and I like it very much,’ he said."
    )
    assert [q[1:] for q in found(text)] == [("Donald MacRae-Orji", "Harbour skipper")]


def test_said_in_an_emailed_statement_keeps_the_named_speaker():
    text = (
        "Marit Oyelowo-Dahl, the firm's operations director, said in an emailed statement: "
        '"We take every report seriously and we will publish what we find."'
    )
    assert [q[1] for q in found(text)] == ["Marit Oyelowo-Dahl"]
