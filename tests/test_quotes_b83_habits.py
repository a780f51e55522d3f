"""The proposer on the classes behind blind batches 83 and 84's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): a
Markdown headline `NAME: 'words'` the body never prints; a writer's bracketed translation after
a quote; a name with an old abbreviation in the middle (`Ll.`); an office given in the sentence
before `NAME, AGE, …`; a specialist's `-ologist` noun as an office; a portfolio of two nouns
cut at `and` at a sentence's end; an epigraph's dash line naming in full someone a paragraph
calls by two words; `NAME asked whether she …`; an office after `since YEAR, as`; a law
firm's `associate`; a person named first in a photo caption (`NAME at home in …`). Expected
values are written by hand.
"""

from __future__ import annotations

from pathlib import Path

from quote_articles import found, found_on_page

# --- 1. a headline the body never prints ---------------------------------------------------


def test_a_markdown_headline_quote_not_in_the_body_is_not_proposed():
    text = (
        "# Halvard Essien-Moss: 'Every shortcut in a lab gets paid back with interest'\n\n"
        "Halvard Essien-Moss, chief chemist at Example Brightwater Labs, runs forty reactions "
        "a day. “The robot is quick, but it cannot tell when a flask looks wrong,” he said."
    )
    assert found(text) == [
        (
            "The robot is quick, but it cannot tell when a flask looks wrong",
            "Halvard Essien-Moss",
            "chief chemist at Example Brightwater Labs",
        )
    ]


# --- 2. the writer's translation in brackets ----------------------------------------------------


def test_a_bracketed_translation_after_a_quote_is_not_proposed():
    text = (
        "The clinic's ethics officer, Margit Lindqvist-Ebube, was blunt in the Example Dagbladet "
        "Norr: „Ein Modell ist kein Patient und keine Ärztin.“ (“A model is neither patient "
        "nor doctor.”)"
    )
    assert found(text) == [
        (
            "Ein Modell ist kein Patient und keine Ärztin.",
            "Margit Lindqvist-Ebube",
            "clinic's ethics officer",
        )
    ]


# --- 3. an abbreviated middle name; an office in the sentence before `NAME, AGE,` --------------


def test_a_name_with_an_abbreviated_middle_part_and_the_office_before_it():
    text = (
        "Among the first volunteers is a retired bus driver from Wrexham. Dafydd Ll. Harcombe, "
        "61, has lived with the disease for three years.\n\n"
        "‘My grandson wanted to know if the computer had fixed me,’ Mr Harcombe said. ‘I told "
        "him it has only just started reading my file.’"
    )
    role = "retired bus driver from Wrexham"
    assert found(text) == [
        ("My grandson wanted to know if the computer had fixed me", "Dafydd Ll. Harcombe", role),
        ("I told him it has only just started reading my file.", "Dafydd Ll. Harcombe", role),
    ]


# --- 4. a specialist's noun as an office --------------------------------------------------


def test_an_ologist_is_an_office_carried_to_the_next_paragraph():
    text = (
        "Professor Ines Galbraith-Oyo, the oncologist running the study at the Example "
        "Westmoor Infirmary, said the compound had earned its trial.\n\n"
        "‘Nobody would be dosing patients if the molecule had been a guess,’ she said. ‘It was "
        "screened, made by hand and tested on animals for two years.’"
    )
    role = "oncologist running the study at the Example Westmoor Infirmary"
    assert found(text) == [
        (
            "Nobody would be dosing patients if the molecule had been a guess",
            "Ines Galbraith-Oyo",
            role,
        ),
        (
            "It was screened, made by hand and tested on animals for two years.",
            "Ines Galbraith-Oyo",
            role,
        ),
    ]


# --- 5. a portfolio of two nouns at a sentence's end ----------------------------------------


def test_a_role_for_two_nouns_joined_by_and_at_the_sentences_end():
    text = (
        "“We waited for a partner whose compounds we could take into clinics,” said Annika "
        "Brevik Sollie, the Example Tromso Pharma senior vice president for discovery and "
        "translational medicine."
    )
    assert found(text) == [
        (
            "We waited for a partner whose compounds we could take into clinics",
            "Annika Brevik Sollie",
            "Example Tromso Pharma senior vice president for discovery and translational medicine",
        )
    ]


# --- 6. an epigraph's full name, a paragraph's two-word short form -----------------------------


def test_an_epigraphs_full_name_and_a_dash_line_with_two_of_its_words(tmp_path: Path):
    body = (
        '<blockquote><p>"We made the search faster. We did not make the chemistry easier."</p>'
        "<footer>— Tomás Herrera Quintana, chief executive, Example Vela Bio</footer>"
        "</blockquote>"
        "<p>The company keeps a log of every design round, something Herrera Quintana calls "
        '"cheap insurance".</p>'
        '<blockquote><p>"When the auditor asks why this batch and not the next, we can show '
        'them. Most of our rivals cannot."</p></blockquote>'
        "<p>— Herrera Quintana</p>"
    )
    role = "chief executive, Example Vela Bio"
    assert found_on_page(tmp_path, "The search engine for molecules", body) == [
        (
            "We made the search faster. We did not make the chemistry easier.",
            "Tomás Herrera Quintana",
            role,
        ),
        (
            "When the auditor asks why this batch and not the next, we can show them. Most "
            "of our rivals cannot.",
            "Tomás Herrera Quintana",
            role,
        ),
    ]


# --- 7. `NAME asked whether she …` ----------------------------------------------------------


