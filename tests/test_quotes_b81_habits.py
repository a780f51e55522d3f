"""The proposer on the classes behind blind batches 81 and 82's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): `in the
words of NAME, who chairs BODY,` (the name after `of`, not the body); a dash line's age alone
(`— NAME, 15`) and `—FIRM ROLE NAME, in a statement`; a person the article says uses they/them
pronouns, whose given name is a place's word, and a later `they` after another person's quote;
`She replied …:` right after another's embedded post; `Her deputy, NAME, …. She …` (a pronoun
before the name, set off by commas, that means someone else); an epigraph's dash line naming
the person before the text does. Expected values are written by hand.
"""

from __future__ import annotations

from pathlib import Path

from quote_articles import found, found_on_page

# --- 1. in the words of NAME, who chairs BODY, ------------------------------------------------


def test_in_the_words_of_a_name_with_a_relative_clause():
    text = (
        "Tenants want to see the scores. Their demand, in the words of Bola Ashworth-Kane, who "
        "chairs the Example Renters' Action Group, is plain: “If a landlord lets a robot judge "
        "us, we want to read what it wrote.”"
    )
    assert found(text) == [
        (
            "If a landlord lets a robot judge us, we want to read what it wrote.",
            "Bola Ashworth-Kane",
            None,
        )
    ]


# --- 2. dash lines: an age alone, a firm's office before the name --------------------------


def test_an_age_alone_after_a_dash_line_name_is_no_role():
    text = (
        "Pupils say the checker flags the wrong essays.\n\n"
        "“I handed in my drafts and they still believed the program.” — Tomasz Wierzbicki, 15"
    )
    assert found(text) == [
        ("I handed in my drafts and they still believed the program.", "Tomasz Wierzbicki", None)
    ]


def test_a_firms_office_before_the_name_in_a_dash_line_with_where_it_was_said():
    text = (
        "The vendor defended its product.\n\n"
        "“No tool is perfect, but a guess by a tired marker is worse.” —Example Lumigrade "
        "managing director Ferdinand Aasland, in a statement"
    )
    assert found(text) == [
        (
            "No tool is perfect, but a guess by a tired marker is worse.",
            "Ferdinand Aasland",
            "Example Lumigrade managing director",
        )
    ]


# --- 3. singular they -------------------------------------------------------------------------


def test_they_them_person_whose_given_name_is_a_place_word():
    text = (
        "River Okonkwo-Blake, chair of the Example Riverside Tenants' Forum, met the landlord "
        "on Monday alongside the forum's secretary, Dara Finnegan. Okonkwo-Blake, who uses "
        "they/them pronouns, has fought the rent algorithm for a year.\n\n"
        "“The software raises the rent every spring and nobody can tell us why,” they said.\n\n"
        "Finnegan said older tenants were hit hardest: “They cannot argue with a spreadsheet "
        "they have never seen.”\n\n"
        "The forum will publish its own figures in May. “We will count every flat ourselves,” "
        "they added."
    )
    role = "chair of the Example Riverside Tenants' Forum"
    assert found(text) == [
        (
            "The software raises the rent every spring and nobody can tell us why",
            "River Okonkwo-Blake",
            role,
        ),
        (
            "They cannot argue with a spreadsheet they have never seen.",
            "Dara Finnegan",
            "forum's secretary",
        ),
        ("We will count every flat ourselves", "River Okonkwo-Blake", role),
    ]


# --- 4. `She replied` after another's embedded post --------------------------------------------


def test_a_reply_after_anothers_embedded_post_is_not_the_posters(tmp_path: Path):
    body = (
        "<p>The exam boards said on Friday that phones will be banned from every hall from "
        "June, and the reaction online was quick.</p>"
        "<p><strong>The minister.</strong> Schools minister Aileen Fairbrother-Oduya posted "
        "the news before the boards had finished their own release: “Phones stay in lockers. "
        "From June, every hall will check, and every hall will be funded to.”</p>"
        "<p><strong>The opposition.</strong> Opposition spokesman Declan Mulvaney-Roe wrote "
        "within the hour:</p>"
        '<blockquote class="x-post"><p>A ban with no money for invigilators is a ban on '
        "paper only, and every head teacher knows it.</p>— Declan Mulvaney-Roe "
        '(@DeclanMR) <a href="https://x.example.com/DeclanMR/status/9">May 2, 2026</a>'
        "</blockquote>"
        "<p>She replied that evening: “The money is in the budget. Read page forty before "
        "you post.”</p>"
        "<p>Head teachers were split on the plan, and most said they would wait for the "
        "guidance before changing anything in their own halls.</p>"
    )
    proposals = found_on_page(tmp_path, "Phones banned in exam halls", body)
    reply = "The money is in the budget. Read page forty before you post."
    assert [p for p in proposals if p[0] == reply and p[1] == "Declan Mulvaney-Roe"] == []
    assert reply in [p[0] for p in proposals]


# --- 5. `Her deputy, NAME,` -------------------------------------------------------------------


def test_her_deputy_set_off_by_commas_means_someone_else():
    text = (
        "Flight director Odile Marchetti-Sáenz has just spoken to reporters by the gate. Her "
        "deputy, Tobias Wren, had warned us on Monday that the crosswinds were close to the "
        "limit. She was calmer.\n\n"
        "“We can fly in 30 knots and right now we are at 22,” she said."
    )
    assert found(text) == [
        (
            "We can fly in 30 knots and right now we are at 22",
            "Odile Marchetti-Sáenz",
            "Flight director",
        )
    ]


# --- 6. an epigraph's dash line -----------------------------------------------------------------


