"""The proposer on the classes behind blind batches 57 and 58's wrong proposals.

One or more tests per class, on text of its own (invented people, firms, places and pages): the
proposer must follow the sentence's and the page's structure, and where the structure gives no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. a guest's courtesy of two sentences -------------------------------------------------------


def test_thanks_and_good_to_be_here_is_a_courtesy_not_a_quote():
    text = "\n\n".join(
        (
            "HOST: My guest is Tamsin Orde-Bell, who runs the Gullhaven Ferry Company. Welcome.",
            "TAMSIN ORDE-BELL: Thanks, Piers. Great to be here.",
            "HOST: So, the timetable?",
            "ORDE-BELL: We rebuilt it from scratch. It took a year.",
        )
    )
    assert found(text) == [
        ("We rebuilt it from scratch. It took a year.", "Tamsin Orde-Bell", None)
    ]


# --- 2. roles: two offices joined by `and`, a story's `then`, an occupation before `Dr` -----------


def test_two_offices_joined_before_the_name_are_one_role():
    text = (
        "Union treasurer and retired welder Odile Fenn said the deal was thin. “Nobody asked "
        "us,” she said."
    )
    assert found(text) == [("Nobody asked us", "Odile Fenn", "Union treasurer and retired welder")]


def test_then_before_an_office_set_off_by_commas_is_no_part_of_it():
    text = "And then our own Velder Workers' Club chair, Odile Fenn, stood up: “Nobody asked us.”"
    assert found(text) == [("Nobody asked us.", "Odile Fenn", "our own Velder Workers' Club chair")]


def test_an_occupation_before_an_undotted_doctor_is_the_role():
    text = "Agronomist Dr Priyanka Bell said members should write in. “Nobody else will,” she said."
    assert found(text) == [("Nobody else will", "Priyanka Bell", "Agronomist")]


def test_one_of_our_volunteers_is_a_second_post_of_the_same_person():
    text = (
        "Odile Fenn, a welder and one of our volunteer stock-checkers in Northgate, put it "
        "simply: “Nobody asked us.”"
    )
    assert found(text) == [
        (
            "Nobody asked us.",
            "Odile Fenn",
            "welder and one of our volunteer stock-checkers in Northgate",
        )
    ]


def test_a_portfolio_of_a_noun_and_a_two_word_noun_is_one_office():
    text = (
        "Velder’s director of sales and customer care, Odile Fenn, who joined in May, said: "
        "“Nobody asked us.”"
    )
    assert found(text) == [
        ("Nobody asked us.", "Odile Fenn", "Velder’s director of sales and customer care")
    ]


def test_a_dash_line_naming_only_the_firm_keeps_the_office_introduced():
    text = "\n\n".join(
        (
            "The loudest voice is Ines Okwu-Darrow, the goalkeeper for Copperfield Rovers, who "
            "was dropped on Friday.",
            "“I have kept goal for nine years. The model has watched me for nine days.” — Ines "
            "Okwu-Darrow, Copperfield Rovers",
        )
    )
    assert found(text) == [
        (
            "I have kept goal for nine years. The model has watched me for nine days.",
            "Ines Okwu-Darrow",
            "goalkeeper for Copperfield Rovers",
        )
    ]


# --- 3. who speaks: the one spoken to, the one asking, a preposition, a possessive `her` ----------


def test_a_pronoun_after_he_spoke_to_a_firms_reporter_is_not_the_reporters():
    text = "\n\n".join(
        (
            "Also in the gallery is Piers Lanchester, whose eight-year-old son spent four nights "
            "in hospital. He spoke to Kestrel TV’s Maura Quinn during a break.",
            "“He’s home now, thank God. But nobody has explained a thing,” he said. He told us "
            "he had written twice.",
        )
    )
    assert found(text) == [("He’s home now, thank God. But nobody has explained a thing", "", None)]


def test_the_one_who_asks_is_not_the_one_who_replies():
    text = "\n\n".join(
        (
            "Giving evidence, the firm’s chief engineer, Dr Nadia Okafor-Ruiz, said the tool did "
            "as asked. ‘We follow the brief,’ she told the court.",
            "Asked by Ms Pellow-Grant whether speed had been one of the goals, she replied: ‘It "
            "was one of three. It was the smallest.’",
        )
    )
    assert found(text) == [
        ("We follow the brief", "Nadia Okafor-Ruiz", "firm’s chief engineer"),
        ("It was one of three. It was the smallest.", "Nadia Okafor-Ruiz", "firm’s chief engineer"),
    ]


def test_per_opening_a_sentence_is_a_preposition_not_a_given_name():
    text = "\n\n".join(
        (
            "The board hands over to Lorcan Iwu-Berry, the agency’s chief statistician. He shows "
            "a chart.",
            "To be fair, the agency is open about it. Per Iwu-Berry’s own numbers, most alerts "
            "were false.",
            "His reading: “A rumour looks like a fix for an hour. We would rather chase a rumour "
            "than miss a fix.”",
        )
    )
    assert found(text) == [
        (
            "A rumour looks like a fix for an hour. We would rather chase a rumour than miss a "
            "fix.",
            "Lorcan Iwu-Berry",
            "agency’s chief statistician",
        )
    ]


def test_her_in_a_clause_about_a_contract_says_nothing_of_the_speakers_gender():
    text = "\n\n".join(
        (
            "Her son, Tobias Carnow, 51, said the family had learned of it last week. ‘Mum left "
            "sketches,’ he said.",
            "He added: ‘She never made these.’",
            "Kilnworth’s managing director, Rupert Vane-Osei, said the gallery had acted within "
            "its contract, which lets it sell ‘finished works’ from her studio.",
            "‘Elspeth told me in this room that she wanted them made,’ he said.",
        )
    )
    assert found(text)[-1] == (
        "Elspeth told me in this room that she wanted them made",
        "Rupert Vane-Osei",
        "Kilnworth’s managing director",
    )


# --- 4. words that are no one's quote -------------------------------------------------------------


def test_the_family_of_a_named_person_is_not_that_person():
    text = (
        "The family of the late potter Elspeth Carnow have accused her former gallery of "
        "‘selling a dead woman’s name twice over’ after it sold copies."
    )
    assert found(text) == []


def test_a_body_named_by_its_members_plural_is_not_a_person():
    text = (
        "In a statement on Monday, Fenward Salad Growers said the cuts had been made “for "
        "reasons of weather and nothing to do with the model” and that it paid fairly."
    )
    assert found(text) == []
