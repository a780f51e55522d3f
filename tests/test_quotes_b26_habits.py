"""The proposer on the classes behind blind batch 26's false proposals (issue 23).

One or more tests per class, on text of its own (invented people, firms and places): the
proposer must follow the sentence's structure, and where the structure gives no role or no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. an interview's standfirst that names an agency before the person -------------------------


def _interview(standfirst: str) -> str:
    return (
        "# “The rota is the hard part”: a harbour pilot on automated berthing\n\n"
        f"*{standfirst}*\n\n"
        "**What did the new system get right in its first winter?**\n\n"
        "More than I expected. It read the tides better than I do, and I have worked this "
        "harbour for twenty years.\n\n"
        "**And what did it get wrong?**\n\n"
        "The wind. We had two gusty nights in January and it wanted to bring a tanker in "
        "anyway. I said no both times.\n"
    )


_ANSWERS = (
    "More than I expected. It read the tides better than I do, and I have worked this harbour "
    "for twenty years.",
    "The wind. We had two gusty nights in January and it wanted to bring a tanker in anyway. "
    "I said no both times.",
)


def test_we_spoke_to_names_the_interviewee_after_an_agency():
    text = _interview(
        "Example Coastal Pilotage Authority began using an automated berthing planner in "
        "October. We spoke to Tamsin Okafor-Lindqvist, the authority's chief harbour pilot, "
        "about what it changed. The interview has been condensed."
    )
    role = "authority's chief harbour pilot"
    assert found(text) == [(a, "Tamsin Okafor-Lindqvist", role) for a in _ANSWERS]


def test_we_talked_with_names_the_interviewee_after_a_firm():
    text = _interview(
        "Brackwater Marine Systems sold the berthing planner to six ports this year. We talked "
        "with Idris Vantongeren, a senior pilot at Port Example, about the first winter."
    )
    role = "senior pilot at Port Example"
    assert found(text) == [(a, "Idris Vantongeren", role) for a in _ANSWERS]


def test_name_spoke_to_us_names_the_interviewee():
    text = _interview(
        "Example Harbour Board bought the berthing planner last spring. Odile Ferreira-Nakash, "
        "a senior pilot, spoke to us about what it changed."
    )
    assert found(text) == [(a, "Odile Ferreira-Nakash", "senior pilot") for a in _ANSWERS]


# --- 3. `she` after two people in one sentence, the second's gender never shown -----------------


def test_she_after_a_colleague_of_unshown_gender_is_left_unsure():
    text = (
        "Prices rose again in October, the bureau said.\n"
        "Greta Holmqvist-Abara, who covers shipping for Example Research, and her colleague "
        "Sunil Aranthe-Voss both cut their forecasts on Friday. “Freight rates have further "
        "to fall this winter,” she said in a note."
    )
    assert found(text) == [("Freight rates have further to fall this winter", "", None)]


def test_she_after_a_colleague_the_article_shows_to_be_a_man_is_hers():
    text = (
        "Mr. Aranthe-Voss joined the bank from a shipping line in 2019.\n"
        "Greta Holmqvist-Abara, who covers shipping for Example Research, and her colleague "
        "Sunil Aranthe-Voss both cut their forecasts on Friday. “Freight rates have further "
        "to fall this winter,” she said in a note."
    )
    assert found(text) == [
        ("Freight rates have further to fall this winter", "Greta Holmqvist-Abara", None)
    ]


# --- 5. a `--` dash line with no space before the name -------------------------------------------


def test_a_double_hyphen_dash_with_no_space_before_the_name():
    text = (
        '"Every permit we file now takes longer than the turbine it is for." '
        "--Wilhelmina Oyelaran-Frost (head of grid planning at Example Wind Partners)"
    )
    assert found(text) == [
        (
            "Every permit we file now takes longer than the turbine it is for.",
            "Wilhelmina Oyelaran-Frost",
            "head of grid planning at Example Wind Partners",
        )
    ]


# --- 7. a role with a number in it (`Year 10 pupil NAME`) -----------------------------------------


def test_a_school_year_before_the_role_is_part_of_it():
    text = (
        "The school trialled the reading app for a term. Year 8 pupil Tomasz Abernathy-Quaye, "
        "12, said he read more than before. “It reads the hard words out loud, so I do not "
        "skip them,” he said."
    )
    assert found(text) == [
        (
            "It reads the hard words out loud, so I do not skip them",
            "Tomasz Abernathy-Quaye",
            "Year 8 pupil",
        )
    ]


# --- 4. a speaker named by first name and age -----------------------------------------------------


def test_a_first_name_with_an_age_is_a_person():
    text = (
        "Most of the commuters we asked had used the new ticket machines once.\n"
        "Priyanka, 29, a pharmacist, said: ‘It asked me for my postcode twice and then sold "
        "me the wrong ticket.’\n"
        "Twenty minutes later Priyanka had not changed her mind. ‘I will queue for a "
        "person,’ she said. ‘At least a person says sorry.’"
    )
    assert found(text) == [
        (
            "It asked me for my postcode twice and then sold me the wrong ticket.",
            "Priyanka",
            "pharmacist",
        ),
        ("I will queue for a person", "Priyanka", "pharmacist"),
        ("At least a person says sorry.", "Priyanka", "pharmacist"),
    ]


# --- 6. a name after a role in the subject's apposition; the one `we` asked ----------------------


def test_he_posted_after_a_co_founder_named_after_a_role_in_apposition():
    text = (
        "Solveig Arkwright-Nunes, the chief executive of Ferrowind, announced the round in a "
        "LinkedIn post.\n"
        "Her co-founder, chief operating officer Mateus Villanueva-Kerr, took a blunter line on "
        "X. “We raised money. The turbines still need fixing,” he posted, with a photo of a "
        "gearbox."
    )
    assert found(text) == [
        (
            "We raised money. The turbines still need fixing",
            "Mateus Villanueva-Kerr",
            "chief operating officer",
        )
    ]


def test_the_one_we_asked_answers_next():
    text = (
        "Ferrowind raised $40 million on Monday.\n"
        "Tavish Okonjo-Brandt runs a wind farm in Galway and is one of Ferrowind's first "
        "customers.\n"
        "We asked Example Capital partner Hedda Marchetti-Olsen, who led the round, what "
        "convinced her. On a call on Friday, she said: “I saw a gearbox repaired in an "
        "afternoon. I had not seen that before.”"
    )
    assert found(text) == [
        (
            "I saw a gearbox repaired in an afternoon. I had not seen that before.",
            "Hedda Marchetti-Olsen",
            "Example Capital partner",
        )
    ]


def test_he_followed_up_with_a_colon():
    text = (
        "Oriel Thackeray-Mbau, the founder of Glassfern, wrote on X that the outage was over. "
        "“Back online. Sorry, everyone,” he posted.\n"
        "He followed up two hours later: “The cause was a certificate we forgot to renew. "
        "That one is on me.”"
    )
    role = "founder of Glassfern"
    assert found(text) == [
        ("Back online. Sorry, everyone", "Oriel Thackeray-Mbau", role),
        (
            "The cause was a certificate we forgot to renew. That one is on me.",
            "Oriel Thackeray-Mbau",
            role,
        ),
    ]