def test_an_epigraphs_dash_line_role_is_the_one_introduced(tmp_path: Path):
    body = (
        "<blockquote><p>“The glaciers write to us every day. We only just learned to "
        "read.”</p><footer>— Dr Ingrid Halvorsen-Mbeki, head of science, Example "
        "Polarview</footer></blockquote>"
        "<p>Ships now cross the northern sea routes weeks earlier than a decade ago, and the "
        "ice charts they carry are drawn by software from satellite passes.</p>"
        "<p>Example Polarview sells such maps of sea ice to shipping lines. Its head of "
        "science, Ingrid Halvorsen-Mbeki, trained as a glaciologist in Tromsø before she wrote "
        "any code.</p>"
        "<p>“A route that was open on Monday can close by Wednesday, and we can now say so "
        "on Sunday.” – Ingrid Halvorsen-Mbeki</p>"
        "<p>The firm plans to sell a daily chart to fishing fleets from next spring, at a "
        "price it has not yet disclosed.</p>"
    )
    role = "head of science, Example Polarview"
    assert [(p[1], p[2]) for p in found_on_page(tmp_path, "Reading the ice", body)] == [
        ("Ingrid Halvorsen-Mbeki", role),
        ("Ingrid Halvorsen-Mbeki", role),
    ]


# --- 7. an interviewee named in full only in a section's heading --------------------------------


def test_a_qa_whose_interviewee_is_named_in_a_heading_then_by_surname():
    text = (
        "## Tamsin Achterberg-Oyelaran on river gauges and false alarms\n\n"
        "Achterberg-Oyelaran, head of hydrology at the Example Fenwater Board, spent a decade "
        "wading rivers before she wrote a line of code.\n\n"
        "**Q: How often does the model cry wolf?**\n\n"
        "**A:** About once a month, and every false alarm is logged and published.\n\n"
        "**Q: Would you trust it alone?**\n\n"
        "**A:** Never alone. A duty officer signs every warning before it goes out."
    )
    role = "head of hydrology at the Example Fenwater Board"
    assert found(text) == [
        (
            "About once a month, and every false alarm is logged and published.",
            "Tamsin Achterberg-Oyelaran",
            role,
        ),
        (
            "Never alone. A duty officer signs every warning before it goes out.",
            "Tamsin Achterberg-Oyelaran",
            role,
        ),
    ]


# --- 8. someone described, then named in the next sentence --------------------------------------


def test_an_indefinite_office_described_before_the_name_is_the_role():
    text = (
        "Some schools were less patient. A deputy head in Cumbria was scathing. Mr Idris "
        "Fothergill-Nunes, who runs the sixth form at Example Fellside School, said the tool "
        "had been switched off after six weeks.\n\n"
        "“It praised every essay in the same four words,” he said."
    )
    assert found(text) == [
        (
            "It praised every essay in the same four words",
            "Idris Fothergill-Nunes",
            "deputy head in Cumbria",
        )
    ]


def test_one_of_them_with_an_office_in_apposition_is_the_next_names_role():
    text = (
        "Families were sent a leaflet in March. One of them, a paramedic from Wakefield, had "
        "not known the homework app graded her daughter's essays until she read it. Delphine "
        "Oakes-Mwangi told the Courier she was not opposed to it.\n\n"
        "“I would just like a person to have looked at it once,” she said."
    )
    assert found(text) == [
        (
            "I would just like a person to have looked at it once",
            "Delphine Oakes-Mwangi",
            "paramedic from Wakefield",
        )
    ]


# --- 9. a photo caption with a firm's office, then the surname alone ------------------------------


def test_a_caption_naming_the_person_with_a_firms_office(tmp_path: Path):
    body = (
        '<figure><img src="https://img.example.org/ops.jpg" alt="Screens"><figcaption>Ilse '
        "Vandermeulen-Achebe, Example Orbitrack Systems' head of tracking, in the operations "
        "room. Photo: Kit Harrow</figcaption></figure>"
        "<p>Two retired weather satellites passed within a few hundred metres of each other "
        "over the Pacific on Sunday night, according to a small tracking company.</p>"
        "<p>“Nobody was in danger,” Vandermeulen-Achebe said, “but a few hundred metres at "
        "those speeds is a blink, and we saw it three days early.”</p>"
        "<p>The company sells its warnings to satellite operators and insurers, and says it "
        "will publish the raw data next week.</p>"
    )
    role = "Example Orbitrack Systems' head of tracking"
    assert found_on_page(tmp_path, "Near miss over the Pacific", body) == [
        ("Nobody was in danger", "Ilse Vandermeulen-Achebe", role),
        (
            "but a few hundred metres at those speeds is a blink, and we saw it three days early.",
            "Ilse Vandermeulen-Achebe",
            role,
        ),
    ]


# --- 10. a Q&A label with a name's lower-case particle between its words ------------------------


def test_a_qa_label_with_a_particle_between_the_names_words():
    text = (
        "# Talking launch costs\n\n"
        "We spoke to Rashid bin Saeed al-Mansoori, chief executive of Example Skyloft, after "
        "the launch.\n\n"
        "**Example Orbit Weekly:** Did the delay cost you customers?\n\n"
        "**Rashid bin Saeed al-Mansoori:** It won us one. A weather firm in Lima called the "
        "next day to book a slot.\n\n"
        "**Example Orbit Weekly:** What next?\n\n"
        "**Al-Mansoori:** A second pad, and a cheaper upper stage by 2029."
    )
    role = "chief executive of Example Skyloft"
    assert found(text) == [
        (
            "It won us one. A weather firm in Lima called the next day to book a slot.",
            "Rashid bin Saeed al-Mansoori",
            role,
        ),
        ("A second pad, and a cheaper upper stage by 2029.", "Rashid bin Saeed al-Mansoori", role),
    ]
