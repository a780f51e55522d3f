"""The proposer on the classes behind blind batches 93 and 94's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): a name
with a father's name after a patronymic particle, later called by the names before it; a
Dutch surname with the article `'t`; a past trade after `and a former`; two portfolios before
an office opening the sentence; `Under Secretary`; a body's name before an office and a name
after the verb; a banner's words. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. `Nur Aisyah binti Rahman`, later `Nur Aisyah` -------------------------------------------


def test_a_patronymic_name_is_known_by_the_names_before_it():
    text = (
        "Siti Khadijah binti Osman, head of planning at Example Kuantan Grid, said the queue "
        "for connections had doubled. “We have more requests than cables,” she said.\n\n"
        "Siti Khadijah said the utility would publish its list. “Everyone will see where they "
        "stand,” she said."
    )
    who, role = "Siti Khadijah binti Osman", "head of planning at Example Kuantan Grid"
    assert found(text) == [
        ("We have more requests than cables", who, role),
        ("Everyone will see where they stand", who, role),
    ]


def test_a_welsh_patronymic_after_ap_is_known_by_the_given_names():
    text = (
        "Rhys Dafydd ap Gwilym, a ferry engineer, said the new scheduler was a gamble.\n\n"
        "“It has never seen a winter gale,” Rhys Dafydd said."
    )
    assert found(text) == [
        ("It has never seen a winter gale", "Rhys Dafydd ap Gwilym", "ferry engineer")
    ]


# --- 2. `Henrik van 't Hof`: the Dutch article's apostrophe --------------------------------------


def test_a_dutch_surname_with_the_article_t_is_one_name():
    text = (
        "Finance director Maartje van 't Zand said the write-down was a one-off. "
        "“We built the chips for a rule that no longer exists,” she said.\n\n"
        "Van 't Zand said the outlook was unchanged. “Nothing in our guidance assumes a "
        "licence,” she said."
    )
    assert found(text) == [
        (
            "We built the chips for a rule that no longer exists",
            "Maartje van 't Zand",
            "Finance director",
        ),
        ("Nothing in our guidance assumes a licence", "Maartje van 't Zand", "Finance director"),
    ]


# --- 3. `FIRM's founder and a former club physiotherapist,` --------------------------------------


def test_a_past_trade_of_two_words_after_and_a_former_is_part_of_the_role():
    text = (
        "Ingrid Solheim-Baptiste, Example Fjellrand Labs’ founder and a former ski instructor, "
        "said the model was simple.\n\n‘We count turns, not miracles,’ she said."
    )
    assert found(text) == [
        (
            "We count turns, not miracles",
            "Ingrid Solheim-Baptiste",
            "Example Fjellrand Labs’ founder and a former ski instructor",
        )
    ]


# --- 4. `Trade and industry minister NAME` -------------------------------------------------------


def test_two_portfolios_opening_the_sentence_before_an_office_are_one_role():
    text = (
        "Health and welfare minister Corazon Tan-Villanueva said the hospitals were ready. "
        "“The scanners arrive on Monday,” she said."
    )
    assert found(text) == [
        ("The scanners arrive on Monday", "Corazon Tan-Villanueva", "Health and welfare minister")
    ]


# --- 5. `Under Secretary for …` ------------------------------------------------------------------


def test_under_secretary_keeps_under_in_the_title():
    text = (
        "“The list is a floor for every exporter,” said Under Secretary for Trade Enforcement "
        "Marisol Achterberg-Diaz."
    )
    assert found(text) == [
        (
            "The list is a floor for every exporter",
            "Marisol Achterberg-Diaz",
            "Under Secretary for Trade Enforcement",
        )
    ]


# --- 6. `said FIRM federation president NAME` ----------------------------------------------------


def test_a_body_before_an_office_and_a_name_after_the_verb_is_the_persons_office():
    text = (
        "“We used to find the fixes a season late,” said Example Liga Cantabrica federation "
        "president Aurelio Santamaría-Ruiz."
    )
    assert found(text) == [
        (
            "We used to find the fixes a season late",
            "Aurelio Santamaría-Ruiz",
            "Example Liga Cantabrica federation president",
        )
    ]


def test_a_body_before_a_lower_case_office_of_two_words_after_the_verb():
    text = "“Nobody told the players,” said Example Hafen Rovers club captain Jonas Weidemann-Oku."
    assert found(text) == [
        ("Nobody told the players", "Jonas Weidemann-Oku", "Example Hafen Rovers club captain")
    ]


# --- 7. a banner's words -------------------------------------------------------------------------


def test_a_banners_words_are_nobodys_quote():
    text = (
        'The supporters\' club Example Nordblock Verein has called the app "digital nannying" '
        'and hung a banner at the derby reading "Players not pixels, people not numbers".'
    )
    assert found(text) == []
