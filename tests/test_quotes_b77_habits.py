"""The proposer on the classes behind blind batches 77 and 78's false proposals.

One or more tests per class, on text of its own (invented people, firms and places): a post's
date printed day first after its handle (`(@handle), 10 Nov 2026`) is no part of the role; `His
attorney, NAME, a partner at FIRM,` gives the occupation after the name; `NAME — no relation to
the chairman —` is no role; a bare one-word name shared as the first word of two names printed
family name first (`Lee`) is unsure; `— FIRM spokesperson NAME` is NAME's; `call centre agent
and shop steward` is one role; `State IT and industries minister NAME` is left with no role
rather than cut; `Governor of Ashvale County NAME` names NAME; `Operator Dean NAME` is a person
named Dean. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. A post's date, day first, after the handle ----------------------------------------------


def test_a_posts_date_day_first_is_no_part_of_the_role():
    text = (
        "Replies poured in under the memo.\n\n"
        "“I run a team of nine and I never asked for a keystroke counter. Nobody did.”\n\n"
        "— Oswin Fairlamb-Kato, logistics team lead at Brackwell (@ofkato), 3 Dec 2026"
    )
    assert found(text) == [
        (
            "I run a team of nine and I never asked for a keystroke counter. Nobody did.",
            "Oswin Fairlamb-Kato",
            "logistics team lead at Brackwell",
        )
    ]


# --- 2. `His attorney, NAME, a partner at FIRM,` --------------------------------------------------


def test_his_attorney_yields_to_the_occupation_after_the_name():
    text = (
        "Corwin Addaway-Pike applied for ninety jobs and heard nothing.\n\n"
        "His attorney, Rosamund Okafor-Lisle, a partner at Example Fenwick & Dray, said the "
        "firm had seen the audit. “The gap was known in January and nothing changed,” "
        "Okafor-Lisle said."
    )
    assert found(text) == [
        (
            "The gap was known in January and nothing changed",
            "Rosamund Okafor-Lisle",
            "partner at Example Fenwick & Dray",
        )
    ]


# --- 3. `— no relation to the chairman —` ------------------------------------------------------


def test_no_relation_to_someone_is_no_role():
    text = (
        "The chairman, Barnaby Quillfeather, opened the new line on Monday.\n\n"
        "Tooling engineer Harriet Quillfeather — no relation to the chairman — said: ‘We set "
        "the first part up before lunch and had it running by tea.’"
    )
    assert found(text)[-1] == (
        "We set the first part up before lunch and had it running by tea.",
        "Harriet Quillfeather",
        "Tooling engineer",
    )


# --- 4. `Lee` of two names printed family name first --------------------------------------------


def test_a_family_name_first_shared_by_two_people_is_unsure():
    text = (
        "Park Ji-won, the company's head of displays, said demand was steady. “We sold every "
        "panel we made,” Park said.\n\n"
        "Plant manager Park Seo-yeon, no relation to the executive, said hiring would start in "
        "March. “We need,” Park said, “about 300 people, and most of them we will train here.”"
    )
    # (neither `Park said` is given to one of the two: both unsure, never the wrong Park)
    assert [q[1] for q in found(text)] == ["", ""]


# --- 5. `— FIRM spokesperson NAME` --------------------------------------------------------------


def test_a_firms_spokesperson_on_a_dash_line_is_the_speaker():
    text = (
        "The reactions\n\n"
        "“We welcome the plant, but farmers in Lowmere should not pay for its cables.”\n\n"
        "— Example Lowmere Power Board spokesperson Wanjala Otieno-Reyes"
    )
    assert found(text) == [
        (
            "We welcome the plant, but farmers in Lowmere should not pay for its cables.",
            "Wanjala Otieno-Reyes",
            "Example Lowmere Power Board spokesperson",
        )
    ]


# --- 6. `call centre agent and shop steward` ---------------------------------------------------


def test_a_guests_second_office_after_and_is_kept():
    text = (
        "Work Talk, episode 4\n\n"
        "Guests: Hollis Brennan-Uto, chief executive of Example Larchway Services; Mina "
        "Castellane, warehouse picker and shop steward\n\n"
        "GRETA OYELARAN: Welcome. Mina, does the scanner help?\n\n"
        "MINA CASTELLANE: Some days it does. Most days it counts my steps and nothing else.\n\n"
        "GRETA OYELARAN: Hollis?\n\n"
        "HOLLIS BRENNAN-UTO: We check every score by hand before it is used."
    )
    assert found(text)[0] == (
        "Some days it does. Most days it counts my steps and nothing else.",
        "Mina Castellane",
        "warehouse picker and shop steward",
    )


# --- 7. `State IT and industries minister NAME`: no role rather than a cut one --------------------


def test_a_portfolio_after_an_acronym_and_and_is_not_cut():
    text = (
        "State IT and industries minister Vikram Hegde-Rao took questions on the rules. He "
        "said payments would follow output.\n\n"
        "“Nobody is paid for a ribbon cutting,” he said."
    )
    assert found(text) == [("Nobody is paid for a ribbon cutting", "Vikram Hegde-Rao", None)]


# --- 8. `Governor of Ashvale County NAME` -----------------------------------------------------


def test_a_governor_of_a_county_names_the_person_after_it():
    text = (
        "The board's chair, Tobias Wren-Achebe, said: “The line will be built in phases.”\n\n"
        "Governor of Ashvale County Miriam Kiprono welcomed the choice of site. “Our graduates "
        "have been leaving for the capital,” she said."
    )
    assert found(text)[-1] == (
        "Our graduates have been leaving for the capital",
        "Miriam Kiprono",
        "Governor of Ashvale County",
    )


# --- 9. `Operator Dean NAME`: Dean a first name after an office -----------------------------------


def test_dean_after_an_office_and_before_one_word_is_a_first_name():
    text = (
        "The chairman, Rupert Vance-Illing, called it a new start for the works.\n\n"
        "Welder Dean Haversham stood by the new arm. ‘It learnt my weld on the second try,’ "
        "he said."
    )
    assert found(text)[-1] == (
        "It learnt my weld on the second try",
        "Dean Haversham",
        "Welder",
    )
