"""The proposer on the classes behind blind batches 69 and 70's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): a second
office named by what it directs (`co-founder and type director`); an office printed after `That's
how`; a fronted question's object is no office; a photographer's credit is no one in the story;
a clause after a semicolon has its own (unnamed) subject; the asker of a fronted `Asked by …`
clause is not the one who answers; `NAME, the technician who wrote it,` means the unnamed `a …
technician` of a paragraph before; a transcript's roles come from its participants list; `A
statement from FIRM said:` and `the panel said:` are the firm's and the panel's; a sentence
opening with kin and a name (`Her brother NAME, who …, was blunter.`) introduces the quote after
it. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. A second office named by what it directs -----------------------------------------------


def test_a_second_office_of_a_noun_and_an_office_word_closing_the_apposition_is_kept():
    text = (
        "Harriet Oyelami-Strand, Corvane's co-founder and menu director, said the kitchen "
        "had changed. “We wrote every dish twice before we let anyone taste it,” she said."
    )
    assert found(text) == [
        (
            "We wrote every dish twice before we let anyone taste it",
            "Harriet Oyelami-Strand",
            "Corvane's co-founder and menu director",
        )
    ]


# --- 2. `That's how` is no part of the office ---------------------------------------------------


def test_an_office_after_thats_how_starts_after_how():
    text = (
        "That's how Brindle Works's co-founder, Tomas Adeyemi-Holt, described the job when I "
        'met him. "We started with a blank wall and forty tins of paint."'
    )
    assert found(text) == [
        (
            "We started with a blank wall and forty tins of paint.",
            "Tomas Adeyemi-Holt",
            "Brindle Works's co-founder",
        )
    ]


# --- 3. A fronted question's object is no office --------------------------------------------------


def test_the_object_of_a_fronted_asked_whether_clause_is_no_role():
    text = (
        "Asked whether she would take a night dispatcher job, Moira Fenwick laughed. “Ask me "
        "in a year,” she said, “when the new depot has opened in Carlisle.”"
    )
    assert found(text) == [
        ("Ask me in a year", "Moira Fenwick", None),
        ("when the new depot has opened in Carlisle.", "Moira Fenwick", None),
    ]


def test_an_office_inside_a_fronted_pressed_by_clause_is_still_the_role():
    # guard: the name inside the clause, after its office, keeps the office
    text = (
        "Pressed by the inquiry's chairman, Piers Latimer-Odu, on why the old ledger had been "
        "scrapped, the witness said little. “That is not a plan. That is a wish,” Latimer-Odu "
        "said."
    )
    assert found(text) == [
        ("That is not a plan. That is a wish", "Piers Latimer-Odu", "inquiry's chairman")
    ]


# --- 4. A photographer's credit is no one in the story ---------------------------------------


def test_a_pronoun_after_a_captions_photo_credit_means_the_person_before_it():
    text = (
        "Corinne Valdés-Okoro, the gallery's head curator, walks me through the rooms. "
        "“Nothing here was painted by hand,” she says.\n\n"
        "Corinne Valdés-Okoro in the east room. “The frames are real; the pictures are not,” "
        "she says. Photograph: Agnes Moravec-Linde\n\n"
        "The prices surprise people. “People assume it is cheaper,” she says. “It is not "
        "cheaper. It is quicker, which is another thing.”"
    )
    who, role = "Corinne Valdés-Okoro", "gallery's head curator"
    assert found(text) == [
        ("Nothing here was painted by hand", who, role),
        ("The frames are real; the pictures are not", who, role),
        ("People assume it is cheaper", who, role),
        ("It is not cheaper. It is quicker, which is another thing.", who, role),
    ]


# --- 5. A clause after a semicolon has its own subject ---------------------------------------


def test_an_unnamed_spokespersons_fragment_after_a_semicolon_is_not_the_firms():
    text = (
        "Example Brightmoor added a label to the clips on Tuesday; a Brightmoor spokesperson "
        "said the label was “added under our labelling policy for edited video”."
    )
    assert found(text) == []


# --- 6. The asker of a fronted `Asked by …` clause does not answer ---------------------------


def test_she_after_asked_by_the_chair_is_not_the_chair():
    text = (
        "The council's chair, Rosamund Ekwueme-Tate, opened the hearing. “We are here to "
        "listen,” she said.\n\n"
        "The baker Hilde Marchetti-Osei, who sells at the Saturday market, is giving evidence "
        "by video link.\n\n"
        "Asked by the chair whether the new rules would cost her trade, she said: “Probably a "
        "little. I would rather lose a little than lose the market.”"
    )
    assert found(text) == [
        ("We are here to listen", "Rosamund Ekwueme-Tate", "council's chair"),
        # (left unsure until batch 92; the one asked answers, as batch 70's label has it)
        (
            "Probably a little. I would rather lose a little than lose the market.",
            "Hilde Marchetti-Osei",
            "baker",
        ),
    ]


# --- 7. `the technician who wrote it` means the unnamed technician before -----------------------


def test_the_noun_who_wrote_it_takes_the_fuller_office_of_the_unnamed_one_before():
    text = (
        "Before the tour I had read a post from a Dunmore line operator. It is worth quoting.\n\n"
        "When I met Osian Tregarth, the operator who wrote it, he was a little shy about it. "
        "“It was a joke, mostly,” he said. “But half of my shift is now teaching the camera "
        "what it is looking at.”"
    )
    who, role = "Osian Tregarth", "Dunmore line operator"
    assert found(text) == [
        ("It was a joke, mostly", who, role),
        ("But half of my shift is now teaching the camera what it is looking at.", who, role),
    ]


# --- 8. A transcript's roles in its participants list ------------------------------------------


def test_a_transcripts_roles_come_from_its_participants_list():
    text = (
        "Participants:\n"
        "Hedda Lindqvist-Obi — Chief Executive Officer\n"
        "Rupert Okwu-Hale — Head of Supply Chain\n\n"
        "[00:10:02] OPERATOR: Our first question comes from Tariq Bellamy with Example Norcap.\n\n"
        "[00:10:09] TARIQ BELLAMY: Thanks. How much of the margin is the new planner?\n\n"
        "[00:10:15] HEDDA LINDQVIST-OBI: About half of it, and I want to be careful there. The "
        "rest is volume coming back to the plant.\n\n"
        "[00:10:40] RUPERT OKWU-HALE: The suppliers see the same plan we do now, an hour "
        "earlier than they used to.\n"
    )
    assert found(text) == [
        (
            "About half of it, and I want to be careful there. The rest is volume coming back "
            "to the plant.",
            "Hedda Lindqvist-Obi",
            "Chief Executive Officer",
        ),
        (
            "The suppliers see the same plan we do now, an hour earlier than they used to.",
            "Rupert Okwu-Hale",
            "Head of Supply Chain",
        ),
    ]


# --- 9. A firm's statement and a panel's ruling ------------------------------------------------


def test_a_statement_from_a_firm_said_is_the_firms():
    text = (
        "Example Tolland Foundry switched on two casting robots in March.\n\n"
        "We asked the company for a comment. A statement from Example Tolland Foundry said:\n\n"
        "> “Automation is part of our plan to keep casting in Wrexby. We will train our own "
        "people to run the new cells.”\n"
    )
    assert found(text) == [
        (
            "Automation is part of our plan to keep casting in Wrexby. We will train our own "
            "people to run the new cells.",
            "Example Tolland Foundry",
            None,
        )
    ]


def test_the_panel_said_is_the_panel_the_article_named():
    text = (
        "The Example Fairtrade Claims Panel upheld the complaint against Example Moravel Foods "
        "on Monday.\n\n"
        "In its ruling yesterday, the panel said: “The packaging implied a promise that the "
        "supply chain could not keep. Shoppers were entitled to take it at its word.”"
    )
    assert found(text) == [
        (
            "The packaging implied a promise that the supply chain could not keep. Shoppers "
            "were entitled to take it at its word.",
            "Example Fairtrade Claims Panel",
            None,
        )
    ]


def test_a_spokesperson_from_a_firm_is_still_unnamed():
    # guard: a spokesperson is a person the article does not name, never the firm
    text = (
        "Example Tolland Foundry switched on two casting robots in March. A spokesperson from "
        "Example Tolland Foundry said the robots were “part of a long plan for the Wrexby "
        "works”."
    )
    assert found(text) == []


# --- 10. Kin before the name that opens a sentence -----------------------------------------


def test_a_sentence_opening_with_kin_and_a_name_introduces_the_next_quote():
    text = (
        "Her brother Tobias Renn-Adair, who finished the furniture course in the summer, was "
        "blunter when we reached him. “The rule is a good idea. The deadline is a terrible one.”"
    )
    assert found(text) == [
        (
            "The rule is a good idea. The deadline is a terrible one.",
            "Tobias Renn-Adair",
            None,
        )
    ]
