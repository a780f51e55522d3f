"""The proposer on the classes behind blind batch 27's false proposals.

One or more tests per class, on text of its own (invented people, firms and places): the
proposer must follow the sentence's structure, and where the structure gives no role or no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. an unnamed worker described by a noun and an apposition --------------------------------


def test_an_unnamed_worker_with_an_apposition_is_never_proposed():
    text = (
        "Example Parcels opened its new sorting hall in Ravensby in March.\n\n"
        "Another driver, a woman in her forties on the early route, said the scanner in her "
        "van counted every stop against a clock. “The number turns red if you stop for "
        "coffee. Nobody phones you. The red number does the phoning,” she said.\n"
    )
    assert found(text) == []


# --- 2. `Rt Hon`, `The Rt Hon` and `Hon.` are honorifics ----------------------------------------


def test_rt_hon_dame_is_left_out_of_the_name():
    text = (
        "Example Mutual published its annual results on Tuesday.\n\n"
        "Rt Hon Dame Lavinia Okonkwo-Thorne, Example Mutual’s chair, said:\n\n"
        "“Our members asked for fewer forms and faster answers, and this year we gave them "
        "both.”\n"
    )
    quote = "Our members asked for fewer forms and faster answers, and this year we gave them both."
    assert found(text) == [(quote, "Lavinia Okonkwo-Thorne", "Example Mutual’s chair")]


def test_the_rt_hon_is_left_out_of_the_name():
    text = (
        "Example Building Society opened two branches in Wexley.\n\n"
        "“A branch is still where people bring the hard questions,” said The Rt Hon Basil "
        "Ferreira-Nolan, the society’s president.\n"
    )
    quote = "A branch is still where people bring the hard questions"
    assert found(text) == [(quote, "Basil Ferreira-Nolan", "society’s president")]


# --- 3. a role never keeps a relative clause -----------------------------------------------------


def test_the_role_is_the_apposition_after_the_name_not_a_relative_clause():
    text = (
        "The tribunal heard the appeal in Leeds on Monday.\n\n"
        "The barrister who represented him, Winifred Achterberg-Mensah, a partner at the "
        "Leeds firm Example Audit LLP, told the panel the ledgers had been rewritten. ‘Every "
        "figure we checked had been typed in twice,’ she said.\n"
    )
    quote = "Every figure we checked had been typed in twice"
    role = "partner at the Leeds firm Example Audit LLP"
    assert found(text) == [(quote, "Winifred Achterberg-Mensah", role)]