def test_the_pronoun_of_a_question_someone_asks_is_not_theirs():
    text = (
        "Our correspondent Tomasz Ekwueme is at the back of the hall. Zainab al-Farsi, a "
        "trainee at Example Dune Legal, said she had doubts about the vote.\n\n"
        "“The software took the work we learned on,” she told Tomasz.\n\n"
        "Tomasz asked whether she used it herself. She smiled. “Every morning, without fail,” "
        "she said. “I'm the one who checks it.”"
    )
    role = "trainee at Example Dune Legal"
    assert found(text) == [
        ("The software took the work we learned on", "Zainab al-Farsi", role),
        ("Every morning, without fail", "Zainab al-Farsi", role),
        ("I'm the one who checks it.", "Zainab al-Farsi", role),
    ]


# --- 8. an office after `since YEAR, as` ------------------------------------------------------


def test_an_office_after_since_a_year_as():
    text = (
        "Rosalind Achebe-Varga has taught auditors for 15 years, first at the Example Ledger "
        "School and, since 2021, as head of learning at Example Thornbury Audit, a firm of 900 "
        "staff.\n\n"
        "**Example Audit Review:** Why did you stop the sampling drills?\n\n"
        "**Rosalind Achebe-Varga:** Because the tool does it, and pretending otherwise wasted "
        "everyone's week.\n\n"
        "**Example Audit Review:** What do trainees do instead?\n\n"
        "**Rosalind Achebe-Varga:** They check what the tool missed, which is harder."
    )
    role = "head of learning at Example Thornbury Audit"
    assert found(text) == [
        (
            "Because the tool does it, and pretending otherwise wasted everyone's week.",
            "Rosalind Achebe-Varga",
            role,
        ),
        ("They check what the tool missed, which is harder.", "Rosalind Achebe-Varga", role),
    ]


def test_such_as_is_no_office():
    text = (
        "Rosalind Achebe-Varga has taught auditors in places such as banks and councils. "
        "“The tool does the sampling now,” she said."
    )
    assert found(text) == [("The tool does the sampling now", "Rosalind Achebe-Varga", None)]


# --- 9. a law firm's associate ------------------------------------------------------------------


def test_a_law_firms_associate_in_a_split_quote_and_later():
    text = (
        "“It's handy work,” said Priya Valdane, a third-year associate at the practice, “but it "
        "is not the same as drafting a lease from nothing.”\n\n"
        "“You find the holes by stepping in them,” she added."
    )
    role = "third-year associate at the practice"
    assert found(text) == [
        ("It's handy work", "Priya Valdane", role),
        ("but it is not the same as drafting a lease from nothing.", "Priya Valdane", role),
        ("You find the holes by stepping in them", "Priya Valdane", role),
    ]


def test_an_associate_professor_is_still_the_professor():
    text = (
        "The lead author, Jonas Eberhart-Kai, an associate professor of law, has apologised.\n\n"
        "“We should have asked the board again when the design changed,” the associate "
        "professor wrote."
    )
    assert found(text) == [
        (
            "We should have asked the board again when the design changed",
            "Jonas Eberhart-Kai",
            "associate professor of law",
        )
    ]


# --- 10. a person named first in a photo caption ------------------------------------------------


def test_a_person_named_first_in_a_photo_caption_then_by_surname(tmp_path: Path):
    body = (
        '<figure><img src="https://img.example.com/p.jpg" alt=""><figcaption>Marisol '
        "Okpara-Lindgren at home in New Bedford. She joined a kidney trial after a screening "
        "tool flagged her file. (Ana Kowal for the Example Bay Courier)</figcaption></figure>"
        "<p>For a year, Okpara-Lindgren, a retired ferry clerk, was told there was no trial "
        "for her.</p>"
        "<p>“I thought the nurse had rung the wrong number,” Okpara-Lindgren said. “Nobody "
        "rings with good news about kidneys.”</p>"
    )
    role = "retired ferry clerk"
    assert found_on_page(tmp_path, "The algorithm found her a trial", body) == [
        ("I thought the nurse had rung the wrong number", "Marisol Okpara-Lindgren", role),
        ("Nobody rings with good news about kidneys.", "Marisol Okpara-Lindgren", role),
    ]


# --- 11. `… came from a ROLE at FIRM. NAME has …` ----------------------------------------------


def test_an_office_the_sentence_before_says_something_came_from():
    text = (
        "The frankest reply came from a partner at Example Marlow Quist. Odile Fenwick-Asare "
        "has led the firm's tools project since March.\n\n"
        "“We hired twelve juniors this year and we will hire nine next year,” Fenwick-Asare said."
    )
    assert found(text) == [
        (
            "We hired twelve juniors this year and we will hire nine next year",
            "Odile Fenwick-Asare",
            "partner at Example Marlow Quist",
        )
    ]


def test_a_partner_in_life_is_no_office():
    text = (
        "The call came from a partner of twenty years. Odile Fenwick-Asare has kept the "
        "letters.\n\n"
        "“I read them every winter, one a night,” Fenwick-Asare said."
    )
    assert found(text) == [("I read them every winter, one a night", "Odile Fenwick-Asare", None)]


# --- 12. `His complaint was about money:` ---------------------------------------------------


def test_an_owners_complaint_introduced_with_a_colon():
    text = (
        "Teodor Vasquez-Lind, managing partner of Example Lind Sons, said the board had "
        "listened only in part. His complaint was about money:\n\n"
        "“We bill clients for the check, and now we must bill them twice, once for the tool and "
        "once for the lawyer who checks it.”"
    )
    assert found(text) == [
        (
            "We bill clients for the check, and now we must bill them twice, once for the tool "
            "and once for the lawyer who checks it.",
            "Teodor Vasquez-Lind",
            "managing partner of Example Lind Sons",
        )
    ]
