"""The proposer on the classes behind blind batches 97 and 98's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): a
multi-word office of a place's assembly before a name (`Member of County Assembly NAME`); an
officer on duty who asked that her name not be used; a surname of several words
(`Mac Giolla Phádraig`); a text message `sent by ROLE NAME … :` quoted in a complaint by another
man. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. `Member of County Assembly NAME`: the assembly is the office's -------------------------


def test_an_office_of_a_county_assembly_before_a_name():
    text = (
        "At a sitting of the assembly's health committee, Member of County Assembly Wanjiru "
        "Otieno Kamau questioned the clinic's chatbot.\n\n"
        "“Who checks what the machine tells a mother at midnight?” Kamau asked. “Nobody, it "
        "seems, checks it at all before it goes out.”"
    )
    who, role = "Wanjiru Otieno Kamau", "Member of County Assembly"
    got = found(text)
    assert got and all(q[1:] == (who, role) for q in got)


# --- 2. `the officer on duty, who asked that her name not be used, … she said` -----------------


def test_an_officer_on_duty_who_is_not_named_is_an_anonymous_source():
    text = (
        "Bernadette Kowalski-Amadi, the registry's director, said the queue was under review.\n\n"
        "At the branch office, the clerk on duty, who asked that her name not be used because "
        "she may not speak to the press, said the backlog had grown. “Most mornings it is only "
        "pensioners in the line,” she said."
    )
    assert [q for q in found(text) if "pensioners" in q[0]] == []


# --- 3. `Mac Giolla Phádraig did not sound convinced. “…,” she said` ---------------------------


def test_a_surname_of_several_words_is_the_full_name():
    text = (
        "The first question came from Aoife Ní Bhraonáin Mac Giolla Chríost at Example Harbour "
        "Securities. She asked about the margin.\n\n"
        "The finance chief said the margin would recover. Mac Giolla Chríost did not sound "
        "persuaded. “With respect, that is an answer about timing,” she said."
    )
    assert found(text) == [
        (
            "With respect, that is an answer about timing",
            "Aoife Ní Bhraonáin Mac Giolla Chríost",
            None,
        )
    ]


# --- 4. `… a text message he says was sent by director NAME to …:` ----------------------------


def test_a_message_sent_by_a_named_director_is_not_the_complainants():
    text = (
        "In the lawsuit, Tobiah Lindqvist-Moreau quotes a message he says was sent by director "
        "Ingrid Solberg-Achebe to another board member a week before the vote: \"Let's get the "
        "'restructuring' signed before he notices.\""
    )
    got = [q for q in found(text) if "restructuring" in q[0]]
    assert all(q[1] == "Ingrid Solberg-Achebe" for q in got)


# --- 5. `NAME III, the FIRM partner who …,`: the role after a generational suffix ---------------


def test_a_role_after_a_generational_suffix():
    text = (
        "Lucius Brandvold-Okafor III, the Harrow partner who sits on the board, voted against.\n\n"
        "“The company has outgrown the founder and the garage,” Mr. Brandvold-Okafor said."
    )
    assert found(text) == [
        (
            "The company has outgrown the founder and the garage",
            "Lucius Brandvold-Okafor",
            "Harrow partner",
        )
    ]


# --- 6. `Karachi voter NAME, 64,`: a voter is described by the place before the name -----------


def test_a_voter_before_a_name_and_an_age_is_the_role():
    text = (
        "Multan voter Bilal Ahmed Siddiqui, 64, waited an hour. “The queue was longer than "
        "the list of candidates,” he said."
    )
    assert found(text) == [
        (
            "The queue was longer than the list of candidates",
            "Bilal Ahmed Siddiqui",
            "Multan voter",
        )
    ]


# --- 7. `“…,” said NAME when told of the change. “…”`: `when told` is not the attribution -------


def test_said_name_when_told_keeps_the_speaker_for_the_next_quote():
    text = (
        "Councillor Wambui Njeri Odhiambo raised the chatbot at the sitting.\n\n"
        "“Noted,” said Odhiambo when told of the correction. “But a footnote is not an apology "
        "to the man who was wrongly told he owed nothing.”"
    )
    assert found(text) == [
        (
            "But a footnote is not an apology to the man who was wrongly told he owed nothing.",
            "Wambui Njeri Odhiambo",
            "Councillor",
        )
    ]
