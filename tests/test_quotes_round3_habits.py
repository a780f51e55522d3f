"""The proposer on the classes left after batch 35 (third round).

One or more tests per class, on text of its own (invented people, firms and places), with a
guard test per class that the fix must not over-reach. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. an office given in the sentence before the name -----------------------------------


def test_an_office_in_the_sentence_before_the_name_is_the_role():
    text = (
        "Brackwater Freight's head of route planning gave evidence on Thursday. Tomasz "
        "Wierzbicki told the panel that the scheduling model had never been audited. “We "
        "assumed somebody upstream had checked it, and nobody had,” he said.\n"
    )
    assert found(text) == [
        (
            "We assumed somebody upstream had checked it, and nobody had",
            "Tomasz Wierzbicki",
            "Brackwater Freight's head of route planning",
        )
    ]


def test_an_office_before_a_name_after_an_opening_phrase_is_the_role():
    text = (
        "Then the museum's head of collections got involved. In a post on Friday morning, "
        "Ilse Vandermeer wrote: “We lent the tapestry in good faith and we want it back.”\n"
    )
    assert found(text) == [
        (
            "We lent the tapestry in good faith and we want it back.",
            "Ilse Vandermeer",
            "museum's head of collections",
        )
    ]


def test_no_role_from_the_sentence_before_when_its_subject_is_named():
    # the office there is someone else's (named), or the subject is no office at all
    text = (
        "Brackwater Freight's head of route planning, Lena Sorbie, gave evidence on Thursday. "
        "Tomasz Wierzbicki told the panel that the model had never been audited. “We assumed "
        "somebody upstream had checked it,” he said.\n"
        "\n"
        "The weather turned on Friday afternoon. Marguerite Ossendale told reporters the "
        "regatta would go ahead. “We have sailed in worse than this,” she said.\n"
    )
    got = found(text)
    assert got[0][1:] == ("Tomasz Wierzbicki", None)
    assert got[1][1:] == ("Marguerite Ossendale", None)


def test_no_role_from_the_sentence_before_when_the_office_is_not_its_subject():
    text = (
        "The claims were rejected by Brackwater Freight's head of route planning on Thursday. "
        "Tomasz Wierzbicki told the panel that the model had never been audited. “We assumed "
        "somebody upstream had checked it,” he said.\n"
    )
    assert found(text)[0][1:] == ("Tomasz Wierzbicki", None)


def test_no_role_from_the_sentence_before_when_another_person_is_named_between():
    text = (
        "Brackwater Freight's head of route planning gave evidence after Lena Sorbie. "
        "Tomasz Wierzbicki told the panel that the model had never been audited. “We assumed "
        "somebody upstream had checked it,” he said.\n"
    )
    assert found(text)[0][1:] == ("Tomasz Wierzbicki", None)


# --- 2. `Her deputy, NAME,` ------------------------------------------------------------------


def test_her_deputy_is_the_role_as_printed():
    text = (
        "The commissioner left early. Her deputy, Anselm Kettering, who runs the agency's "
        "licensing arm, took the questions. “Every licence we issue is published within a "
        "week,” he said.\n"
    )
    assert found(text) == [
        (
            "Every licence we issue is published within a week",
            "Anselm Kettering",
            "Her deputy",
        )
    ]


def test_her_brother_stays_no_role():
    text = (
        "The commissioner left early. Her brother, Anselm Kettering, who runs a bakery in "
        "the town, took the questions. “Every loaf we bake is sold by noon,” he said.\n"
    )
    assert found(text)[0][1:] == ("Anselm Kettering", None)


# --- 3. a long role with a place -------------------------------------------------------------


def test_a_role_with_a_place_and_its_region_is_kept():
    text = (
        "In a Facebook post in June, Savitri Raghunathan, headmistress of a village school "
        "in Tirunelveli, Tamil Nadu, wrote: “The children now argue about fractions at lunch.”\n"
    )
    assert found(text) == [
        (
            "The children now argue about fractions at lunch.",
            "Savitri Raghunathan",
            "headmistress of a village school in Tirunelveli, Tamil Nadu",
        )
    ]


def test_a_role_with_a_place_stops_before_a_clause():
    text = (
        "Savitri Raghunathan, headmistress of a village school in Tirunelveli, said the "
        "pilot had changed the timetable. “The children now argue about fractions at lunch,” "
        "she said.\n"
    )
    assert found(text)[0][1:] == (
        "Savitri Raghunathan",
        "headmistress of a village school in Tirunelveli",
    )


# --- 5. a firm's statement when the firm was named only in an earlier section ------------------


def _sections(*sections: tuple[str, ...]) -> str:
    parts = []
    for heading, *paragraphs in sections:
        parts.append(f"## {heading}\n\n" if heading else "")
        parts.extend(f"{p}\n\n" for p in paragraphs)
    return "".join(parts)


def test_the_company_said_goes_to_the_one_firm_of_an_earlier_section():
    text = _sections(
        (
            "",
            "Example Tallowmere, a Leeds meal-kit start-up, is accused by former drivers of "
            "docking pay for late deliveries its routing app caused.",
            "Tallowmere's founder, Ottilie Brandreth, denied it. “Nobody is docked for a route "
            "we chose,” she said.",
        ),
        (
            "The routes",
            "The drivers say the app sent them across the ring road at rush hour.",
            "Corwin Ashby, who drove for two years, kept his route sheets. “Every late mark on "
            "my sheet is a route the app gave me,” he said.",
            "Later on Thursday the company said in a statement: “We pay every driver for every "
            "route, and we will publish the routing rules next month.”",
        ),
    )
    assert found(text)[-1] == (
        "We pay every driver for every route, and we will publish the routing rules next month.",
        "Example Tallowmere",
        None,
    )


def test_the_company_said_stays_unattributed_when_two_firms_came_before():
    text = _sections(
        (
            "",
            "Example Tallowmere, a Leeds meal-kit start-up, is accused by former drivers of "
            "docking pay for late deliveries. It buys its routing from Example Quillfleet, "
            "which sells the same software to couriers.",
            "Tallowmere's founder, Ottilie Brandreth, denied it. “Nobody is docked for a route "
            "we chose,” she said.",
        ),
        (
            "The routes",
            "The drivers say the app sent them across the ring road at rush hour.",
            "Corwin Ashby, who drove for two years, kept his route sheets. “Every late mark on "
            "my sheet is a route the app gave me,” he said.",
            "Later on Thursday the company said in a statement: “We pay every driver for every "
            "route, and we will publish the routing rules next month.”",
        ),
    )
    assert all(g[1] not in ("Example Tallowmere", "Example Quillfleet") for g in found(text))


# --- 6. a name inside an institution's name --------------------------------------------------


def test_the_last_item_of_an_institutions_list_is_no_person():
    text = (
        "Hamish Corrigall farms barley near Tarnock. The Example Centre for Food, Farming and "
        "Rural Life said nothing. “Nobody asked us about the drainage,” he said.\n"
    )
    assert found(text) == [("Nobody asked us about the drainage", "Hamish Corrigall", None)]


def test_a_role_at_an_institution_with_a_two_word_last_item_is_whole():
    text = (
        "Hamish Corrigall, director of the Example Centre for Food, Farming and Rural Life, "
        "spoke on Monday. “Nobody asked us about the drainage,” he said.\n"
    )
    assert found(text) == [
        (
            "Nobody asked us about the drainage",
            "Hamish Corrigall",
            "director of the Example Centre for Food, Farming and Rural Life",
        )
    ]


def test_a_person_after_an_institution_and_and_stays_a_person():
    text = (
        "The report was written by the Example Centre for Food, Farming and Soil and Hamish "
        "Corrigall. “Nobody asked us about the drainage,” he said.\n"
    )
    assert found(text) == [("Nobody asked us about the drainage", "Hamish Corrigall", None)]


# --- `His plea was blunt:`: what a person said, and how, before their quote -------------------


def test_a_possessive_manner_line_gives_the_quote_to_its_owner():
    text = (
        "Corinne Vasquez-Lund, a ferry captain who has worked the crossing for twenty years, "
        "asked the board to delay the new timetable until the winter storms had passed. Her "
        "plea was simple: “If the timetable is set by software, the software can come and "
        "stand on the deck in February.”\n"
    )
    assert found(text) == [
        (
            "If the timetable is set by software, the software can come and stand on the deck "
            "in February.",
            "Corinne Vasquez-Lund",
            "ferry captain",
        )
    ]


def test_a_possessive_line_about_a_place_is_no_attribution():
    text = (
        "Tomasz Wilk-Brennan runs the bakery on the corner. His shop was busy: the queue went "
        "past the pharmacy. “Bread prices are up a third,” said a woman in the queue.\n"
    )
    got = found(text)
    assert not any(who == "Tomasz Wilk-Brennan" for _, who, _ in got)


def test_a_surname_nobody_was_named_by_makes_the_next_pronoun_unsure():
    # The full name was printed only in a pull quote's caption, which the text leaves out:
    # `he` is not the shop steward named before, whatever her name's gender.
    text = (
        "“We have heard that before,” said Tomasz Brennan-Ode, a shop steward at the "
        "terminal.\n\n"
        "Okonkwo-Lisle later added that the cranes would be reviewed in November. “Nobody "
        "loses a job in this pilot,” he told reporters.\n"
    )
    got = found(text)
    assert got[0][1] == "Tomasz Brennan-Ode"
    assert got[1][0] == "Nobody loses a job in this pilot"
    assert got[1][1] == ""


def test_a_surname_the_article_named_in_full_keeps_its_pronoun():
    text = (
        "Halima Okonkwo-Lisle, the port's operations chief, opened the pilot on Monday.\n\n"
        "“We have heard that before,” said Tomasz Brennan-Ode, a shop steward.\n\n"
        "Okonkwo-Lisle later added that the cranes would be reviewed in November. “Nobody "
        "loses a job in this pilot,” she told reporters.\n"
    )
    got = found(text)
    assert got[1][:2] == ("Nobody loses a job in this pilot", "Halima Okonkwo-Lisle")
