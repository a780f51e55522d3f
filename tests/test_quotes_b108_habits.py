"""The proposer on the classes behind blind batches 108, 109 and 110's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): a second
trade joined by `and` inside one apposition (`a ferry captain and part-time wedding
photographer,`), `she wrote` after `a sharp reply from SURNAME` (a speaker named after `from`
and the noun of something said is a person, not a place), an initial `A.` opening a name, a
quote inside another's sentence followed by `, on the same day that FIRM confirmed …`; then a
body named in six capitalised words (`the chief executive of the Example National Energy
Market Operator, NAME,`), `Outside the hearing, NAME, ROLE,`, the apposition after `FIRM ROLE
NAME, a former …` (the corpus's convention), an owner's long name before its office, `By
Wednesday morning its ROLE, NAME,`, `He went on to describe how …:` and `NAME, ROLE, last month
called X “…”`.
Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. a second trade joined by `and` inside one apposition ------------------------------------


def test_a_second_trade_after_and_in_one_apposition_stays_in_the_role():
    text = (
        "Not all crews agree. Tomasz Lindqvist-Ebo, a ferry captain and part-time wedding "
        "photographer, said in a post that the plan was “smaller than the outcry makes it "
        "sound” and that it would help.\n\n"
        "“I have seen tired deckhands miss a buoy in broad daylight,” he wrote."
    )
    role = "ferry captain and part-time wedding photographer"
    assert found(text) == [
        ("smaller than the outcry makes it sound", "Tomasz Lindqvist-Ebo", role),
        ("I have seen tired deckhands miss a buoy in broad daylight", "Tomasz Lindqvist-Ebo", role),
    ]


def test_two_lower_case_words_of_a_second_trade_stay_in_the_role():
    text = (
        "Wiebke Andersson-Mbeki, a night nurse and amateur astronomer, said the rota tool was "
        "a relief. “It learnt my shifts faster than my manager did,” she said."
    )
    assert [q[1:] for q in found(text)] == [
        ("Wiebke Andersson-Mbeki", "night nurse and amateur astronomer")
    ]


# --- 2. `a sharp reply from SURNAME`: a person, then `she wrote` --------------------------------


def test_she_after_a_reply_from_a_surname_is_that_woman_not_the_man_before():
    text = (
        "Captain Maren Holtby-Asante, who has flown freight for twenty years and keeps her own "
        "logbook, posted on Bluesky: “Read the appendix before you read the press release.”\n\n"
        "The agency answered. Its head of research, Friedrich Obuya-Lindahl, replied on "
        "Bluesky: “Nothing in this plan takes a pilot out of the cockpit.”\n\n"
        "That drew a quick answer from Holtby-Asante. “The appendix is the truth,” she wrote "
        "on X. “The summary is the sales pitch.”"
    )
    assert [q[1] for q in found(text)] == [
        "Maren Holtby-Asante",
        "Friedrich Obuya-Lindahl",
        "Maren Holtby-Asante",
        "Maren Holtby-Asante",
    ]


# --- 3. an initial `A.` opening a name -----------------------------------------------------------


def test_an_initial_a_with_its_dot_opens_the_name_after_an_office():
    text = (
        "The Harbour Pilots' Association president A. T. Okonkwo-Hale told the inquiry that "
        "crews had been warned. “We were told the alarms could be ignored at night,” "
        "Okonkwo-Hale said."
    )
    assert [q[1:] for q in found(text)] == [
        ("A. T. Okonkwo-Hale", "Harbour Pilots' Association president")
    ]


def test_an_initial_a_opening_a_sentence_is_a_name_not_an_article():
    text = (
        "A. Vance, the union president, said crews had been warned. “We were told the alarms "
        "could be ignored at night,” Vance said."
    )
    assert [q[1:] for q in found(text)] == [("A. Vance", "union president")]


# --- 4. a quote in another's sentence, then `, on the same day that FIRM confirmed …` -----------


def test_words_before_on_the_same_day_that_a_firm_confirmed_are_not_the_firms():
    text = (
        "A parliamentary panel has warned ministers that automated signalling risks ‘running "
        "ahead of the safety case written for it’, on the same day that Example Larkfield "
        "Railways confirmed it would widen a trial of the system to two more lines.\n\n"
        "Baroness Whitcombe, the panel’s chair, said the findings were modest. ‘We only want to "
        "know who signs off,’ she said."
    )
    assert found(text) == [
        ("We only want to know who signs off", "Baroness Whitcombe", "panel’s chair")
    ]


def test_words_quoted_days_after_a_firm_said_are_not_the_firms():
    text = (
        "The watchdog said the scheme was ‘a gamble with other people’s savings’, two days "
        "after Example Copperleaf Bank said it would keep the tool."
    )
    assert found(text) == []


# --- 5. a body named in six capitalised words after `of the` -----------------------------------


def test_the_holder_of_an_office_of_a_long_capitalised_body_is_a_person_with_that_role():
    text = (
        "The chief executive of the Example National Water Quality Standards Board, Piotr "
        "Halvorsen-Adu, will appear before the committee this morning. “We got the model "
        "wrong, and people boiled their water for a week,” he said."
    )
    assert [q[1:] for q in found(text)] == [
        (
            "Piotr Halvorsen-Adu",
            "chief executive of the Example National Water Quality Standards Board",
        )
    ]


# --- 6. `Outside the hearing, NAME, ROLE,` ----------------------------------------------------


def test_a_role_after_the_name_after_a_fronted_place_is_kept():
    text = (
        "Outside the chamber, Bernard Oduya-Strand, research director at Example Tapwatch, told "
        "reporters he welcomed the apology.\n\n"
        "“Use whatever model you want,” he said. “Just tell people who is answerable.”"
    )
    role = "research director at Example Tapwatch"
    assert [q[1:] for q in found(text)] == [("Bernard Oduya-Strand", role)] * 2


# --- 7. `FIRM ROLE NAME, a former …`: the apposition, as the corpus labels it (guard) --------


def test_a_former_job_after_the_name_is_the_role_even_after_an_office_before_it():
    text = (
        "Example Brightwater Labs chief scientist Ingrid Moreau-Tahir, a former dispatcher at "
        "Example Citygrid, said the models were trained on old data. According to "
        "Moreau-Tahir, “the data was the easy part. The judgement was not.”"
    )
    assert [q[1:] for q in found(text)] == [
        ("Ingrid Moreau-Tahir", "former dispatcher at Example Citygrid")
    ]


# --- 8. `FIRM IN FOUR WORDS's head of a long portfolio, NAME,` -------------------------------


def test_an_office_after_a_long_capitalised_owners_possessive_is_the_role():
    text = (
        "The Example Northern Rail Safety Board's head of level crossing safety, Sigrun "
        "Abiodun-Marsh, answered the Gazette in writing: “We tested the worst night of the "
        "year, not the best one.”"
    )
    assert [q[1:] for q in found(text)] == [
        (
            "Sigrun Abiodun-Marsh",
            "Example Northern Rail Safety Board's head of level crossing safety",
        )
    ]


def test_but_before_an_owners_office_is_no_part_of_the_role():
    text = (
        "Most builders kept quiet, but Example Fenmoor Homes' head of site robotics research, "
        "Dario Katsaros-Lind, wrote on LinkedIn that the firm had “no robot that lays bricks "
        "unsupervised” and would not have one soon."
    )
    assert [q[1:] for q in found(text)] == [
        ("Dario Katsaros-Lind", "Example Fenmoor Homes' head of site robotics research")
    ]


# --- 9. `By Wednesday morning its chief executive, NAME,`: a time, not a participle ----------


def test_its_office_after_a_time_in_ing_keeps_its():
    text = (
        "The utility said on Monday that it was “looking into it”. By Tuesday evening its "
        "managing director, Ruth Okeke-Sandoval, had gone further in a post:\n\n"
        "“Our model did what it was built to do, and that is the problem.”"
    )
    assert [q[1:] for q in found(text)] == [("Ruth Okeke-Sandoval", "its managing director")]


def test_a_participle_before_an_office_still_gives_no_role():
    text = (
        "Representing the supplier, Odile Fenwick-Arrow, argued: “We will publish every "
        "decision the model made.”"
    )
    assert [q[1:] for q in found(text)] == [("Odile Fenwick-Arrow", None)]


# --- 10. `He went on to describe how …:` before a quote over two paragraphs ------------------


def test_went_on_to_describe_introduces_a_quote_over_two_paragraphs():
    text = (
        "Ines Varga-Boateng, the port director, said the numbers were old. “Those figures "
        "describe the trial, not the system.”\n\n"
        "She went on to describe how alarms are shown to pilots:\n\n"
        "“Each alarm is ranked. A red alarm means a collision risk within four minutes.\n\n"
        "“What we have not done is let the system steer ships. Every order is a pilot's "
        "order.”"
    )
    assert [q[1] for q in found(text)] == ["Ines Varga-Boateng"] * 3


def test_went_on_holiday_is_no_introduction():
    text = (
        "Ines Varga-Boateng, the port director, said the numbers were old. She went on to "
        "Lisbon on holiday the next day:\n\n"
        "“Each alarm is ranked and a red alarm means a collision risk,” the manual says."
    )
    assert [q[1] for q in found(text)] == []


# --- 11. `NAME, ROLE, last month called X “…”`: a time between the aside and the verb ---------


def test_a_time_after_the_aside_keeps_the_subject_by_its_verb():
    text = (
        "Not everyone agrees. Marguerite Szabo-Ellis, president of the Example Pilots' Guild, "
        "last month called the scheme “a staffing cut with a tablet bolted on”. She spoke to "
        "us at the base."
    )
    assert found(text) == [
        (
            "a staffing cut with a tablet bolted on",
            "Marguerite Szabo-Ellis",
            "president of the Example Pilots' Guild",
        )
    ]
