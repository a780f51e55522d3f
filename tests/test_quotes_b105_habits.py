"""The proposer on the classes behind blind batches 105, 106 and 107's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): a
portfolio spelled like a verb after an owner's possessive (`the lender's claims director,`), a
third person quoted in an interview's unlabelled paragraph after `when I reached him`, a
nationality in `-man` before a name, a gloss `translated … as “…”`, what a survey's respondents
feared, `FIRM, whose ROLE NAME said`, a pronoun given to the nearest person whose given name
shows the other gender; then a long office at a body named in capitals, a quote alone in its
paragraph after a colon ending the paragraph before, `she shook her head:`, an initial with a
stroke (`Ø.`) inside a name, a question posted on social media, a nickname of two words inside
a name, `Former chief scout NAME`, `She declined to comment …, saying only that … “…”`, and
`she told him` after `REPORTER spoke to NAME`.
Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. a portfolio spelled like a verb after an owner's possessive -------------------------------


def test_a_claims_director_after_a_common_nouns_possessive_keeps_the_owner():
    text = (
        "The lender's claims director, Ottilie Brandsma-Kerr, said the tool was audited each "
        "month. “We check every refusal by hand before the letter goes out,” she said."
    )
    assert [q[1:] for q in found(text)] == [("Ottilie Brandsma-Kerr", "lender's claims director")]


def test_a_claims_director_after_a_curly_possessive_keeps_the_owner():
    text = (
        "Harrowgate’s claims director, Emrys Pengelly-Shaw, said the tool was audited each "
        "month. “We check every refusal by hand before the letter goes out,” he said."
    )
    assert [q[1:] for q in found(text)] == [("Emrys Pengelly-Shaw", "Harrowgate’s claims director")]


def test_a_split_quote_around_an_owners_claims_director_is_not_the_firms():
    text = (
        "Harrowgate, a subsidiary of the Leeds group Example Pemberton Holdings, says the "
        "system was accurate for most claims. “The tool is not magic,” the lender's claims "
        "director, Ottilie Brandsma-Kerr, said in an interview, “but neither were the 30 "
        "underwriters we could not hire.”"
    )
    assert found(text) == [
        ("The tool is not magic", "Ottilie Brandsma-Kerr", "lender's claims director"),
        (
            "but neither were the 30 underwriters we could not hire.",
            "Ottilie Brandsma-Kerr",
            "lender's claims director",
        ),
    ]


# --- 2. a third person quoted in an interview's unlabelled paragraph ------------------------------


def test_a_third_persons_words_after_when_i_reached_him_are_not_the_answer():
    text = (
        "Augusta Ferreira-Lind runs claims at Example Solway Mutual. We met at her office in "
        "Dumfries.\n\n"
        "**Ledger:** Does the software write the letters now?\n\n"
        "**Ferreira-Lind:** It drafts them. A handler reads every one and signs it with their "
        "own name. That was not negotiable for me.\n\n"
        "**Ledger:** The staff union says handlers now carry more files. Is that the saving?\n\n"
        "**Ferreira-Lind:** They carry more files and spend less time typing. I won't pretend "
        "everyone loves it.\n\n"
        "The union's branch secretary, Torquil Mabey-Osei, was less diplomatic when I reached "
        "him by phone a week later: “The software types faster, so the targets go up. Nobody "
        "asked us whether faster was the point.”\n\n"
        "**Ledger:** What comes next?\n\n"
        "**Ferreira-Lind:** Injury claims, slowly. Nothing decides on its own."
    )
    got = found(text)
    assert (
        "The software types faster, so the targets go up. Nobody asked us whether faster was "
        "the point.",
        "Torquil Mabey-Osei",
        "union's branch secretary",
    ) in got
    assert not any("less diplomatic" in q[0] for q in got)


# --- 3. a nationality in `-man` before a name -----------------------------------------------------


def test_a_nationality_in_man_before_a_name_is_no_part_of_it():
    text = (
        "Welshman Idris Penhallow-Rees lost in straight sets on Tuesday. “The camera never "
        "blinks, and it never apologises either,” he told reporters."
    )
    assert [q[1:] for q in found(text)] == [("Idris Penhallow-Rees", "Welshman")]


# --- 4. a gloss: `a line translated on social media as “…”` ---------------------------------------


def test_a_line_translated_on_social_media_as_is_a_gloss():
    text = (
        "Luc Pasquier-Amrani was calmer after the final. « Chaque course compte », he told "
        "reporters, a remark loosely translated in the local press as “every single race "
        "counts for the team”."
    )
    got = found(text)
    assert [q[0] for q in got] == ["Chaque course compte"]


# --- 5. what a survey's respondents feared --------------------------------------------------------


def test_what_surveyed_respondents_feared_is_not_the_reporters_quote():
    text = (
        "Cyclist Ottoline Marchbanks-Feld said the union had asked its members. She said "
        "nearly half of riders surveyed by the union feared being “judged by a sensor that "
        "never rode a hill” when selection came round. “We will fight that,” she said."
    )
    assert [q[0] for q in found(text)] == ["We will fight that"]


# --- 6. `FIRM, whose ROLE NAME said` --------------------------------------------------------------


def test_whose_before_role_name_is_no_part_of_the_role():
    text = (
        "The grant came from the Example Larkspur Trust, whose treasurer Oswin Delacroix-Hart "
        "said the board had voted twice. “We paid for people, not for software,” "
        "Delacroix-Hart said."
    )
    assert [q[1:] for q in found(text)] == [("Oswin Delacroix-Hart", "treasurer")]


# --- 7. a pronoun and the given name of the nearest person ----------------------------------------


def test_she_after_a_man_asked_her_is_the_woman_asked():
    text = (
        "The minister for heritage, Magdalena Wróbel-Koenig, opened the session at ten.\n\n"
        "The first question came from the floor. Tobias Heilmann of a Munich weekly asked "
        "Wróbel-Koenig whether the fund would pay for scanning robots.\n\n"
        "She did not hesitate. “Not a cent of it will buy a robot that replaces a person,” "
        "she said."
    )
    assert [q[1:] for q in found(text)] == [("Magdalena Wróbel-Koenig", "minister for heritage")]


def test_he_after_a_woman_caught_him_is_the_man_caught():
    text = (
        "The head of the review panel, Rahul Castellane-Moor, explained the scoring rules.\n\n"
        "Our correspondent Isabelle Varga-Holm is in the room.\n\n"
        "Isabelle caught Castellane-Moor on his way out. He said the panel would publish its "
        "criteria in May.\n\n"
        "“We will publish every score, and every comment with it,” he said."
    )
    assert [q[1:] for q in found(text)] == [("Rahul Castellane-Moor", "head of the review panel")]


# --- 8. a long office at a body named in capitals before the name ---------------------------------


def test_a_long_office_at_a_body_in_capitals_before_the_name_is_the_role():
    text = (
        "Separately, the head of market conduct at the Example Financial Regulator of Malta, "
        "Doriana Vella-Camilleri, used her LinkedIn account on Friday to trail a speech.\n\n"
        "“Lenders who use AI to refuse loans should assume we will ask them to explain every "
        "refusal,” she wrote."
    )
    assert [q[1:] for q in found(text)] == [
        (
            "Doriana Vella-Camilleri",
            "head of market conduct at the Example Financial Regulator of Malta",
        )
    ]


# --- 9. lead-ins with a colon and no verb of saying -----------------------------------------------


def test_a_paragraph_only_a_quote_after_a_colon_ending_a_paragraph_naming_one_person():
    text = (
        "The club's manager, Henrike Baumgartner-Lowe, says she is relaxed about who gets the "
        "credit. She closed Friday's briefing with a remark that had the room laughing:\n\n"
        "“If we stay up, the software can have the credit. If we go down, I will take the "
        "blame myself.”"
    )
    assert [q[1:] for q in found(text)] == [("Henrike Baumgartner-Lowe", "club's manager")]


def test_she_shook_her_head_before_a_colon_is_her_answer():
    text = (
        "Ottilie Varga-Strand, the archive's director, was asked whether the AI would write "
        "captions. She shook her head: “It will suggest. We will write.”"
    )
    assert [q[1:] for q in found(text)] == [("Ottilie Varga-Strand", "archive's director")]


def test_an_initial_with_a_stroke_inside_a_name():
    text = (
        "Sindre Å. Nordvik-Lie, a ferry pilot from Bodø, was not impressed. “The chart is "
        "new, but the rocks are very old,” he said."
    )
    assert [q[1:] for q in found(text)] == [("Sindre Å. Nordvik-Lie", "ferry pilot from Bodø")]


# --- 10. a question a named person posts ----------------------------------------------------------


def test_a_question_asked_in_a_social_post_is_the_posters_quote():
    text = (
        "Example Kestrel Radio presenter Fionnuala Breslin-Hart asked in a TikTok video: “If "
        "the robot picks the team, who picks the robot?”"
    )
    assert found(text) == [
        (
            "If the robot picks the team, who picks the robot?",
            "Fionnuala Breslin-Hart",
            "Example Kestrel Radio presenter",
        )
    ]


# --- 11. a nickname of more than one word inside a name -------------------------------------------


def test_a_nickname_of_two_words_inside_a_name():
    text = (
        'Goalkeeper Anders "The Cat" Lindqvist-Brand was asked about the offer. "My agent '
        'showed me the contract and I asked who had written it," he said. "He told me, '
        "'Nobody. Well, something.' I still laugh about it.\""
    )
    assert [q[1:] for q in found(text)] == [
        ("Anders Lindqvist-Brand", "Goalkeeper"),
        ("Anders Lindqvist-Brand", "Goalkeeper"),
    ]


# --- 12. a scout's office before the name ---------------------------------------------------------


def test_former_chief_scout_before_a_name_is_the_role():
    text = (
        "Former chief scout Tomas Berglund-Hale, who left the club in May, said in a "
        "statement: “A model can count passes. It cannot count nerve.”"
    )
    assert [q[1:] for q in found(text)] == [("Tomas Berglund-Hale", "Former chief scout")]


# --- 13. `She declined to comment …, saying only that … “…”` --------------------------------------


def test_saying_only_that_after_she_declined_to_comment_is_hers():
    text = (
        "“We will not shred a single file because a program told us to,” Aurelie "
        "Fontaine-Mbeki said in an interview on Tuesday.\n\n"
        "She declined to comment on the leaked memo, saying only that the registry had “more "
        "boxes than staff and has had for twenty years.”"
    )
    assert [q[1] for q in found(text)] == ["Aurelie Fontaine-Mbeki", "Aurelie Fontaine-Mbeki"]


# --- 14. `she told him` after `REPORTER spoke to NAME` --------------------------------------------


def test_she_told_him_after_a_reporter_spoke_to_a_woman_by_her_given_name():
    text = (
        "Our reporter Tomasz Kowal-Reed is at the hearing for us this morning.\n\n"
        "Outside the hearing, Tomasz spoke to Ingrid Aldous-Kerr, a tenant from Leeds whose "
        "heating claim was refused by an automated system and later paid.\n\n"
        "“I got the money in the end. But I spent two months arguing with a bot that kept "
        "apologising to me,” she told him."
    )
    assert [q[1:] for q in found(text)] == [("Ingrid Aldous-Kerr", "tenant from Leeds")]
