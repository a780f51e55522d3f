"""The proposer on the classes behind blind batches 61 and 62's wrong proposals and misses.

One or more tests per class, on text of its own (invented people, firms, places and pages): the
proposer must follow the sentence's and the page's structure, and where the structure gives no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. Markdown images: their alternative text, never their markup -------------------------------


def test_a_markdown_image_alone_on_its_line_gives_no_role_to_the_interviewee():
    text = (
        "*By Lotte Ferreira-Banks | The Weekly Gazette*\n\n"
        "![Coroner Hamish Odunsi-Vale at his desk](https://img.example.org/odunsi-vale.jpg)\n"
        "*Hamish Odunsi-Vale at his desk in Brackwater. Photo by Mia Stroud.*\n\n"
        "Hamish Odunsi-Vale, senior coroner for the Brackwater district, has held inquests for "
        "twelve years. We spoke to him about the new digital inquest files.\n\n"
        "**Why change the files at all?**\n\n"
        "Because families were waiting half a year for a copy of a hearing that lasted a "
        "morning, and that was never right.\n\n"
        "**Has it worked?**\n\n"
        "Mostly. The copies come in a week now, and we check every one against the recording.\n"
    )
    role = "senior coroner for the Brackwater district"
    assert found(text) == [
        (
            "Because families were waiting half a year for a copy of a hearing that lasted a "
            "morning, and that was never right.",
            "Hamish Odunsi-Vale",
            role,
        ),
        (
            "Mostly. The copies come in a week now, and we check every one against the recording.",
            "Hamish Odunsi-Vale",
            role,
        ),
    ]


def test_the_office_after_a_kc_is_the_role():
    text = (
        "Ottoline Marsh-Adebayo KC, vice-chair of the bar's ethics panel, said the rule was "
        "overdue. ‘Nobody should sign what they have not read,’ she said."
    )
    assert found(text) == [
        (
            "Nobody should sign what they have not read",
            "Ottoline Marsh-Adebayo",
            "vice-chair of the bar's ethics panel",
        )
    ]


def test_the_office_after_a_kc_in_a_dash_line_is_the_role():
    text = (
        "The panel met on Monday.\n"
        "> “We are not writing new duties. We are restating old ones.”\n"
        "- Ottoline Marsh-Adebayo KC, vice-chair of the ethics panel\n"
    )
    assert found(text) == [
        (
            "We are not writing new duties. We are restating old ones.",
            "Ottoline Marsh-Adebayo",
            "vice-chair of the ethics panel",
        )
    ]


# --- 3. titles of a state assembly's members before a name ---------------------------------------


def test_assemblywoman_before_a_name_is_the_role_not_part_of_the_name():
    text = (
        "Assemblywoman Corinna Blaise-Okoro, who represents the valley, wrote to the utility. "
        "“I have asked for every outage report since March,” she said."
    )
    assert found(text) == [
        (
            "I have asked for every outage report since March",
            "Corinna Blaise-Okoro",
            "Assemblywoman",
        )
    ]


def test_assemblyman_before_a_name_is_the_role_not_part_of_the_name():
    text = (
        "Assemblyman Dario Fenwick-Ule said the bill would be amended. "
        "“We heard the farmers, and we changed it,” he said."
    )
    assert found(text) == [
        ("We heard the farmers, and we changed it", "Dario Fenwick-Ule", "Assemblyman")
    ]


# --- 4. the words someone was told to say or do are the teller's ----------------------------------


def test_a_fragment_an_anonymous_person_was_told_to_do_is_not_proposed():
    text = (
        "Heard at the depot gate: a night porter saying she had been told by her supervisor to "
        "“keep the side doors shut and say nothing to the press.” She asked not to be named."
    )
    assert found(text) == []


def test_a_fragment_a_named_person_was_told_to_do_is_not_theirs():
    text = (
        "Gideon Prowse-Amadi said he was told to “wait for the letter and sign nothing "
        "before then.” The council did not reply."
    )
    assert found(text) == []


# --- 5. a firm's statement: `It said:` after the sentence the firm sends it in --------------------

_NIGHT = "Night deliveries stop at ten. We are talking to residents about the noise."


def test_a_statement_a_firm_put_out_for_its_part_is_the_firms():
    text = (
        "Example Quillon Freight, the haulage company that runs the depot, has 40 trucks.\n"
        "Quillon, for its part, put out a short statement on Friday. It said: “" + _NIGHT + "”"
    )
    assert found(text) == [(_NIGHT, "Example Quillon Freight", None)]


def test_a_second_statement_after_a_fronted_time_is_the_firms():
    text = (
        "Example Quillon Freight, the haulage company that runs the depot, has 40 trucks.\n"
        "Later on Friday, Quillon issued a second statement. It said: “" + _NIGHT + "”"
    )
    assert found(text) == [(_NIGHT, "Example Quillon Freight", None)]


def test_in_a_statement_it_said_after_the_firm_said_is_the_firms():
    text = (
        "Example Quillon Freight, which runs the depot, said the trucks were on a separate "
        "contract. In a statement, it said: ‘" + _NIGHT + "’"
    )
    assert found(text) == [(_NIGHT, "Example Quillon Freight", None)]


def test_a_firm_that_called_something_a_name_and_said_in_a_statement():
    text = (
        "The Example Quillon Growers Council called the survey “a guess with graphs” and said "
        "in a statement: “" + _NIGHT + "”"
    )
    assert found(text) == [(_NIGHT, "Example Quillon Growers Council", None)]


# --- 6. `…, then adds:` after the subject's first verb -------------------------------------------


def test_then_adds_after_reading_something_out_is_the_subjects():
    text = (
        "Panel chair Rosamund Achebe-Lyle begins by reading out the terms of reference, then "
        "adds, off the cuff: “We have no answer yet. That is why the room is full.”"
    )
    assert found(text) == [
        (
            "We have no answer yet. That is why the room is full.",
            "Rosamund Achebe-Lyle",
            "Panel chair",
        )
    ]


def test_and_then_says_after_a_read_out_fragment_is_the_pronouns_person():
    text = (
        "Next comes Tobiah Varga-Mensah, director of the Example Tenants Forum. He reads from the "
        "tribunal's ruling - “a notice nobody can read is no notice” - and then says: “Landlords "
        "knew that. They chose the small print anyway.”"
    )
    assert found(text) == [
        (
            "Landlords knew that. They chose the small print anyway.",
            "Tobiah Varga-Mensah",
            "director of the Example Tenants Forum",
        )
    ]


# --- 7. a reply or message, `posted …` in an aside before the colon -------------------------------


def test_a_reply_posted_under_an_apology_is_the_replier_s():
    text = (
        "Kwabena Sallis-Ortega was held for a night. The council apologised on Friday.\n"
        "Sallis-Ortega’s reply, posted under the apology an hour later, was brief: “Thanks. Now "
        "fix it for the next person.”"
    )
    assert found(text) == [
        ("Thanks. Now fix it for the next person.", "Kwabena Sallis-Ortega", None)
    ]


def test_her_message_posted_on_a_site_is_the_subject_s_before():
    text = (
        "Ilse Moreno-Fitch, who leads the residents' group, was blunter. Her message to the "
        "council, posted on the group's site on Monday: “Four hundred homes waited a week for "
        "water. Nobody has said sorry.”"
    )
    assert found(text) == [
        (
            "Four hundred homes waited a week for water. Nobody has said sorry.",
            "Ilse Moreno-Fitch",
            None,
        )
    ]


# --- 8. `NAME of FIRM, told us …`: the person, not the firm, stands by the verb -------------------


def test_a_person_of_a_firm_before_the_verb_speaks_in_the_next_sentence():
    text = (
        "Her barrister, Cosmo Adeyemi-Rusk of Example Farrowgate Chambers, told us the hearing "
        "took nine minutes. “Nobody read the file. Nobody asked her a single question.”"
    )
    assert found(text) == [
        (
            "Nobody read the file. Nobody asked her a single question.",
            "Cosmo Adeyemi-Rusk",
            "Her barrister",
        )
    ]


# --- 9. a photo caption's `“…,” says ROLE NAME` ---------------------------------------------------


def _from_page(body: str) -> list[tuple[str, str, str | None]]:
    from digest.editor.articles import extract_html

    page = (
        "<html><head><title>Fenmoor notes</title></head><body><article><h1>Fenmoor notes</h1>"
        f"{body}</article></body></html>"
    )
    return found(extract_html(page)[0])


def test_a_caption_quote_said_by_a_named_person_after_says_is_kept():
    body = (
        "<p>The pumping station at Fenmoor has run on a forecasting model since May, and the "
        "drainage board says it has cut overnight call-outs by a third.</p>"
        '<figure><img src="https://img.example/pumps.jpg" alt="Pumps"><figcaption>The Fenmoor '
        "pumps at dusk. “It wakes us before the water does,” says duty engineer Halima "
        "Crowther-Obi. Photo: Example Images</figcaption></figure>"
        "<p>The board will decide in spring whether to use the model at its other stations, "
        "which drain about 40,000 acres of farmland.</p>"
    )
    assert _from_page(body) == [
        ("It wakes us before the water does", "Halima Crowther-Obi", "duty engineer")
    ]


# --- 10. `On TOPIC:` after a sentence whose subject says something --------------------------------


def test_a_topic_before_a_colon_goes_on_with_the_one_speaking_before():
    text = (
        "Inspector Halvard Munro-Ekwueme, closing the session, says the force has logged 212 "
        "complaints and will answer each. On the camera vans: “We will keep them. We will also "
        "publish where they park.”"
    )
    assert found(text) == [
        (
            "We will keep them. We will also publish where they park.",
            "Halvard Munro-Ekwueme",
            "Inspector",
        )
    ]


# --- 11. `…, and asks …:` after the subject's first verb; an infinitive's object in `-s` ----------


def test_and_asks_after_a_first_verb_with_an_infinitives_object_in_s():
    text = (
        "Odalys Fenwick-Amah, director of the charity Example Hearth Trust, describes its advice "
        "line, and asks the panel not to write rules only a big firm could meet: “If the forms "
        "take a week, we close the line. Is that what you want?”"
    )
    assert found(text) == [
        (
            "If the forms take a week, we close the line. Is that what you want?",
            "Odalys Fenwick-Amah",
            "director of the charity Example Hearth Trust",
        )
    ]


# --- 12. an interview's last prompt put as a statement --------------------------------------------


def test_a_bold_statement_after_the_last_question_is_a_prompt_and_its_answer_taken():
    text = (
        "We spoke to Ingrid Salazar-Poole, who runs the Example Fenwater Trust, at its office. "
        "The interview has been edited for length.\n\n"
        "**Why count otters at all?**\n\n"
        "Because nobody else does, and the river changes faster than the surveys.\n\n"
        "**Who pays for it?**\n\n"
        "Our members, mostly. We had one grant in ten years.\n\n"
        "**Some anglers say you just want the river closed.**\n\n"
        "We have never asked for that. We ask for the counts to be read before anything else.\n\n"
        "*The trust's counts are published every spring.*\n"
    )
    who = "Ingrid Salazar-Poole"
    assert found(text) == [
        ("Because nobody else does, and the river changes faster than the surveys.", who, None),
        ("Our members, mostly. We had one grant in ten years.", who, None),
        (
            "We have never asked for that. We ask for the counts to be read before anything else.",
            who,
            None,
        ),
    ]
