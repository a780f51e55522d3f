"""The proposer on the classes behind blind batch 25's misses and false proposals (issue 23).

One or more tests per class, on text of its own (invented people, firms and places): the
proposer must follow the sentence's structure, and where the structure gives no role or no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. unnamed sources: the anonymity phrases, a split quote's first attribution ---------------


def test_she_added_after_an_anonymous_source_with_her_name_not_used():
    text = (
        "Judge Corwenna Thistlewood-Ames, who heard the three-day case, thanked the "
        "panel for its care. She will rule on costs next month.\n"
        "A court usher, who asked that her name not be used, said the vote had turned on "
        "the company's own memos. “We argued for an hour about one clause,” the usher "
        "said. “Mostly it was the memos,” she added, “and not the witnesses.”"
    )
    assert found(text) == []


def test_she_said_after_a_source_in_a_place_who_asked_not_to_be_named():
    text = (
        "Halvard Quenby-Marsh, the chief executive of Pellucid Labs, said sales had doubled. "
        "“It was a very good quarter for us,” he said.\n"
        "A retired bookbinder in Ghent, who requested anonymity because she still advises the "
        "board, was less sure. “The numbers were flattered by one customer,” she said."
    )
    assert found(text) == [
        (
            "It was a very good quarter for us",
            "Halvard Quenby-Marsh",
            "chief executive of Pellucid Labs",
        )
    ]


def test_a_source_whose_name_was_withheld_is_nobody():
    text = (
        "Senator Ottoline Brackwater opened the hearing. She read a statement.\n"
        "A ferry deckhand, whose name was withheld at her request, spoke "
        "next. “We were told to close the files by Friday, whatever was in them,” she said."
    )
    assert found(text) == []


def test_a_named_source_is_not_made_anonymous():
    text = (
        "A nurse at the clinic, Sorcha Vandermeer, said the rota had changed. "
        "“We had two days' notice,” she said."
    )
    assert found(text) == [("We had two days' notice", "Sorcha Vandermeer", "nurse at the clinic")]


# --- 2. reporters' questions -------------------------------------------------------------------


def test_a_reporters_question_is_never_a_quote():
    text = (
        "Lysander Okonkwo-Hale, the chief executive of Brightmoor, took questions after the "
        "keynote. “We will ship the assistant to every customer this year,” he said.\n"
        "“Will customers be able to turn the assistant off entirely?” asked Petronella Vask "
        "of the Example Courier.\n"
        "“Yes, with one switch, and it stays off,” Okonkwo-Hale said."
    )
    assert found(text) == [
        (
            "We will ship the assistant to every customer this year",
            "Lysander Okonkwo-Hale",
            "chief executive of Brightmoor",
        ),
        (
            "Yes, with one switch, and it stays off",
            "Lysander Okonkwo-Hale",
            "chief executive of Brightmoor",
        ),
    ]


def test_a_lawmakers_question_at_a_hearing_still_is_a_quote():
    text = (
        "“If the model can be tricked by a teenager, why should a hospital trust it?” asked "
        "Senator Philippa Dunmore-Vance, who chairs the committee."
    )
    assert found(text) == [
        (
            "If the model can be tricked by a teenager, why should a hospital trust it?",
            "Philippa Dunmore-Vance",
            "Senator",
        )
    ]


# --- 3. titles ----------------------------------------------------------------------------------


def test_a_posts_title_is_never_a_quote():
    text = (
        "Wenonah Castellaro-Fisk, the founder of Driftglass, wrote a long post on Tuesday "
        "titled “Everything we got wrong about selling to hospitals” and shared it on "
        "LinkedIn. “We priced it like software and sold it like a drug,” she wrote."
    )
    assert found(text) == [
        (
            "We priced it like software and sold it like a drug",
            "Wenonah Castellaro-Fisk",
            "founder of Driftglass",
        )
    ]


def test_what_someone_called_something_is_still_theirs():
    text = (
        "Ottavia Brennan-Lowe, the chief executive of Quillfern, thanked the staff for what "
        "she called “eleven months of doing two jobs at once.”"
    )
    assert found(text) == [
        (
            "eleven months of doing two jobs at once.",
            "Ottavia Brennan-Lowe",
            "chief executive of Quillfern",
        )
    ]


# --- 4. a document's text in the writer's sentence ---------------------------------------------


def test_a_documents_text_is_nobodys():
    text = (
        "Cassius Ambervale, who leaked the file, said it was genuine. “I copied it myself,” "
        "he said.\n"
        "The file runs to four pages. It instructs the assistant to “always recommend the "
        "premium plan first, even when the customer asks for the cheapest one”. Ambervale "
        "called that clause “the part nobody at the company wanted out.”"
    )
    assert found(text) == [
        ("I copied it myself", "Cassius Ambervale", None),
        ("the part nobody at the company wanted out.", "Cassius Ambervale", None),
    ]


# --- 5. roles: kin, a bracketed aside, a list of offices ---------------------------------------


def test_kin_is_never_a_role_and_the_office_before_wins():
    text = (
        "Advisory council chairman Eberhard Lindqvist-Rau, the founder's nephew, said the "
        "board backed the plan. “We will not sell the factory,” Lindqvist-Rau said."
    )
    assert found(text) == [
        ("We will not sell the factory", "Eberhard Lindqvist-Rau", "Advisory council chairman")
    ]


def test_a_bracketed_aside_on_how_it_was_delivered_is_not_the_role():
    text = (
        "“Every model we tested failed the same test in the same way.” — Ngozi Faulkner-Ito, "
        "Example Centre for Safety (via satellite link)"
    )
    assert found(text) == [
        (
            "Every model we tested failed the same test in the same way.",
            "Ngozi Faulkner-Ito",
            "Example Centre for Safety",
        )
    ]


def test_a_list_of_offices_with_commas_before_the_name():
    text = (
        "Senior Vice President, General Counsel and Chief Compliance Officer Marguerite "
        "Oyelaran-Steed said the vote would be repeated. “The shareholders have spoken and "
        "we will listen,” Oyelaran-Steed said."
    )
    assert found(text) == [
        (
            "The shareholders have spoken and we will listen",
            "Marguerite Oyelaran-Steed",
            "Senior Vice President, General Counsel and Chief Compliance Officer",
        )
    ]


# --- 6. dash lines with the role first ---------------------------------------------------------


def test_a_dash_line_with_a_firms_role_before_the_name():
    text = (
        "Ninth on the list: the outage nobody saw coming.\n"
        "> “We kept the lights on by hand for six hours, and nobody outside noticed.”\n"
        "— Corvallane's head of platform operations, Tamsin Okereke-Voss"
    )
    assert found(text) == [
        (
            "We kept the lights on by hand for six hours, and nobody outside noticed.",
            "Tamsin Okereke-Voss",
            "Corvallane's head of platform operations",
        )
    ]


def test_a_dash_with_a_lower_case_role_then_the_name():
    text = "“The coffee ran out before the keynote did.” — co-founder Idris Palomares-Wynn"
    assert found(text) == [
        (
            "The coffee ran out before the keynote did.",
            "Idris Palomares-Wynn",
            "co-founder",
        )
    ]


def test_a_dash_with_a_role_and_no_name_still_names_nobody():
    text = (
        "“The queue for the demo was longer than the demo.” — a product manager at Corvallane, "
        "who asked not to be named"
    )
    assert found(text) == []


# --- 7. pronouns: kin with a modifier, an office of the board, a fronted asker, they/them -------


def test_kin_with_a_modifier_resolves_to_the_name_given_before():
    text = (
        "Ilse Marwood-Tan ran the bakery chain for a decade. Her elder brother, Joost "
        "Marwood-Tan, built its ordering app.\n"
        "Ilse Marwood-Tan, 52, is the chair. “We sell bread, not software,” she said.\n"
        "Her brother, 55, the chief technology officer, disagrees. “Every loaf starts as an "
        "order on a phone now,” he said."
    )
    assert found(text) == [
        ("We sell bread, not software", "Ilse Marwood-Tan", "chair"),
        (
            "Every loaf starts as an order on a phone now",
            "Joost Marwood-Tan",
            "chief technology officer",
        ),
    ]


def test_an_office_of_the_board_before_the_name():
    text = (
        "Chair of the Board Henrike Oduya-Lindt opened the meeting late. “The projector had "
        "other plans this morning,” she said."
    )
    assert found(text) == [
        (
            "The projector had other plans this morning",
            "Henrike Oduya-Lindt",
            "Chair of the Board",
        )
    ]


def test_a_fronted_askers_name_is_not_the_pronouns():
    text = (
        "Pressed by Sunniva Achterberg of the Example Ledger on whether the chief executive "
        "would resign, Mr Kallistratos-Webb said it was a matter for the board. “We publish "
        "the numbers, we do not pick the people,” he added."
    )
    assert found(text) == [
        (
            "We publish the numbers, we do not pick the people",
            "Kallistratos-Webb",
            None,
        )
    ]


def test_they_of_a_person_who_uses_they_them_pronouns_nearest_and_alone():
    text = (
        "The first engineer was Arden Okafor-Lisle, who uses they/them pronouns and who had "
        "worked with Mireille Dufort at the lab. Okafor-Lisle now leads the data team. “Most "
        "of the job is saying no to new columns,” they said."
    )
    assert found(text) == [
        ("Most of the job is saying no to new columns", "Arden Okafor-Lisle", None)
    ]


def test_they_is_left_unsure_when_the_nearest_is_not_that_person():
    text = (
        "Arden Okafor-Lisle, who uses they/them pronouns, joined in 2021. Later Mireille "
        "Dufort and Tobin Reyes joined too. “We doubled the team in a year,” they said."
    )
    assert [(t, s) for t, s, _ in found(text)] == [("We doubled the team in a year", "")]


# --- 8. colons without a speech verb; straight single quotes after a firm's possessive ----------


def test_her_remarks_as_translated_by_a_wire_colon():
    text = (
        "Chief Executive Ragnhild Oppenheimer-Sá took questions in Norwegian. Asked about "
        "layoffs, she replied: “None this year, and none planned for next year either.”\n"
        "Oppenheimer-Sá played down the cut. Her remarks, as translated by Example Wire: "
        "“The robots are fine. The orders are late. Those are different problems.”"
    )
    assert found(text) == [
        (
            "None this year, and none planned for next year either.",
            "Ragnhild Oppenheimer-Sá",
            "Chief Executive",
        ),
        (
            "The robots are fine. The orders are late. Those are different problems.",
            "Ragnhild Oppenheimer-Sá",
            "Chief Executive",
        ),
    ]


def test_a_line_further_down_after_a_one_word_quote_is_the_same_posts():
    text = (
        "Investors said little. Florian Achebe-Marsh, a partner at Example Capital, said he "
        "had expected it. “We saw the numbers in March,” he said.\n"
        "In a second post on Friday, Ysolde Tremayne-Kwok, the founder, said what she would "
        "do next in one word: “Rest.” Then, a line further down: “After that, a company with "
        "fewer investors and more customers.”"
    )
    assert found(text) == [
        ("We saw the numbers in March", "Florian Achebe-Marsh", "partner at Example Capital"),
        (
            "After that, a company with fewer investors and more customers.",
            "Ysolde Tremayne-Kwok",
            "founder",
        ),
    ]


def test_the_subject_in_a_predicate_behind_an_apposition_with_a_firms_clause():
    text = (
        "Most backers kept quiet. The exception was Casimir Ondaatje-Rowe, a partner at "
        "Example Partners, which led the first round, who posted on Mastodon on Friday: "
        "“She gave back a third of our money. I would back her again.”"
    )
    assert found(text) == [
        (
            "She gave back a third of our money. I would back her again.",
            "Casimir Ondaatje-Rowe",
            "partner at Example Partners",
        )
    ]


def test_straight_single_quotes_after_a_quoted_fragment_and_a_possessive():
    text = (
        "Brindlecot said in a statement that it 'reviews all the reports' and had hired more "
        "moderators. Brindlecot's chief executive, Aurelio Fenwick-Oduya, said: 'We were too "
        "slow, and parents paid for it. That is on me.'"
    )
    assert found(text) == [
        (
            "We were too slow, and parents paid for it. That is on me.",
            "Aurelio Fenwick-Oduya",
            "Brindlecot's chief executive",
        )
    ]
