"""The proposer on the classes behind blind batches 99 and 100's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): the one
`asked him whether …` is the `he` of the next sentence, not the asker; a `she` opening the
second clause of a sentence about a man (`NAME had written …, and she wanted to know why`) is
no evidence of his gender. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. a pronoun whose gender rules out the nearest name --------------------------------------


def test_the_one_asked_him_whether_is_not_the_asker():
    text = (
        "Councillor Bronagh Delacroix-Obi chaired the hearing. Later she recalled the "
        "contractor's director, Tomasz Wierzbicki, to the table.\n\n"
        "Delacroix-Obi asked him whether the firm would publish its safety audits.\n\n"
        "“If the council pays for the audit, the council can publish it,” he replied. “We "
        "would not stop them.”"
    )
    got = found(text)
    assert [q[1] for q in got] == ["Tomasz Wierzbicki", "Tomasz Wierzbicki"]


def test_a_she_opening_the_second_clause_is_not_the_mans():
    text = (
        "Councillor Bronagh Delacroix-Obi led the questions. Tomasz Wierzbicki, the "
        "contractor's director, said his firm had ordered the steel in January.\n\n"
        "Delacroix-Obi was unconvinced. Wierzbicki had promised the council a finished bridge "
        "by March, and she wanted to know what had changed.\n\n"
        "“A promise in writing is still a promise,” she said. “The residents were told March.”"
    )
    got = found(text)
    assert [q[1] for q in got] == ["Bronagh Delacroix-Obi", "Bronagh Delacroix-Obi"]


def test_a_role_after_a_gerund_is_the_objects_office():
    text = (
        "The inquiry began by questioning Harbourline's finance director, Ines Morgado-Kell, "
        "about the missing invoices.\n\n"
        "“We found every invoice in the end, but it took a month,” Morgado-Kell said."
    )
    assert found(text) == [
        (
            "We found every invoice in the end, but it took a month",
            "Ines Morgado-Kell",
            "Harbourline's finance director",
        )
    ]


# --- 2. a dash attribution whose name carries a combining accent -------------------------------


def test_a_name_with_a_combining_accent_after_an_en_dash_in_a_list():
    text = (
        "Readers sent us their verdicts on the new timetable app:\n\n"
        "- “It booked my son onto a bus that does not exist.” - Mariam Oyelaran, parent\n"
        "- “The app is fine, the data behind it is a mess.” – Ifẹ́ Ògúndìpẹ\u0300, bus driver\n"
    )
    assert found(text) == [
        ("It booked my son onto a bus that does not exist.", "Mariam Oyelaran", "parent"),
        (
            "The app is fine, the data behind it is a mess.",
            "Ifẹ́ Ògúndìpẹ\u0300",
            "bus driver",
        ),
    ]
