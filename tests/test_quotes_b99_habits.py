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


def test_a_pronoun_after_two_names_means_the_one_of_its_gender():
    text = (
        "The next witness was Rhodri Penhaligon-Sato, a bus depot manager in Newport. He said "
        "his drivers had stopped trusting the rota app.\n\n"
        "Councillor Ifeoma Sandqvist, who ran a haulage firm before her election, pressed "
        "Penhaligon-Sato on overtime. She wanted to know whether the app had cut any.\n\n"
        "“Not one hour, and we were promised hundreds,” he replied."
    )
    got = found(text)
    assert [q[1] for q in got] == ["Rhodri Penhaligon-Sato"]


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


# --- 4. `she said many members have described it as “…”`: the members' words, not hers -------


def test_a_groups_words_reported_by_a_named_speaker_are_not_hers():
    text = (
        "The nurses' union published its own survey on Tuesday. Its president, Coralie "
        "Voss-Hendry, said the rota software had saved no time at all. She said many nurses "
        'have described the app as "one more screen between me and the patient" in their '
        "replies."
    )
    assert found(text) == []


# --- 5. `The model, which BODY describes as a “…”`: a body's label for a thing, never a quote --


def test_a_bodys_label_in_a_relative_clause_is_no_quote():
    text = (
        "Delays are down since the Example Rhondda Transport Directorate switched to a "
        "scheduling model; drivers want to know how their shifts are chosen\n\n"
        "CARDIFF, Wales - A year after the valleys' bus operator began using software to plan "
        "its timetables, managers say buses run closer to time. The drivers who work the routes "
        "are less sure.\n\n"
        "The scheduler, which the Example Rhondda Transport Directorate describes as a "
        '"planning aid for people, never a replacement for them", builds every rota from about '
        "40 inputs, from sick leave to roadworks. Supervisors still sign off each week."
    )
    assert found(text) == []


# --- 6. an interview's role as the subject of the sentence after the name ----------------------


def test_an_interviewees_office_as_the_next_sentences_subject():
    text = (
        "Tobias Ekwueme-Lindqvist is not what anyone expects of a man who runs a drone "
        "company. The co-founder and chief executive of Example Skerry Aerial, whose machines "
        "now inspect most of the wind farms off the Danish coast, turns up in a borrowed suit "
        "and talks mostly about his allotment.\n\n"
        "**Q:** Why did you start the company?\n\n"
        "**A:** Because I was tired of sending people up turbines in the rain. Somebody was "
        "going to get hurt.\n\n"
        "**Q:** And has anybody?\n\n"
        "**A:** Not since we started flying. That is the number I watch most closely.\n\n"
        "**Q:** What comes next?\n\n"
        "**A:** Bridges, if the road agency will have us. We are talking to them now."
    )
    got = found(text)
    role = "co-founder and chief executive of Example Skerry Aerial"
    assert len(got) == 3 and all(q[1:] == ("Tobias Ekwueme-Lindqvist", role) for q in got)


# --- 7. an interview's closing `she says`, past the `Q:`/`A:` lines ------------------------------


def test_a_closing_pronoun_after_an_exchange_is_the_interviewees():
    text = (
        "Marisol Quispe-Halvorsen has the calm of someone who has been shouted at before. She "
        "runs Example Andes Grid, which sells solar kits to farms above 3,000 metres, and she "
        "arrives on foot.\n\n"
        "**Q:** Why farms?\n\n"
        "**A:** Because nobody else would sell to them. The big firms thought the roads were "
        "too bad.\n\n"
        "**Q:** Were they right?\n\n"
        "**A:** About the roads, yes. About the farmers, no. They pay on time.\n\n"
        "**Q:** What next?\n\n"
        "**A:** Batteries. The panels were the easy part.\n\n"
        "As we leave, she checks the sky over the valley. Clouds are coming in. She laughs. "
        "“Up here the weather changes its mind every hour,” she says. “So do we.”"
    )
    got = found(text)
    assert [q[1] for q in got] == ["Marisol Quispe-Halvorsen"] * 5


# --- 8. `She laid out one condition …: “…”` after a block quote --------------------------------


def test_a_colon_after_set_out_or_laid_out_introduces_the_quote():
    text = (
        "Growers are also uneasy. Henrietta Oduya-Lindgren, chair of the Example Fenland "
        "Growers' Union, told a meeting in the town hall on Thursday:\n\n"
        '> "We do not mind the sensors. We mind being told by an app at midnight that the '
        'harvest has been moved to Monday."\n\n'
        "She laid out one condition for the union's support: \"If an agronomist cannot explain "
        'the forecast, the forecast does not get used."'
    )
    who, role = "Henrietta Oduya-Lindgren", "chair of the Example Fenland Growers' Union"
    got = found(text)
    assert len(got) == 2 and all(q[1:] == (who, role) for q in got)


# --- 9. `…what she called "…", adding that the company had "…"`: both fragments hers ------------


def test_fragments_before_and_after_adding_that_are_the_speakers():
    text = (
        "Lucinda Ferreira-Holm, the firm's general counsel, said in a statement that all data "
        "was handled lawfully.\n\n"
        'Ferreira-Holm said she would not comment on what she called "unfounded claims from a '
        'handful of contractors", adding that the company had "clear rules for every engineer '
        'on the project".'
    )
    who, role = "Lucinda Ferreira-Holm", "firm's general counsel"
    assert found(text) == [
        ("unfounded claims from a handful of contractors", who, role),
        ("clear rules for every engineer on the project", who, role),
    ]
