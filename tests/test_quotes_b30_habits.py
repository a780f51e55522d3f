"""The proposer on the classes behind blind batch 30's misses and wrong proposals.

One or more tests per class, on text of its own (invented people, firms and places): the
proposer must follow the sentence's structure, and where the structure gives no speaker, give
none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. a hyphenated title before a name is the role, never part of the name -------------------


def test_an_office_with_a_hyphenated_modifier_before_a_name_is_the_role():
    text = (
        "Director-general Ottoline Marsh-Adeyemi opened the briefing with both maps. "
        "“The two charts are telling us the same story,” Marsh-Adeyemi said.\n"
    )
    quote = "The two charts are telling us the same story"
    assert found(text) == [(quote, "Ottoline Marsh-Adeyemi", "Director-general")]


def test_a_pupils_year_before_a_name_is_the_role():
    text = (
        "Fifth-grader Tomas Ruiz-Vance, 10, spoke last. His verdict: "
        "“It was patient, which was nice, but it said everything I wrote was great.”\n"
    )
    quote = "It was patient, which was nice, but it said everything I wrote was great."
    assert found(text) == [(quote, "Tomas Ruiz-Vance", "Fifth-grader")]


def test_a_sixth_former_before_a_name_is_the_role():
    text = (
        "Sixth-former Imogen Achebe-Roth said the app had helped with revision. “It never "
        "got bored of my questions, which my brother does,” Achebe-Roth said.\n"
    )
    quote = "It never got bored of my questions, which my brother does"
    assert found(text) == [(quote, "Imogen Achebe-Roth", "Sixth-former")]


# --- 2. a later dash line with the name alone takes the whole dash role --------------------------


def test_a_later_dash_line_takes_the_whole_role_the_first_dash_line_printed():
    text = (
        "Grain brokers have started letting software set the first price.\n\n"
        "> “A model prices the ordinary cargo well. The odd one is where we lose money.”\n"
        "> — Tobiah Fenwick-Aluko, head of grain, Example Harvest Pool 17\n\n"
        "Fenwick-Aluko still keeps a paper ledger on her desk.\n\n"
        "“The ledger reminds me what the model forgets.” — Tobiah Fenwick-Aluko\n"
    )
    who, role = "Tobiah Fenwick-Aluko", "head of grain, Example Harvest Pool 17"
    assert found(text) == [
        ("A model prices the ordinary cargo well. The odd one is where we lose money.", who, role),
        ("The ledger reminds me what the model forgets.", who, role),
    ]


# --- 3. roles: a relation to someone unnamed; a predicate after a name set off by commas --------


def test_kin_of_someone_unnamed_is_a_role():
    text = (
        "Not every parent was opposed. Said Dorian Vasquez-Merrow, father of a fourth-grader "
        "at Elmside Primary: “If a computer is the only thing that knows where she got stuck, "
        "I will take it.”\n"
    )
    quote = "If a computer is the only thing that knows where she got stuck, I will take it."
    role = "father of a fourth-grader at Elmside Primary"
    assert found(text) == [(quote, "Dorian Vasquez-Merrow", role)]


def test_kin_of_someone_the_article_names_is_still_no_role():
    text = (
        "“She kept the books and she kept us honest, which is harder,” his daughter, "
        "Odalys Brennan-Kowal, wrote.\n"
    )
    quote = "She kept the books and she kept us honest, which is harder"
    assert found(text) == [(quote, "Odalys Brennan-Kowal", None)]


def test_the_guest_in_a_hosts_introduction_takes_the_predicates_role():
    text = (
        "# The Long Table, episode 41\n\n"
        "*The Long Table is a weekly podcast about food and cities. This is an edited "
        "transcript.*\n\n"
        "**ROSALIND FERREIRA-OKU:** This week, hospital food. My guest, Tamsin "
        "Achterberg-Lowe, is head of catering at the Example Health Trust. Tamsin, welcome.\n\n"
        "**TAMSIN ACHTERBERG-LOWE:** Thank you. It is good to be back on the programme.\n\n"
        "**FERREIRA-OKU:** What do the wards eat now?\n\n"
        "**ACHTERBERG-LOWE:** Reheated food, mostly. The kitchens closed in the spring.\n\n"
        "**FERREIRA-OKU:** Tamsin Achterberg-Lowe, thank you.\n"
    )
    who, role = "Tamsin Achterberg-Lowe", "head of catering at the Example Health Trust"
    assert found(text) == [
        ("Thank you. It is good to be back on the programme.", who, role),
        ("Reheated food, mostly. The kitchens closed in the spring.", who, role),
    ]


# --- 4. an interview's recorded clip, labelled with how it was heard -----------------------------


def test_a_recorded_clip_the_host_introduces_is_that_persons_answer():
    text = (
        "# The Long Table, episode 42\n\n"
        "*The Long Table is a weekly podcast about food and cities. This is an edited "
        "transcript.*\n\n"
        "**ROSALIND FERREIRA-OKU:** This week, hospital food. My guest, Tamsin "
        "Achterberg-Lowe, is head of catering at the Example Health Trust. Tamsin, welcome.\n\n"
        "**TAMSIN ACHTERBERG-LOWE:** Thank you. It is good to be back on the programme.\n\n"
        "**FERREIRA-OKU:** Before we spoke, I asked the trust's finance director, Gideon "
        "Mbatha-Rowe, why the kitchens were cut. Here is what he said.\n\n"
        "**GIDEON MBATHA-ROWE (recorded):** We had a budget for two kitchens and a duty to "
        "feed nine wards, so we chose the wards.\n\n"
        "**FERREIRA-OKU:** Is that fair?\n\n"
        "**ACHTERBERG-LOWE:** It is honest, which is not the same thing.\n\n"
        "**FERREIRA-OKU:** Tamsin Achterberg-Lowe, thank you.\n"
    )
    who, role = "Tamsin Achterberg-Lowe", "head of catering at the Example Health Trust"
    clip = "We had a budget for two kitchens and a duty to feed nine wards, so we chose the wards."
    assert found(text) == [
        ("Thank you. It is good to be back on the programme.", who, role),
        (clip, "Gideon Mbatha-Rowe", "trust's finance director"),
        ("It is honest, which is not the same thing.", who, role),
    ]


# --- 5. colon introductions: a letter someone sent; a clock's dots ------------------------------


def test_it_said_quotes_the_letter_the_sentence_before_says_its_subject_sent():
    text = (
        "Example Tutorly's sales director, Anselm Okoro-Vance, did not attend, but sent a "
        "letter that the chair read aloud. It said, in part: “We would welcome an independent "
        "review of the trial, and we will publish whatever it finds.”\n"
    )
    quote = (
        "We would welcome an independent review of the trial, and we will publish whatever "
        "it finds."
    )
    assert found(text) == [(quote, "Anselm Okoro-Vance", "Example Tutorly's sales director")]


def test_a_letter_from_an_unnamed_sender_gives_no_speaker():
    text = (
        "A resident, who asked not to be named, sent a letter to the council. It said: “The "
        "bridge will close for six weeks while the new deck is laid.”\n"
    )
    assert found(text) == []


def test_a_clock_time_with_dots_does_not_end_the_sentence():
    text = (
        "Board chair Imelda Rostova-King closed the item shortly before 11 p.m. with a "
        "promise: “We will bring this back in April, with the answers we were promised.”\n"
    )
    quote = "We will bring this back in April, with the answers we were promised."
    assert found(text) == [(quote, "Imelda Rostova-King", "Board chair")]


# --- 6. a judge's finding ------------------------------------------------------------------------


def test_a_fragment_after_found_that_is_the_judges():
    text = (
        "Employment Judge Petra Lindqvist-Oyo found that the firm had treated the figures "
        "‘as if they were a verdict rather than a question to be put’.\n"
    )
    quote = "as if they were a verdict rather than a question to be put"
    assert found(text) == [(quote, "Petra Lindqvist-Oyo", "Employment Judge")]


def test_a_claim_reported_inside_a_finding_is_not_the_judges():
    text = (
        "Justice Petra Lindqvist-Oyo found that Example Hire Pty Ltd had no basis for claims "
        "on its website that its tool “removes every bias from the shortlist”.\n"
    )
    assert found(text) == []


# --- 7. words an unnamed group used, inside a sentence about a firm -----------------------------


def test_a_fragment_an_unnamed_group_described_is_not_the_firms():
    text = (
        "Regulators have noticed. The Example Grain Authority wrote to millers in May asking "
        "how they price flour, a letter several bakers privately described as “a warning "
        "shot across the counter.”\n"
    )
    assert found(text) == []
