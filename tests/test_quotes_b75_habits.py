"""The proposer on the classes behind blind batches 75 and 76's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): `the
committee chair and Labour MP for SEAT` is one role, a party's member for a seat being a second
office; `managing director, retail, at FIRM, one of …` is the role to the firm; a transcript's
`(laughs)` opening an answer is left out of it, as `[laughs]` is; `After the recording, NAME,
ROLE, emailed us: “…”` after the last answer is the writer's report of NAME's words, not more
of the answer; `the judges' citation called the poem “…”` is nobody's named (not proposed);
`the crossbench peer` after a name is an office, printed after the name it wins over
`Professor`; in a list `the novelist NAME1, the poet and prize judge NAME2, and …` NAME1's role
is `novelist`, not the next person's title; `Translator and Union council member NAME` opening a
sentence is one role of two offices; a bare office in lower case after a guest's name (`NAME,
audiobook narrator;`), or one word of it before a town (`NAME, bookseller, Sligo:`), is the
role; `Asked by PARTY MP for SEAT, NAME, which …` gives NAME the office; `Principal cello NAME`
opening a sentence is the role; a list item `1. **NAME, ROLE.** “…”` with no speech verb is
NAME's; a photo caption `TITLE NAME at PLACE: ‘…’` is kept as a paragraph and its quote
proposed. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

from digest.editor.articles import load_article
from digest.editor.quotes import propose

# --- 1. `and Labour MP for SEAT`: a second office ------------------------------------------------


def test_a_chair_and_a_partys_member_for_a_seat_is_one_role():
    text = (
        "Dame Oriel Vantongeren, the committee chair and Labour MP for Dunmere West, has opened "
        "the session. Her opening line: “We will hear from four suppliers today and from the "
        "regulator after lunch.”"
    )
    assert found(text) == [
        (
            "We will hear from four suppliers today and from the regulator after lunch.",
            "Oriel Vantongeren",
            "committee chair and Labour MP for Dunmere West",
        )
    ]


# --- 2. `managing director, retail, at FIRM, one of …` -------------------------------------------


def test_an_office_its_function_and_at_firm_is_the_role_to_the_firm():
    text = (
        "Now giving evidence: Lucan Abernethy-Sole, managing director, retail, at Example "
        "Corvale Power, one of the largest suppliers.\n\n"
        "Abernethy-Sole replied: “It works for the customer and always will, we are certain.”"
    )
    assert found(text) == [
        (
            "It works for the customer and always will, we are certain.",
            "Lucan Abernethy-Sole",
            "managing director, retail, at Example Corvale Power",
        )
    ]


# --- 3 and 4. A transcript: `(laughs)`, and a report after the last answer ------------------

_KILN = (
    "On this week's Kiln Hour, host Bartholomew Renshaw-Quay talks to Ottoline Brancaster-Vey, "
    "who runs the kilns at Example Marlpit Pottery, about firing with a smart controller.\n\n"
    "[00:01:10] BARTHOLOMEW RENSHAW-QUAY: Who wrote the software?\n\n"
    "[00:01:14] OTTOLINE BRANCASTER-VEY: (laughs) Nobody clever. It reads the thermocouples and "
    "it nudges the gas, and most nights it does better than I did.\n\n"
    "[00:02:02] BARTHOLOMEW RENSHAW-QUAY: Will you sell it?\n\n"
    "[00:02:05] OTTOLINE BRANCASTER-VEY: I'd rather give it away. The code is on our website "
    "already.\n\n"
    "After the recording, Ferdinand Ackroyd-Lutt, treasurer of the pottery's cooperative, emailed "
    'us to add: "We have no plans to charge anyone for it. Other potteries are welcome to '
    'copy it."\n\n'
    "COMING UP: Why your glaze supplier is suddenly talking about algorithms.\n\n"
    "Kiln Hour is produced by Example Saggar Audio."
)


def test_a_bracketed_stage_direction_opening_an_answer_is_left_out():
    first = found(_KILN)[0]
    assert first == (
        "Nobody clever. It reads the thermocouples and it nudges the gas, and most nights it "
        "does better than I did.",
        "Ottoline Brancaster-Vey",
        None,
    )


def test_a_report_of_another_persons_words_to_us_after_the_last_answer_is_theirs():
    assert found(_KILN)[1:] == [
        (
            "I'd rather give it away. The code is on our website already.",
            "Ottoline Brancaster-Vey",
            None,
        ),
        (
            "We have no plans to charge anyone for it. Other potteries are welcome to copy it.",
            "Ferdinand Ackroyd-Lutt",
            "treasurer of the pottery's cooperative",
        ),
    ]


# --- 5. The judges' citation: nobody named -------------------------------------------------------


def test_what_the_judges_citation_called_a_work_is_not_the_prizes_quote():
    text = (
        "When the Example Thornfield Essay Award announced its shortlist in May, the judges' "
        'citation called the essay "a quiet and unflinching piece of reporting." Two months '
        "later the award had been withdrawn."
    )
    assert found(text) == []


# --- 6. `the crossbench peer` ------------------------------------------------------------------


def test_a_peers_bench_printed_after_the_name_wins_over_professor():
    text = (
        "Professor Lord Tobias Wrenfield, the crossbench peer who sits on the Lords science "
        "committee, said firms should go further. ‘People deserve to know who wrote the thing "
        "they are reading,’ he said."
    )
    assert found(text) == [
        (
            "People deserve to know who wrote the thing they are reading",
            "Tobias Wrenfield",
            "crossbench peer",
        )
    ]


# --- 7. A list of people titled before their names ---------------------------------------------


def test_the_next_persons_title_in_a_list_is_not_an_apposition():
    text = (
        "With her on the stage are the novelist Odile Marchbank, the poet and festival judge "
        "Cyril Ambrose-Teel, and a bookseller.\n\n"
        "Marchbank spoke first. “I worry less about readers than about the people who pay "
        "writers,” she said."
    )
    assert found(text) == [
        (
            "I worry less about readers than about the people who pay writers",
            "Odile Marchbank",
            "novelist",
        )
    ]


# --- 8. Two offices before the name, the first opening the sentence --------------------------


def test_two_offices_before_a_name_opening_a_sentence_are_one_role():
    text = (
        "Translator and Union council member Henrietta Ocampo-Reyes welcomed the change. “Two "
        "years ago nobody would say it in the room. Now it is in the draft,” she said."
    )
    assert found(text) == [
        (
            "Two years ago nobody would say it in the room. Now it is in the draft",
            "Henrietta Ocampo-Reyes",
            "Translator and Union council member",
        )
    ]


# --- 9. `Guests: NAME, audiobook narrator; …`: a bare office in lower case -----------------------


def test_a_guests_bare_office_in_lower_case_is_the_role():
    text = (
        "The Long Shelf, episode 12\n\n"
        "Guests: Wilfred Haskins-Obi, audiobook narrator; Petra Lindqvist-Ade, chief executive "
        "of Example Resonant Books\n\n"
        "MARGOT FELL: Welcome. Wilfred, how did you find out?\n\n"
        "WILFRED HASKINS-OBI: A listener wrote to me about a book I had never read aloud.\n\n"
        "MARGOT FELL: Petra?\n\n"
        "PETRA LINDQVIST-ADE: We check every voice we license against a signed form."
    )
    assert found(text) == [
        (
            "A listener wrote to me about a book I had never read aloud.",
            "Wilfred Haskins-Obi",
            "audiobook narrator",
        ),
        (
            "We check every voice we license against a signed form.",
            "Petra Lindqvist-Ade",
            "chief executive of Example Resonant Books",
        ),
    ]


def test_one_office_word_then_a_town_before_the_colon_is_the_role():
    text = (
        "Readers we spoke to:\n\n"
        "- Cormac Ó Laoire, bookseller, Sligo: “People ask whether a person wrote it. I want "
        "to be able to tell them.”\n"
        "- Wendell Prasad-Holt, retired teacher, Leeds: “I read the ending first, always have.”"
    )
    assert found(text) == [
        (
            "People ask whether a person wrote it. I want to be able to tell them.",
            "Cormac Ó Laoire",
            "bookseller, Sligo",
        ),
        ("I read the ending first, always have.", "Wendell Prasad-Holt", "retired teacher, Leeds"),
    ]


# --- 10. `Asked by PARTY MP for SEAT, NAME, which …`: the asker's office is the asker's ---------


def test_the_office_of_the_asker_named_in_apposition_is_theirs():
    text = (
        "Asked by Conservative MP for Ravensholt and Tey, Bartram Quennell-Oake, which lenders "
        "refused the most claims, the ombudsman declined to say.\n\n"
        "Quennell-Oake was unimpressed. “People deserve to know which lenders turned them down "
        "and why.”"
    )
    assert found(text) == [
        (
            "People deserve to know which lenders turned them down and why.",
            "Bartram Quennell-Oake",
            "Conservative MP for Ravensholt and Tey",
        )
    ]


# --- 11. `Principal cello NAME`: a rank and a section opening the sentence ------------------------


def test_a_rank_and_a_section_before_a_name_opening_a_sentence_is_the_role():
    text = (
        "Principal cello Astrid Moen-Okafor, whose section opens the piece, said the players "
        "doubted it. “We laughed at first,” she said, “and then we stopped laughing.”"
    )
    assert found(text) == [
        ("We laughed at first", "Astrid Moen-Okafor", "Principal cello"),
        ("and then we stopped laughing.", "Astrid Moen-Okafor", "Principal cello"),
    ]


# --- 12. `1. **NAME, ROLE.** “…”`: a labelled list item, no speech verb --------------------------


def test_a_list_item_of_a_name_and_a_role_then_only_a_quote_is_that_persons():
    text = (
        "We asked four drivers how the smart chargers had worked out.\n\n"
        "1. **Hermione Castell, 51, Dunmore Street.** “I was doubtful,” she said, “but it has "
        "been fine.”\n"
        "2. **Bertrand Ilesanmi, retired postman from Westcombe.** “It is cheaper, I grant them "
        "that. What I dislike is not seeing why it does what it does.”\n"
        "3. **Yolanda Petrov-Ash, Quayside resident.** “The overnight rate has saved us about "
        "£20 a month. I only wish I could pause it.”"
    )
    assert found(text) == [
        ("I was doubtful", "Hermione Castell", None),
        ("but it has been fine.", "Hermione Castell", None),
        (
            "It is cheaper, I grant them that. What I dislike is not seeing why it does what it "
            "does.",
            "Bertrand Ilesanmi",
            "retired postman from Westcombe",
        ),
        (
            "The overnight rate has saved us about £20 a month. I only wish I could pause it.",
            "Yolanda Petrov-Ash",
            "Quayside resident",
        ),
    ]


# --- 13. A caption's `TITLE NAME at PLACE: ‘…’` -------------------------------------------------


def test_a_captions_quote_after_a_title_a_name_and_a_colon_is_kept(tmp_path):
    page = (
        "<html><body><article><h1>Allotments go by the forecast</h1>"
        "<p>The allotment society in Thornley Marsh has put soil sensors in all sixty plots, and "
        "members now get a text each evening saying which beds need water.</p>"
        '<figure><img src="/img/plots.jpg" alt=""><figcaption>Parish volunteer Edwina '
        "Sallowfield at the allotments: ‘I water by the forecast, not by the calendar.’ "
        "Photograph: Courier staff</figcaption></figure>"
        "<p>The society says water use has fallen by a quarter since the spring, and that the "
        "sensors cost less than one summer's hosepipe bills.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    proposals = propose(load_article(str(path)).text)
    assert [(p.text, p.speaker, p.role) for p in proposals] == [
        ("I water by the forecast, not by the calendar.", "Edwina Sallowfield", "Parish volunteer")
    ]
