"""The proposer on the classes behind blind batches 71 and 72's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): a reader's
town after an age in a vox pop's dash line is no role (`— NAME, 31, Eastcombe`), nor a town
alone; a sentence's opening `But` is no part of the office before a name; counsel's side after
a post-nominal (`NAME KC, defending,`); a `Key quotes` box's line repeating part of a fuller
quote of the text is proposed once, from the text; a dash line of a first name and `, who …`
is that person's; a firm's fragment after `said … that it had found` is its claim, whatever a
stray pronoun made of its gender; a pronoun set off after the name it would mean (`NAME, she
says, struggles …`) is not that name's; a court exchange's `A.` lines in a block quote are the
answers of the witness the paragraph before says `was asked` (counsel's `Q.` never); a second
guest of a transcript who never asks answers, though the host asks in statements too; a
correction's `NAME's title as …` does not make the person a firm; a bracketed aside about the
person (`(they are married, …)`) ends the role before it; one name opening a sentence that says
only the first name is used is a person's; a name whose apposition says it was built (made,
developed …) by someone is a product, never a pronoun's person; a town after an age in prose
(`NAME, 68, from Upper Haddow,`) is no person a pronoun may mean. Expected values are written by
hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. A reader's town in a vox pop's dash line is no role ---------------------------------------


def test_a_town_after_an_age_in_a_dash_line_is_no_role():
    text = (
        "We asked commuters what they made of the new timetable.\n\n"
        "“The night bus is the only way I get to my shift at the bakery.”\n\n"
        "— Tobias Merriweather-Lund, 31, Eastcombe"
    )
    assert found(text) == [
        (
            "The night bus is the only way I get to my shift at the bakery.",
            "Tobias Merriweather-Lund",
            None,
        )
    ]


def test_a_town_alone_in_a_dash_line_is_no_role():
    text = (
        "We asked commuters what they made of the new timetable.\n\n"
        "“Three changes to get to the hospital is two too many.”\n\n"
        "— Rosalind Achebe-Marr, Quarrington"
    )
    assert found(text) == [
        ("Three changes to get to the hospital is two too many.", "Rosalind Achebe-Marr", None)
    ]


# --- 2. A sentence's `But` is no part of the office -------------------------------------------


def test_a_sentence_opening_but_is_no_part_of_the_role_before_the_name():
    text = (
        "The trust welcomed the figures.\n\n"
        "But Harrowgate Council’s housing lead, Delphine Okafor-Reyes, said the wards were "
        "still short. ‘Nobody on my rota has had a full weekend off since March,’ she said."
    )
    assert found(text) == [
        (
            "Nobody on my rota has had a full weekend off since March",
            "Delphine Okafor-Reyes",
            "Harrowgate Council’s housing lead",
        )
    ]


# --- 3. Counsel's side after a post-nominal -----------------------------------------------------


def test_counsels_side_after_a_post_nominal_is_the_role():
    text = (
        "Tobias Hartnell-Oyo KC, defending, told the jury his client had never seen the "
        "invoices. “He signed what was put in front of him, as he had for eleven years,” he said."
    )
    assert found(text) == [
        (
            "He signed what was put in front of him, as he had for eleven years",
            "Tobias Hartnell-Oyo",
            "defending",
        )
    ]


# --- 4. A `Key quotes` box repeating the text's quotes -------------------------------------------


def test_a_key_quotes_line_repeating_part_of_a_fuller_quote_is_proposed_once_from_the_text():
    text = (
        "## Key quotes\n\n"
        "“The canal will be full again by spring.” – Marguerite Olawale-Finch\n\n"
        "The towpath reopens on Monday after the breach was sealed.\n\n"
        "Marguerite Olawale-Finch, the trust's chief engineer, said: “The canal will be full "
        "again by spring. We have two pumps running day and night until it is.”"
    )
    assert found(text) == [
        (
            "The canal will be full again by spring. We have two pumps running day and night "
            "until it is.",
            "Marguerite Olawale-Finch",
            "trust's chief engineer",
        )
    ]


# --- 5. A first name alone in a dash line ---------------------------------------------------------


def test_a_dash_line_of_a_first_name_and_a_who_clause_is_that_persons():
    text = (
        "Readers told us how the app had treated them.\n\n"
        "“It reminded me to drink water every hour, which was more than my GP did.”\n\n"
        "— Philippa Stournaras, 52, Ketterholm\n\n"
        "“It kept asking me to rate my mood out of ten while I was trying to explain.”\n\n"
        "— Ravindra, who asked that only his first name be used"
    )
    assert found(text) == [
        (
            "It reminded me to drink water every hour, which was more than my GP did.",
            "Philippa Stournaras",
            None,
        ),
        (
            "It kept asking me to rate my mood out of ten while I was trying to explain.",
            "Ravindra",
            None,
        ),
    ]


# --- 6. A firm's claim after `said … that it had found` ------------------------------------------


def test_a_firms_fragment_after_that_it_had_found_is_its_claim_whatever_a_pronoun_said():
    text = (
        "Example Corrowby said on Monday that it had paid a bounty to a tester who showed that "
        "its calendar tool could be fooled.\n\n"
        "The payment is the largest the firm has made. Corrowby said the issue had been "
        "closed within a week and that it had seen “no sign that anyone abused the bug”.\n\n"
        "Maeve Tillotson-Rao, a freelance tester, published her write-up on Sunday."
    )
    assert found(text) == []


# --- 7. A pronoun set off after the name it would mean -----------------------------------------


def test_a_pronoun_set_off_after_a_name_is_not_that_names():
    text = (
        "Example Quillon, the surgery's booking assistant, answers the phone.\n\n"
        "Practice manager Odile Farnsworth-Iyer has run the front desk for nine years.\n\n"
        "She is not uncritical. Quillon, she says, gets confused by strong accents. “It asked "
        "one caller four times for her postcode and then hung up on her.”"
    )
    assert found(text) == [
        ("It asked one caller four times for her postcode and then hung up on her.", "", None)
    ]


# --- 8. A court exchange's answers are the witness's -------------------------------------------


def test_a_court_exchanges_answers_are_the_witness_asked_and_counsels_questions_never():
    text = (
        "Marguerite Osei-Brandt, 51, a payroll clerk, was giving evidence on the second day of "
        "the trial.\n\n"
        "Questioned by Ms Delacourt-Hume, she was asked about the night the ledger was "
        "changed.\n\n"
        "> Q. Who else had the password that evening?\n>\n"
        "> A. Nobody that I knew of. I kept it in a sealed envelope in the second drawer.\n>\n"
        "> Q. Was the drawer locked?\n>\n"
        "> A. Always, and the key was on my lanyard until I went home at six.\n\n"
        "The trial continues."
    )
    assert found(text) == [
        (
            "Nobody that I knew of. I kept it in a sealed envelope in the second drawer.",
            "Marguerite Osei-Brandt",
            "payroll clerk",
        ),
        (
            "Always, and the key was on my lanyard until I went home at six.",
            "Marguerite Osei-Brandt",
            "payroll clerk",
        ),
    ]


# --- 9. A second guest in a transcript answers -------------------------------------------------


def test_a_second_guests_lines_in_a_transcript_are_answers_not_the_hosts():
    text = (
        "On this week's show host Rupert Anselm-Ward talks to Dr Ilse Varga-Mensah, chief "
        "engineer at Example Tarnwick Water, about the new reservoir. Later, a short segment "
        "with Colm Idowu-Fairley, a farmer whose land borders the site.\n\n"
        "ANSELM-WARD: Dr Varga-Mensah, how full is it?\n\n"
        "VARGA-MENSAH: About two thirds, which is ahead of where we planned to be by now.\n\n"
        "ANSELM-WARD: And the pipeline to the town.\n\n"
        "VARGA-MENSAH: Finished in March, tested in April, and carrying water since May.\n\n"
        "ANSELM-WARD: Which the town noticed.\n\n"
        "VARGA-MENSAH: The pressure in the high streets doubled, and the complaints stopped.\n\n"
        "ANSELM-WARD: Colm, you watched it being dug.\n\n"
        "IDOWU-FAIRLEY: Every lorry went past my kitchen window for eighteen months, and I "
        "counted most of them.\n\n"
        "ANSELM-WARD: Would you have it again?\n\n"
        "IDOWU-FAIRLEY: I would, because the stream on my land runs all summer now."
    )
    assert [(speaker, quote[:20]) for quote, speaker, _ in found(text)] == [
        ("Ilse Varga-Mensah", "About two thirds, wh"),
        ("Ilse Varga-Mensah", "Finished in March, t"),
        ("Ilse Varga-Mensah", "The pressure in the "),
        ("Colm Idowu-Fairley", "Every lorry went pas"),
        ("Colm Idowu-Fairley", "I would, because the"),
    ]


# --- 10. `NAME's title as …` is a person's -------------------------------------------------------


def test_a_corrections_names_title_does_not_make_the_person_a_firm():
    text = (
        "Wilhelmina Brackwater, head of logistics at Example Dunmore Freight, apologised for "
        "the missed deliveries. “The routing tool sent four vans to a depot we closed in "
        "June, and nobody checked the list.”\n\n"
        "*Correction: an earlier version gave Wilhelmina Brackwater’s title as chief operating "
        "officer.*"
    )
    assert found(text) == [
        (
            "The routing tool sent four vans to a depot we closed in June, and nobody checked "
            "the list.",
            "Wilhelmina Brackwater",
            "head of logistics at Example Dunmore Freight",
        )
    ]


# --- 11. A bracketed aside after the role --------------------------------------------------------


def test_a_bracketed_aside_about_the_person_ends_the_role_before_it():
    text = (
        "Dr Cosmo Feltham-Ng, a geologist at the same survey (he and the author are brothers, "
        "as he told us at once), was less sure. “The cores say one thing and the maps say "
        "another,” he said."
    )
    assert found(text) == [
        (
            "The cores say one thing and the maps say another",
            "Cosmo Feltham-Ng",
            "geologist at the same survey",
        )
    ]


# --- 12. A person printed by a first name only ---------------------------------------------------


def test_a_first_name_whose_sentence_says_only_the_first_name_is_used_is_a_person():
    text = (
        "For the shops, the details matter less than the week. Tomasz, a driver at one of the "
        "depots, asked that only his first name be used because his employer has a contract "
        "with the firm. “We were phoning round the other depots to borrow a van,” he said."
    )
    assert found(text) == [
        (
            "We were phoning round the other depots to borrow a van",
            "Tomasz",
            "driver at one of the depots",
        )
    ]


# --- 13. A product built by a firm is no person -------------------------------------------------


def test_a_name_built_by_a_firm_is_a_product_and_no_pronouns_person():
    text = (
        "Example Quillon, a booking assistant built by Example Marrow Systems, answers the "
        "surgery's phone.\n\n"
        "Practice manager Odile Farnsworth-Iyer has run the front desk for nine years.\n\n"
        "She is not uncritical. Quillon, she says, gets confused by strong accents. “It asked "
        "one caller four times for her postcode and then hung up on her.”"
    )
    assert found(text) == [
        (
            "It asked one caller four times for her postcode and then hung up on her.",
            "Odile Farnsworth-Iyer",
            "Practice manager",
        )
    ]


# --- 14. A town after an age in prose is no person ----------------------------------------------


def test_a_town_after_an_age_in_prose_is_no_one_a_pronoun_may_mean():
    text = (
        "Among those caught out was Bernadette Quayle-Osei, 68, from Upper Haddow, who asked the "
        "council's chatbot on Sunday whether her bins would be emptied. ‘It told me the round "
        "had been cancelled for good,’ she said."
    )
    assert found(text) == [
        ("It told me the round had been cancelled for good", "Bernadette Quayle-Osei", None)
    ]
