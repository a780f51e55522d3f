"""The proposer on the classes behind blind batches 55 and 56's wrong proposals.

One or more tests per class, on text of its own (invented people, firms, places and pages): the
proposer must follow the sentence's and the page's structure, and where the structure gives no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. a pull quote repeating an anonymous source's words ----------------------------------------


def test_a_pull_quote_of_an_anonymous_source_is_not_the_paragraph_befores():
    text = "\n\n".join(
        (
            "One buyer at a rival chain, who asked not to be named, was blunter. “Shelf space "
            "is a promise. Nobody wants to break one in public.”",
            "The regulator’s head of markets, Corentin Abara-Vale, said a ruling was due in "
            "spring. “We will decide this on the evidence, and we will publish it,” he said.",
            "“Shelf space is a promise.”",
            "Stock in the chain rose two per cent on the news.",
        )
    )
    assert found(text) == [
        (
            "We will decide this on the evidence, and we will publish it",
            "Corentin Abara-Vale",
            "regulator’s head of markets",
        )
    ]


# --- 2. a headline quoted as a title, set off after the noun naming it ----------------------------


def test_a_headline_named_in_apposition_is_not_a_quote():
    text = (
        "The Newsprint Complaints Board found that the headline, ‘Council hides mouldy school "
        "from parents’, "
        "was misleading. Its chair, Wendeline Marsh-Obi, said: ‘A headline is a claim like "
        "any other, and it has to be true.’"
    )
    assert [quote for quote, _, _ in found(text)] == [
        "A headline is a claim like any other, and it has to be true."
    ]


# --- 3. a bracketed aside between a Q&A's answers -------------------------------------------------

_ASIDE_QA = "\n\n".join(
    (
        "# “The tide sets the timetable”: a conversation with the harbourmaster",
        "Ingrid Olsen-Achebe has run the port of Wenmouth for nine years. This interview has "
        "been edited for length.",
        "**Is the new dredger worth the money?**",
        "I think so. We lose two sailings a month to silt, and that is not a small thing for me.",
        "**Your deputy, Marek Tollervey, says the dredger is the best thing you have bought.**",
        "He would say that. He chose it, and I signed for it.",
        "(Tollervey, reached by phone, agreed. “I chose it and I would choose it again,” he said.)",
        "**What comes next?**",
        "A new pontoon, if the council lets me have it before my retirement.",
    )
)


def test_an_aside_in_brackets_is_not_the_interviewees_answer():
    assert [(q, s) for q, s, _ in found(_ASIDE_QA) if "choose it again" in q] == [
        ("I chose it and I would choose it again", "Marek Tollervey")
    ]
    assert not any("reached by phone" in q for q, _, _ in found(_ASIDE_QA))


# --- 4. an age before the occupation --------------------------------------------------------------


def test_an_age_before_the_occupation_is_no_part_of_the_role():
    text = (
        "Among them, 52-year-old retired postman Alfred Nwosu-Blake, waited three hours. "
        "‘Nobody told me the office had moved to the other side of town,’ he said."
    )
    assert found(text) == [
        (
            "Nobody told me the office had moved to the other side of town",
            "Alfred Nwosu-Blake",
            "retired postman",
        )
    ]


# --- 5. the writer's subject and verb before an office set off by commas --------------------------


def test_we_invited_is_no_part_of_the_role():
    text = (
        "We invited Harlow Housing’s repairs manager, Ezinne Castellano, to our "
        "October meeting. “Every damp report gets a visit within ten days,” she said."
    )
    assert found(text) == [
        (
            "Every damp report gets a visit within ten days",
            "Ezinne Castellano",
            "Harlow Housing’s repairs manager",
        )
    ]


# --- 6. an office held to a body, printed before the name -----------------------------------------


def test_adviser_to_the_board_is_the_whole_role():
    text = (
        'Procurement adviser to the committee Ottoline Gravesend-Mba urged caution. "The reserves '
        'will not cover a second bad winter, and members should plan for that now," she said.'
    )
    assert found(text) == [
        (
            "The reserves will not cover a second bad winter, and members should plan for that now",
            "Ottoline Gravesend-Mba",
            "Procurement adviser to the committee",
        )
    ]


# --- 7. one surname, two people, one printed as owning the other ----------------------------------

_TWO_HOLLOWAYS = "\n".join(
    (
        "On Monday, plasterer Desmond Holloway posted a photo of a fine to his followers. "
        "“Fined by a robot for standing still. On a tea break. In the tea hut,” Holloway wrote.",
        "Holloway’s partner, Imelda Holloway, added a photo of the tea hut: “It is a shed with a "
        "kettle in it, not a danger zone.”",
        "Holloway said by text that he only wanted a person to check the fines. “Let a human "
        "look first,” he wrote.",
    )
)


def test_a_surname_two_people_share_is_nobody_surely():
    by_quote = {q: (s, r) for q, s, r in found(_TWO_HOLLOWAYS)}
    assert by_quote.get("It is a shed with a kettle in it, not a danger zone.") == (
        "Imelda Holloway",
        None,
    )
    # the bare surname and the pronoun after it may mean either: no speaker, never the wife
    assert all(s in ("", None) for q, (s, _) in by_quote.items() if "tea break" in q)
    assert all(s in ("", None) for q, (s, _) in by_quote.items() if "human" in q)
