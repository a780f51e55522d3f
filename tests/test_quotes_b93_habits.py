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


# --- 8. `Now, as ROLE at FIRM, she …` after the sentence the name opens ---------------------------


def test_now_as_an_office_in_the_next_sentence_is_the_names_role():
    text = (
        "Mateus Oliveira-Kane spent nine years driving around the lower leagues of Chile and "
        "Peru with a camera, a thermos and a knack for spotting goalkeepers before anyone "
        "else. Now, as head of scouting at Example Pacifico FC, he runs a department built "
        "around a model.\n\n"
        "“I was a camera person,” he says."
    )
    assert found(text) == [
        ("I was a camera person", "Mateus Oliveira-Kane", "head of scouting at Example Pacifico FC")
    ]


# --- 9. `Japan's minister of economy, trade and industry, NAME,` ---------------------------------


def test_an_office_with_a_list_of_portfolios_set_off_before_the_name():
    text = (
        "Ghana's minister for energy, water, roads and housing, Kofi Mensah-Ato, who hosted "
        "the talks, said the deal was late. “We have all read the same list,” he said."
    )
    assert found(text) == [
        (
            "We have all read the same list",
            "Kofi Mensah-Ato",
            "Ghana's minister for energy, water, roads and housing",
        )
    ]


def test_a_list_of_people_before_a_name_is_no_office():
    text = (
        "She met bankers, traders and analysts, Kofi Mensah-Ato said. "
        "“We have all read the same list,” he said."
    )
    assert found(text) == [("We have all read the same list", "Kofi Mensah-Ato", None)]


# --- 10. posts with no verb: `A follow-up post in the same thread:`, `The caption:` -------------


def test_a_follow_up_post_with_no_verb_is_the_same_posters():
    text = (
        "On Bluesky, physiotherapist Arun Venkataraman-Hale wrote: “The audit is late again.”\n\n"
        "A second post in the same thread: “That is not a crisis. It is a reason to publish.”"
    )
    who, role = "Arun Venkataraman-Hale", "physiotherapist"
    assert found(text) == [
        ("The audit is late again.", who, role),
        ("That is not a crisis. It is a reason to publish.", who, role),
    ]


def test_a_caption_after_a_sentence_saying_someone_posted_is_theirs():
    text = (
        "The dancer Lolo Amaral-Souza posted a clip on Instagram after training.\n\n"
        "The caption: “The app says rest. The coach says rest. My feet say samba.”"
    )
    assert found(text) == [
        (
            "The app says rest. The coach says rest. My feet say samba.",
            "Lolo Amaral-Souza",
            "dancer",
        )
    ]


# --- 11. a person known by one name after an office (`winger Neneca`) ----------------------------


def test_one_name_after_an_office_and_before_who_is_a_person():
    text = (
        "Example Porto Azul winger Lolo, who was rested for two matches after the club's model "
        "put him on its “red list”, posted a photo of himself in a cold tub to Instagram. "
        "The caption: “The app says rest. The coach says rest. My feet say samba.”"
    )
    assert found(text) == [
        (
            "The app says rest. The coach says rest. My feet say samba.",
            "Lolo",
            "Example Porto Azul winger",
        )
    ]


# --- 12. `Gregory Tan Wei Ming`, later `Tan` ------------------------------------------------------


def test_a_chinese_family_name_after_a_western_given_name_is_the_short_form():
    text = (
        "Example Raffles Freight's chief executive, Jonathan Lim Kok Wah, said the firm had "
        "cooperated fully.\n\n"
        "Another former employee, who asked not to be named, said the checks were a phone call. "
        "“We never visited a single site,” the person said.\n\n"
        "Lim disputed that account. Asked about the claims, he said the company kept records. "
        "“The records are with the investigators,” he said."
    )
    assert found(text) == [
        (
            "The records are with the investigators",
            "Jonathan Lim Kok Wah",
            "Example Raffles Freight's chief executive",
        )
    ]


# --- 13. `next to her captain, NAME, who declined to comment. She …` -----------------------------


def test_the_one_set_off_as_her_office_is_not_the_next_she():
    text = (
        "Our reporter has been to training at Example Wellington Port, where head coach Aroha "
        "Tipene-Wells was sitting next to her captain, Semisi Vunipola-Hart, who declined to "
        "comment on the rules. She did not hold back.\n\n"
        "“I have used the numbers for years,” she said."
    )
    assert found(text) == [
        ("I have used the numbers for years", "Aroha Tipene-Wells", "head coach")
    ]


# --- 14. a split quote's one-word first part before a long apposition ----------------------------


def test_a_short_first_part_before_a_long_apposition_is_joined_to_the_second():
    text = (
        "The makers say they are expanding. “Honestly,” said Park Ji-hoon, chief executive of "
        "Example Hanbit Cable, a Korean cable maker that supplies several projects, “we could "
        "sell every reel twice.”"
    )
    assert found(text) == [
        (
            "Honestly … we could sell every reel twice.",
            "Park Ji-hoon",
            "chief executive of Example Hanbit Cable",
        )
    ]
