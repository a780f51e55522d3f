"""The proposer on the classes behind blind batch 33's misses and wrong proposals.

One or more tests per class, on text of its own (invented people, firms and places): the
proposer must follow the sentence's and the page's structure, and where the structure gives no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. questions put by counsel in cross-examination are never quotes -----------------------


def test_counsels_questions_in_a_cross_examination_are_never_proposed():
    text = (
        "Lorenzo Castellano, an actuary, was the claimants' expert witness. The insurer's "
        "counsel, Harriet Oyelaran-Voss, spent the afternoon on the numbers. Her "
        "questions were short; his answers mostly were not.\n\n"
        "“Mr Castellano, how many of the claims you reviewed were refused by the software?”\n\n"
        "“Out of the 9,000 files we read, a little over four per cent,” Castellano said.\n\n"
        "“So more than 95 per cent were not?”\n\n"
        "“More than 95 per cent of the time, a smoke alarm is silent, too,” Castellano replied.\n"
    )
    quotes = [q for q, _, _ in found(text)]
    assert not any("how many of the claims" in q for q in quotes)
    assert not any("So more than 95 per cent" in q for q in quotes)
    assert any(q.startswith("Out of the 9,000 files") for q in quotes)


# --- 2. a job word before a name is the role, not part of the name ---------------------------


def test_a_job_word_opening_a_sentence_before_a_name_is_the_role():
    text = (
        "Packer Tevita Lolohea-Marsh, 41, who has worked at the depot for nine years, showed "
        "one of the messages. He said: “It arrived at midnight and said I was too slow. It did "
        "not say the conveyor had stopped for an hour.”\n"
    )
    got = found(text)
    assert got and got[0][1:] == ("Tevita Lolohea-Marsh", "Packer")


# --- 3. a participle after a dash's name is no role -----------------------------------------


def test_a_participle_phrase_after_a_dash_name_is_no_role():
    text = (
        "What visitors said:\n\n"
        '- "The guide knew every bone in the room and never once lost patience with my '
        'daughter." -- Nadia Qureshi-Holt, visiting from Leicester\n'
    )
    got = found(text)
    assert got and got[0][1:] == ("Nadia Qureshi-Holt", None)


def test_an_office_word_in_ing_after_a_dash_name_is_still_the_role():
    text = (
        '- "Review the tests before the code, and the code will tell you less than you '
        'feared." -- Oskar Lindahl-Mbeki, engineering manager\n'
    )
    got = found(text)
    assert got and got[0][1:] == ("Oskar Lindahl-Mbeki", "engineering manager")


# --- 4. roles: a union delegate before a relative clause, a party and state, a chapel --------


def test_a_union_delegate_before_a_relative_clause_is_the_role():
    text = (
        "Hana Te Awa-Morrison, a union delegate who packs freezer orders on the late shift, "
        "put it simply. She said: “We want a person to set the target, and a person we can "
        "argue with.”\n"
    )
    got = found(text)
    assert got and got[0][1:] == ("Hana Te Awa-Morrison", "union delegate")


def test_a_party_and_state_after_a_name_is_the_role():
    text = (
        "Lucas Ferreira-Holm, an Oregon Republican, held up the invoice. “This,” "
        "Ferreira-Holm said, “should never have been for sale.”\n"
    )
    got = found(text)
    assert got and all(g[1:] == ("Lucas Ferreira-Holm", "Oregon Republican") for g in got)


def test_father_of_the_chapel_is_a_unions_office_not_kin():
    text = (
        "Owain Castell-Mensah, father of the chapel at the paper, said the vote was about "
        "trust. ‘Nobody here wants the machines switched off,’ he said.\n"
    )
    got = found(text)
    assert got and got[0][1:] == ("Owain Castell-Mensah", "father of the chapel at the paper")


# --- 5. a gesture ending the sentence before a quote ---------------------------------------


def test_a_gesture_ending_the_sentence_introduces_the_next_quote():
    text = (
        "Ingrid Solberg-Achebe, the firm's chief chemist, spoke after the results. Asked "
        "whether the trial was a verdict on the method, she laughed. “No. It is a verdict on "
        "how we chose the patients. The chemistry did its job.”\n"
    )
    got = found(text)
    assert got and got[0][1:] == ("Ingrid Solberg-Achebe", "firm's chief chemist")


# --- 6. a dash after a quote with an office before the name ---------------------------------


def test_a_dash_with_an_office_before_the_name_and_where_it_was_said():
    text = (
        "The library insists no posts have gone. “Nobody lost a job to this. The volunteers "
        "are still here, and some of them trained it.” — Library director Morag "
        "Abernethy-Osei, speaking at the opening in March\n"
    )
    got = found(text)
    assert got and got[0][1:] == ("Morag Abernethy-Osei", "Library director")
