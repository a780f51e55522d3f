"""The proposer on the classes behind blind batch 29's misses and wrong proposals.

One or more tests per class, on text of its own (invented people, firms and places): the
proposer must follow the sentence's structure, and where the structure gives no speaker, give
none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. a plain-text transcript labelled with surnames in capitals ------------------------------


def test_a_transcript_in_capitals_gives_the_answers_to_the_interviewee_never_the_host():
    text = (
        "Transcript: the quarry's manager on dust and lorries\n\n"
        "Example Radio Wrenford, Breakfast, Monday 3 March\n\n"
        "The Example Aggregates quarry above Example Radio Wrenford's transmitter reopened in "
        "January, and Example Radio Wrenford took calls all week. Host Corin Baptiste-Ahern "
        "spoke to the quarry's manager, Ottilie Sandoval-Frost, in the studio.\n\n"
        "BAPTISTE-AHERN: Ottilie, welcome. Listeners say the dust is on every car in the "
        "village.\n\n"
        "SANDOVAL-FROST: They're right, and I've seen it on mine. We have ordered two "
        "sprinkler trucks and they arrive next week.\n\n"
        "BAPTISTE-AHERN: The lorries start at six.\n\n"
        "SANDOVAL-FROST: From Monday they start at seven. That was the first thing I changed.\n\n"
        "BAPTISTE-AHERN: Will you come back in a month?\n\n"
        "SANDOVAL-FROST: I will, and I'll bring the dust readings with me.\n\n"
        "BAPTISTE-AHERN: Ottilie Sandoval-Frost, thank you.\n"
    )
    who, role = "Ottilie Sandoval-Frost", "quarry's manager"
    assert found(text) == [
        (
            "They're right, and I've seen it on mine. We have ordered two sprinkler trucks "
            "and they arrive next week.",
            who,
            role,
        ),
        ("From Monday they start at seven. That was the first thing I changed.", who, role),
        ("I will, and I'll bring the dust readings with me.", who, role),
    ]


# --- 3. `The Rt Rev NAME, the Bishop of PLACE`; a day's name is never a speaker ----------------


def test_the_rt_rev_before_a_name_makes_a_person_and_a_named_day_is_nobody():
    text = (
        "The Rt Rev Cuthbert Adeyemi-Lowe, the Bishop of Stanmere, used his Palm Sunday "
        "address at Stanmere Minster to defend the diocese's food banks.\n\n"
        "‘Nobody in this city should choose between heating and eating,’ the bishop said.\n\n"
        "He added: ‘The church has kitchens, and kitchens are for cooking.’\n"
    )
    who, role = "Cuthbert Adeyemi-Lowe", "Bishop of Stanmere"
    assert found(text) == [
        ("Nobody in this city should choose between heating and eating", who, role),
        ("The church has kitchens, and kitchens are for cooking.", who, role),
    ]


def test_a_feast_day_before_a_quote_is_no_speaker():
    text = (
        "Marisol Tengku-Avery runs the kiosk on the harbour wall. Her Easter Monday takings "
        "were the best in years. ‘We sold out of flags by ten,’ she said.\n"
    )
    quote = "We sold out of flags by ten"
    assert found(text) == [(quote, "Marisol Tengku-Avery", None)]


# --- 5. `Vice-Minister of Ports NAME`: a hyphenated office with `of` before the name ----------


def test_a_hyphenated_office_with_of_before_the_name_is_the_role():
    text = (
        "Vice-Minister of Fisheries Dorotea Balogun-Reis said the quota would be reviewed in "
        'June. "We will count the boats before we count the fish," Balogun-Reis said.\n'
    )
    quote = "We will count the boats before we count the fish"
    assert found(text) == [(quote, "Dorotea Balogun-Reis", "Vice-Minister of Fisheries")]


# --- 6. the rest: roles, pronouns, anonymous sources ------------------------------------------


def test_its_relation_yields_to_an_occupation_after_the_name():
    text = (
        "The app was launched in May by Example Chapel Tech, a Bristol start-up. Its "
        "co-founder, Wilhelmina Okonkwo-Reyes, a former hospital chaplain, said the app "
        "was meant for night shifts. ‘Nobody should pray alone at 3am,’ she said.\n"
    )
    quote = "Nobody should pray alone at 3am"
    assert found(text) == [(quote, "Wilhelmina Okonkwo-Reyes", "former hospital chaplain")]


def test_a_time_opener_leaves_the_sentence_subject_before_an_office_in_a_clause():
    text = (
        "Greta Lindqvist-Obi, a flood modeller at the Example Rivers Trust, built the map.\n\n"
        "Marta Quispe-Hall, a sheep farmer, keeps forty ewes by the weir.\n\n"
        "Last summer Lindqvist-Obi added the grazing records to the map, after the farmer "
        'offered them. "The sheep told us where the ground stays wet," she said.\n'
    )
    assert found(text) == [
        (
            "The sheep told us where the ground stays wet",
            "Greta Lindqvist-Obi",
            "flood modeller at the Example Rivers Trust",
        )
    ]


def test_a_relative_after_a_relation_of_a_name_is_not_that_names():
    text = (
        'Councillor Bethan Oduya-Clarke spoke first. "The bridge is safe," she said.\n\n'
        "The vote is on Friday. A cousin of Oduya-Clarke, who asked that her name not be "
        'used, said the family felt "worried sick about the whole thing."\n'
    )
    assert found(text) == [("The bridge is safe", "Bethan Oduya-Clarke", "Councillor")]
