"""The proposer on the classes behind blind batches 14 to 22's false proposals (issue 23).

Each test is one root cause, on text of its own (invented people and firms): the proposer
must follow the sentence's structure, and where the structure gives no role, give none.
Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found


def test_a_clause_before_a_title_and_name_is_no_part_of_the_role():
    text = (
        "A doctored photo showing bakery owner Tilda Marwick-Pryce holding a robot loaf spread "
        "on Sunday. “I have never baked anything with a robot in my life,” Marwick-Pryce "
        "wrote on Facebook."
    )
    assert found(text) == [
        (
            "I have never baked anything with a robot in my life",
            "Tilda Marwick-Pryce",
            "bakery owner",
        )
    ]


def test_kin_is_no_role():
    text = (
        "The pilot’s father, Osric Valdane, told the inquiry: “He trusted the autopilot because "
        "he had been told to trust it.”"
    )
    assert found(text) == [
        ("He trusted the autopilot because he had been told to trust it.", "Osric Valdane", None)
    ]


def test_an_office_printed_with_the_name_beats_a_relation_before_it():
    text = (
        "The motion’s author, Councillor Bram Oyelese-Hart, defended it. “Every camera in the "
        "borough will be listed on one public map,” he said."
    )
    assert found(text) == [
        (
            "Every camera in the borough will be listed on one public map",
            "Bram Oyelese-Hart",
            "Councillor",
        )
    ]


def test_a_dash_attribution_ends_its_role_before_where_it_was_said():
    text = (
        "“Nobody prices the electricity into the model until the bill arrives.” — Ines "
        "Vardalos, chief economist at Example Bank, speaking at the Example Forum in Lyon"
    )
    assert found(text) == [
        (
            "Nobody prices the electricity into the model until the bill arrives.",
            "Ines Vardalos",
            "chief economist at Example Bank",
        )
    ]


def test_a_peers_title_is_the_name_and_says_the_gender():
    text = (
        "Baroness Quillfeather questioned the minister, Lord Ashgrove, about the contract.\n"
        "Lord Ashgrove said he had not seen it. Asked again, he said: “I will write to the "
        "noble baroness with the figures.”"
    )
    assert [(t, s) for t, s, _ in found(text)] == [
        ("I will write to the noble baroness with the figures.", "Lord Ashgrove")
    ]


def test_a_transcript_host_who_asks_in_statements_is_never_the_speaker():
    text = (
        "Transcript: Signal and Noise, episode 12\n\n"
        "Host Perrin Achterberg talks to Wilhelmina Osei-Farrow, the founder of the "
        "dataset firm Tallyroom, about paying the people who label data.\n\n"
        "PERRIN ACHTERBERG: Wilhelmina, welcome to the show.\n\n"
        "WILHELMINA OSEI-FARROW: Thank you. I have wanted to talk about this for years.\n\n"
        "PERRIN ACHTERBERG: You pay your labellers twice the going rate.\n\n"
        "WILHELMINA OSEI-FARROW: We do, and our error rate is a third of the industry's.\n\n"
        "PERRIN ACHTERBERG: That sounds expensive.\n\n"
        "WILHELMINA OSEI-FARROW: Bad labels are the expensive part. You pay for them twice.\n"
    )
    role = "founder of the dataset firm Tallyroom"
    assert found(text) == [
        ("Thank you. I have wanted to talk about this for years.", "Wilhelmina Osei-Farrow", role),
        (
            "We do, and our error rate is a third of the industry's.",
            "Wilhelmina Osei-Farrow",
            role,
        ),
        (
            "Bad labels are the expensive part. You pay for them twice.",
            "Wilhelmina Osei-Farrow",
            role,
        ),
    ]
