"""The proposer on the classes behind blind batch 34's misses and wrong proposals.

One or more tests per class, on text of its own (invented people, firms and places): the
proposer must follow the sentence's and the page's structure, and where the structure gives no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. a wire interview's Q:/A: answers: the interviewee, never a place ----------------------


_WIRE_INTERVIEW = (
    "By Odile Marchetti-Brun\n\n"
    "LYON, March 3 (Example Newswire) - Example Rhodanie Foods will close two bakeries at its "
    "Vallon Rouge site by 2028, Example Rhodanie Foods chief executive Albane Kerouac-Diallo "
    "said in an interview.\n\n"
    "The bakers at Vallon Rouge have threatened to strike over the plan, which the company "
    "says will save 30 million euros.\n\n"
    "The following interview has been edited for length.\n\n"
    "**Q: Why close the bakeries now?**\n\n"
    "A: Because the ovens are forty years old and I will not ask anyone to work beside them "
    "for another winter.\n\n"
    "**Q: Will anyone lose their job?**\n\n"
    "A: Nobody who wants to stay. We have written that down and signed it.\n\n"
    "MARKET VIEW\n\n"
    "Example Newswire also spoke to Gaspard Lemoine-Sy, who leads the bakers' union at the "
    "site and has worked there for twenty years.\n\n"
    "**Example Newswire:** Do you trust the promise?\n\n"
    "**Lemoine-Sy:** I trust the signature, not the speech. We will read every line of it.\n\n"
    "**Example Newswire:** And if it changes?\n\n"
    "**Lemoine-Sy:** Then we stop the ovens ourselves, and I would not enjoy that.\n\n"
    "The regional council did not reply to a request for comment.\n\n"
    "Bakeries of that size have been closing across the region for a decade, and analysts "
    "said the plan was late rather than early.\n"
)


def test_wire_interview_answers_go_to_the_interviewee_not_the_site():
    got = found(_WIRE_INTERVIEW)
    answers = [g for g in got if g[0].startswith(("Because the ovens", "Nobody who wants"))]
    assert len(answers) == 2
    assert all(g[1] == "Albane Kerouac-Diallo" for g in answers)


def test_narrative_paragraphs_after_answers_are_no_answers():
    quotes = [q for q, _, _ in found(_WIRE_INTERVIEW)]
    assert not any("also spoke to" in q for q in quotes)
    assert not any("did not reply" in q for q in quotes)
    assert not any("closing across the region" in q for q in quotes)
    assert any(q.startswith("I trust the signature") for q in quotes)


# --- 2. pronouns: `he` and `she` after two people of unknown gender; `they` --------------------


def test_he_then_she_after_two_people_go_to_them_in_the_order_named():
    text = (
        "Brightwell's chairman, Idris Kamara-Lowe, and its operations director, Ottilie "
        "Varga, spoke to shareholders in turn. Kamara-Lowe blamed the weather. Varga blamed "
        "the suppliers.\n\n"
        "“We cannot plant a field that is under water, and this spring most of them were,” he "
        "said.\n\n"
        "“Three of our seed houses shipped late, and two shipped the wrong seed,” she said.\n"
    )
    got = found(text)
    assert got[0][1] == "Idris Kamara-Lowe"
    assert got[1][1] == "Ottilie Varga"


def test_a_person_who_uses_they_is_never_meant_by_she():
    text = (
        "Sable Ondaatje-Reyes, a Leeds-based locksmith who uses they/them pronouns, found the "
        "flaw in a smart lock sold by Example Hasp.\n\n"
        "“I only wanted to fix my own front door, and then I could open every door on the "
        "street,” they said.\n\n"
        "Example Hasp's head of engineering, Ingrid Solheim-Baptiste, thanked Ondaatje-Reyes "
        "and said an update had gone out. Ondaatje-Reyes had reported the flaw in May.\n\n"
        "“We should have moved faster, and we will next time,” she said.\n"
    )
    got = found(text)
    last = [g for g in got if g[0].startswith("We should have moved")]
    assert last and last[0][1] == "Ingrid Solheim-Baptiste"


# --- 3. a firm's statement: `it said`, `the company said`, `the Town of X said` ---------------


def test_it_said_after_a_firms_statement_is_the_firms():
    text = (
        "Example Kettleby Ltd said in a statement that the heaters had been fitted by a "
        "contractor. “The heater did what the thermostat told it to do, and the thermostat was "
        "wired backwards,” it said.\n"
    )
    got = found(text)
    assert got and got[0][1] == "Example Kettleby Ltd"


def test_the_company_said_after_a_firms_statement_is_announced():
    text = (
        "Example Marrowby Freight has issued a brief statement this afternoon.\n\n"
        "“The new roster keeps every driver on full pay and lets the depot run on Sundays. We "
        "ask our drivers to back it,” the company said.\n"
    )
    got = found(text)
    assert got and got[0][1] == "Example Marrowby Freight"


def test_a_town_named_as_the_subject_of_said_is_the_speaker():
    text = (
        "The council confirmed the decision after the meeting. “The ferry timetable will stay "
        "as it is until the review is finished. Residents should check the website before "
        "travelling,” the Town of Halberd Cove said.\n"
    )
    got = found(text)
    assert got and got[0][1] == "Town of Halberd Cove"


# --- 4. questions put to someone are never quotes --------------------------------------------


def test_counsels_question_after_asked_colon_is_never_proposed():
    text = (
        "Under cross-examination, counsel for the council, Piers Abernathy-Cole, put it to her "
        "that the fee had been refunded.\n\n"
        "He asked: “So the money came back to you in the end, Ms Lindqvist?”\n\n"
        "She replied: “Nine weeks later, after I had borrowed it from my brother.”\n"
    )
    quotes = [q for q, _, _ in found(text)]
    assert not any("came back to you" in q for q in quotes)


def test_a_moderators_question_to_a_panel_is_never_proposed():
    text = (
        "Moderator Kofi Asante-Bruce then asked the panel: “Which of you has actually trained a "
        "model in Twi?” Nobody answered.\n"
    )
    assert not found(text)


def test_a_fragment_inside_a_fronted_asked_whether_clause_is_the_askers():
    text = (
        "Asked by Ms Okafor whether he had seen “any instance of a refusal that was never "
        "reversed”, Dr Halvard Ness said he had not. He went on: “A refusal reversed after a "
        "year is still a refusal for a year.”\n"
    )
    quotes = [q for q, _, _ in found(text)]
    assert not any("any instance of a refusal" in q for q in quotes)
    assert any(q.startswith("A refusal reversed") for q in quotes)


# --- 5. roles --------------------------------------------------------------------------------


def test_a_time_phrase_before_a_name_is_no_role():
    text = (
        "Coun. Imogen Thackeray-Bose was among the first to respond. She wrote on X: “The "
        "parking app charged every driver twice this week, and nobody at the town noticed.”\n\n"
        "In a reply to her own post some minutes later, Thackeray-Bose added: “I voted for "
        "this app. I will vote to fix it.”\n"
    )
    got = found(text)
    assert [g[1:] for g in got] == [("Imogen Thackeray-Bose", "Coun.")] * 2


def test_a_role_after_a_judges_apposition_is_the_apposition():
    text = (
        "The presiding judge, Mr Justice Callum Ferreira-Dunne, asked whether the software "
        "had been tested. Counsel said it had not.\n\n"
        "Mr Justice Ferreira-Dunne said: “Whether the tool is accurate is not the question "
        "before me. Whether it is lawful is.”\n"
    )
    got = found(text)
    assert got and got[0][1:] == ("Callum Ferreira-Dunne", "presiding judge")


def test_a_role_with_an_aside_between_commas_is_whole():
    text = (
        "“Storage is where the margin goes,” said Henrike Wollny, Example Kaltfeld's head of "
        "infrastructure and, until March, a partner at Example Brandau Capital, “because every "
        "disk you buy is old in a year.”\n"
    )
    got = found(text)
    want = (
        "Example Kaltfeld's head of infrastructure and, until March, a partner at Example "
        "Brandau Capital"
    )
    assert got and all(g[1:] == ("Henrike Wollny", want) for g in got)


def test_a_role_with_its_institution_and_city_after_commas_is_whole():
    text = (
        "Tomasz Wieczorek-Hale, reader in maritime law and head of the Institute for Ports "
        "and Shipping, Example Baltic University, Gdansk, has read the charters. “The owner "
        "sells certainty, and the insurer sells it back at a markup,” he says.\n"
    )
    got = found(text)
    want = (
        "reader in maritime law and head of the Institute for Ports and Shipping, Example "
        "Baltic University, Gdansk"
    )
    assert got and got[0][1:] == ("Tomasz Wieczorek-Hale", want)


# --- 6. dash lines and split quotes ----------------------------------------------------------


def test_both_paragraphs_of_a_two_paragraph_dash_quote():
    text = (
        "THE OPENING TALK\n\n"
        "“Ten years ago we were told the valley would buy software. Today we are told it "
        "will sell its data.\n\n"
        "“I would like, once, to hear that it will write the software.”\n"
        "— Nkechi Adeyemi-Ross, founder, Example Delta Labs\n"
    )
    got = found(text)
    assert [g[1] for g in got] == ["Nkechi Adeyemi-Ross"] * 2
    assert got[0][0].startswith("Ten years ago")


def test_a_question_that_is_the_speakers_own_split_part_is_taken():
    text = (
        "“Who is going to pay for the cables?” asked Ruth Obuya-Marsh, an analyst at Example "
        "Lakeshore Research in Kampala. “Not the farmers. They were promised the network for "
        "nothing.”\n"
    )
    got = found(text)
    assert [g[0] for g in got][:1] == ["Who is going to pay for the cables?"]
    assert all(g[1] == "Ruth Obuya-Marsh" for g in got)
