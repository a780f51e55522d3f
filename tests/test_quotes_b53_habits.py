"""The proposer on the classes behind blind batches 53 and 54's wrong proposals.

One or more tests per class, on text of its own (invented people, firms, places and pages): the
proposer must follow the sentence's and the page's structure, and where the structure gives no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. an interview under a headline that names the interviewee's office alone -------------------

_OFFICE_HEADLINE_QA = "\n\n".join(
    (
        "# “We measure twice.” Chief Harbour Engineer on the new sea wall",
        "Tobiah Ferreira-Lund has been Chief Harbour Engineer since 2020. We met at the "
        "Quayside depot. The interview has been edited for length.",
        "**Why did the wall need rebuilding?**",
        "“Because the old one was poured in a hurry in 1962, and the sea has been reading it "
        "ever since.”",
        "**Will it be ready for winter?**",
        "“The first half will. The second half depends on the weather, and I never promise the "
        "weather.”",
    )
)


def test_an_office_the_headline_names_alone_is_not_the_interviewee():
    assert [(speaker, role) for _, speaker, role in found(_OFFICE_HEADLINE_QA)] == [
        ("Tobiah Ferreira-Lund", "Chief Harbour Engineer"),
        ("Tobiah Ferreira-Lund", "Chief Harbour Engineer"),
    ]


# --- 2. a one-word trade or standing printed before the name --------------------------------------


def test_a_stagehand_before_the_name_is_the_role():
    text = (
        "Stagehand Perpetua Ozoemena-Walsh, 27, said: “We rig the lights at midnight and "
        "nobody ever asks who climbed the ladder.”"
    )
    assert found(text) == [
        (
            "We rig the lights at midnight and nobody ever asks who climbed the ladder.",
            "Perpetua Ozoemena-Walsh",
            "Stagehand",
        )
    ]


def test_a_licensee_before_the_name_is_the_role():
    text = (
        "Licensee Barnaby Quist-Adeyemi, who runs the Heron at Millbeck, was unmoved. "
        "“The brewery sets the price and I take the complaints,” he said."
    )
    assert found(text) == [
        (
            "The brewery sets the price and I take the complaints",
            "Barnaby Quist-Adeyemi",
            "Licensee",
        )
    ]


# --- 3. a second post after `and a`: `… at the depot and a union rep` -----------------------------


def test_a_union_post_after_and_a_is_part_of_the_role():
    text = (
        "Imelda Sorvino-Clarke, a night porter at Eastgate General and a union rep, said the "
        "rota had changed twice in a week. “Nobody can plan a childcare week around that,” "
        "Sorvino-Clarke said."
    )
    assert found(text) == [
        (
            "Nobody can plan a childcare week around that",
            "Imelda Sorvino-Clarke",
            "night porter at Eastgate General and a union rep",
        )
    ]


def test_a_parish_post_after_and_a_is_part_of_the_role():
    text = (
        "Godfrey Amankwah-Reid, a retired pharmacist and a parish councillor, was blunt: "
        "“Nobody in this village asked for a car park on the green.”"
    )
    assert found(text) == [
        (
            "Nobody in this village asked for a car park on the green.",
            "Godfrey Amankwah-Reid",
            "retired pharmacist and a parish councillor",
        )
    ]


# --- 4. a long office between dashes: whole, not cut at a word count ------------------------------


def test_a_long_office_between_dashes_is_taken_whole():
    text = (
        "Orla Penhaligon-Voss — senior trader at Example Quillmere Capital and a subscriber "
        "to this bulletin since its launch — was blunt: “A hedge is not a forecast.”"
    )
    assert found(text) == [
        (
            "A hedge is not a forecast.",
            "Orla Penhaligon-Voss",
            "senior trader at Example Quillmere Capital and a subscriber to this bulletin since "
            "its launch",
        )
    ]


# --- 5. a credited pull quote repeating part of a quote, in capitals of its own -------------------

_PULL_QUOTE = "\n\n".join(
    (
        "Inspector Wilhelmina Achterberg-Oni, who led the review, put it plainly: “The lifts "
        "were inspected on time. But safety in a tower is not only about inspections. It is "
        "about who answers the alarm.”",
        "> “Safety in a tower is not only about inspections.” — Inspector Wilhelmina "
        "Achterberg-Oni",
        "The housing trust said it would publish its response in the spring.",
    )
)


def test_a_credited_pull_quote_repeating_part_of_a_quote_is_left_out():
    assert [text for text, _, _ in found(_PULL_QUOTE)] == [
        "The lifts were inspected on time. But safety in a tower is not only about "
        "inspections. It is about who answers the alarm."
    ]


# --- 6. words a fake or an ad only seemed to put in someone's mouth -------------------------------


def test_a_fragment_someone_was_apparently_shown_saying_is_not_theirs():
    text = (
        "A leaflet from the Greenbank Residents’ Group showed its old foe, councillor Anselm "
        "Koyejo-Barr, apparently saying he would “close the library to fund the bypass.” He "
        "never said it. Koyejo-Barr told the Example Courier: “I have never once proposed "
        "closing a library.”"
    )
    assert found(text) == [
        (
            "I have never once proposed closing a library.",
            "Anselm Koyejo-Barr",
            "councillor",
        )
    ]


# --- 7. a plain text's Q&A: questions in no bold, answers wholly in quotation marks ---------------

_PLAIN_QA = "\n\n".join(
    (
        "Philippa Anand-Rowe has kept bees above Thornwick for thirty years. This spring her "
        "hives were fitted with sensors that listen for a queen's failing. We spoke to her "
        "at the apiary. The interview has been edited for length.",
        "How did the bees take it?",
        "\"Better than I did. I'd rather lift a lid and look, and now a phone tells me what I "
        'used to smell."',
        "Some keepers say the sensors are a gimmick.",
        '"Some keepers never lost a colony to a silent queen. I lost four in one winter."',
        "Has it been right?",
        '"Nine times out of ten. The tenth time it was a woodpecker."',
        "The supplier, Example Hivewise, says the system is in 1,200 hives.",
        "Last question: would you go back?",
        "\"Never. I'd miss the warnings, though I'd not tell the sensors that.\"",
    )
)


def test_a_plain_text_qa_gives_the_quoted_answers_to_the_interviewee():
    assert [(text[:20], speaker) for text, speaker, _ in found(_PLAIN_QA)] == [
        ('"Better than I did. ', "Philippa Anand-Rowe"),
        ('"Some keepers never ', "Philippa Anand-Rowe"),
        ('"Nine times out of t', "Philippa Anand-Rowe"),
        ("\"Never. I'd miss the", "Philippa Anand-Rowe"),
    ]


# --- 8. an office of two lower-case words after `of` before the name ------------------------------


def test_an_office_of_two_lower_case_words_before_the_name_is_the_role():
    text = (
        "Head of driver welfare Corinna Baptiste-Hale tells the committee that average waits "
        "fell in October.\n\n“Those waits are after the change,” she says."
    )
    assert found(text) == [
        ("Those waits are after the change", "Corinna Baptiste-Hale", "Head of driver welfare")
    ]


def test_a_capitalised_portfolio_ending_in_safety_is_not_part_of_the_name():
    text = (
        "Head of Rider Safety Corinna Baptiste-Hale said the figures were new. “Those figures "
        "are after the change,” she said."
    )
    assert found(text) == [
        (
            "Those figures are after the change",
            "Corinna Baptiste-Hale",
            "Head of Rider Safety",
        )
    ]


# --- 9. a past verb after its subject's name ends a role printed before the name ------------------


def test_a_verb_after_a_group_s_name_is_not_part_of_the_title():
    text = (
        "A leaflet from the Greenbank Residents’ Group showed councillor Anselm Koyejo-Barr "
        "at a podium. “I have never once proposed closing a library,” he said."
    )
    assert found(text) == [
        ("I have never once proposed closing a library", "Anselm Koyejo-Barr", "councillor")
    ]


def test_a_verb_after_a_trust_s_name_is_not_part_of_the_title():
    text = (
        "The Hollybrook Trust hired chief executive Anselm Koyejo-Barr in May. “I have never "
        "once proposed closing a library,” he said."
    )
    assert found(text) == [
        ("I have never once proposed closing a library", "Anselm Koyejo-Barr", "chief executive")
    ]
