"""The proposer on the classes behind blind batches 85 and 86's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): `Maître`
as an honorific; `she said` after a sentence opening with another person's possessive; `she
told NAME` (the person told is not the speaker); a role with a place holding a comma and a
tenure; a bracketed role `NAME (ROLE, FIRM)`; a lower-case role after a comma (`its creator,
NAME,`). Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. `Maître` is an honorific --------------------------------------------------------------


def test_maitre_is_an_honorific_not_part_of_the_name():
    text = (
        "The notary in charge of the sale, Maître Gaspard Lefebvre-Okonjo, was unmoved. "
        "“A valuation is an opinion, not a signature,” said Maître Gaspard Lefebvre-Okonjo."
    )
    assert [(t, s) for t, s, _ in found(text)] == [
        ("A valuation is an opinion, not a signature", "Gaspard Lefebvre-Okonjo")
    ]


# --- 2. `X's claim …, she said, …` -----------------------------------------------------------


def test_she_said_after_another_persons_possessive_is_not_theirs():
    text = (
        "The lettings firm's finance director, Rupert Okafor-Lindgren, defended the tool in an "
        "interview with Example Wire on Monday.\n\n"
        "“It pays for itself in a month,” he said.\n\n"
        "The tenants' union disagrees. Its secretary, Marisol Thorvaldsen-Ade, said the figures "
        "were partial. Rupert Okafor-Lindgren's claim about savings, she said, ignored the "
        "appeals.\n\n"
        "“Every appeal costs a tenant a week,” she said."
    )
    assert found(text) == [
        (
            "It pays for itself in a month",
            "Rupert Okafor-Lindgren",
            "lettings firm's finance director",
        ),
        ("Every appeal costs a tenant a week", "Marisol Thorvaldsen-Ade", "Its secretary"),
    ]


# --- 3. `she told NAME` -----------------------------------------------------------------------


def test_the_person_told_is_not_the_speaker():
    text = (
        "Organiser Gracie Adeyemi-Holt said the machine valued homes unseen.\n\n"
        "Our correspondent Wilhelmina Stroud caught up with the pickets outside the valuation "
        "office.\n\n"
        "“Nobody came to look at the damp,” she told Wilhelmina."
    )
    # (not the correspondent told; the organiser is two paragraphs back: left unsure)
    assert found(text) == [("Nobody came to look at the damp", "", None)]


# --- 4. a role with a place holding a comma and a tenure -------------------------------------


def test_a_role_with_a_town_its_state_and_a_tenure_is_kept_whole():
    text = (
        "“The bank never calls back,” said Josephine Mbeki-Larsson, a loan officer in Dayton, "
        "Kentucky, for 15 years."
    )
    assert found(text) == [
        (
            "The bank never calls back",
            "Josephine Mbeki-Larsson",
            "loan officer in Dayton, Kentucky, for 15 years",
        )
    ]


# --- 5. words someone was told -----------------------------------------------------------------


def test_a_fragment_members_were_told_is_not_the_subjects():
    text = (
        "Its president, Benedikta Osei-Varga, said the society had counted 30 cases, and that "
        "tenants had been told their leases would “be reviewed under the new scoring model”."
    )
    assert found(text) == []
