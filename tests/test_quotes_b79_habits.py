"""The proposer on the classes behind blind batches 79 and 80's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): a name
whose surname's particle is printed in lower case (`Samira el-Haddad`) and a Q&A label of that
surname alone (`el-Haddad:`); a `Q:`/`A:` sidebar under its own heading answered by the person
it introduces, not by the main interviewee; `She read out a letter from NAME2` going on meaning
the sentence's pronoun subject; `NAME asked her whether …` putting someone else in view;
`Her colleague NAME …. She added:` and `Beside him, NAME, …` (a pronoun before the name that
means someone else); a photo caption that introduces the person pictured with a comma and what
they are; two names joined as a subject, left unsure for a later `she`. Expected values are
written by hand.
"""

from __future__ import annotations

from pathlib import Path

from quote_articles import found

from digest.editor.articles import load_article
from digest.editor.quotes import propose

# --- 1. a surname with a lower-case particle, in the text and as a Q&A label -------------------


def test_a_surname_with_a_lower_case_particle_is_a_name():
    text = (
        "Lenders have been slow to explain their scores.\n\n"
        "“A refusal with no reason is a door shut in the dark,” said Samira el-Haddad, a credit "
        "adviser at the Example Tolworth Advice Centre."
    )
    assert found(text) == [
        (
            "A refusal with no reason is a door shut in the dark",
            "Samira el-Haddad",
            "credit adviser at the Example Tolworth Advice Centre",
        )
    ]


def test_a_qa_label_of_a_surname_with_a_lower_case_particle():
    text = (
        "# Scoring the unscored\n\n"
        "Samira el-Haddad advises tenants on credit in Tolworth. We spoke in June.\n\n"
        "**Pip Langridge:** Who gets turned down most?\n\n"
        "**Samira el-Haddad:** People with thin files. Renters, the newly arrived, the young.\n\n"
        "**Langridge:** Does the model make that worse?\n\n"
        "**el-Haddad:** It makes it faster. Faster is not the same as fairer."
    )
    assert found(text) == [
        (
            "People with thin files. Renters, the newly arrived, the young.",
            "Samira el-Haddad",
            None,
        ),
        ("It makes it faster. Faster is not the same as fairer.", "Samira el-Haddad", None),
    ]


# --- 2. a Q:/A: sidebar under its own heading ----------------------------------------------


def test_a_sidebars_answers_are_the_person_it_introduces():
    text = (
        "# Inside the claims queue\n\n"
        "Rhiannon Matabele runs claims at an insurer in Swansea. We spoke in May.\n\n"
        "**Ivo Brackett:** What has the model changed?\n\n"
        "**Rhiannon Matabele:** Small claims are paid in a day now. Big ones still wait for a "
        "person.\n\n"
        "**Brackett:** And the complaints?\n\n"
        "**Matabele:** Fewer, and angrier when they come.\n\n"
        "## Sidebar: one claimant\n\n"
        "Osgood Fenwright-Lyle, a retired ferry engineer from Tenby, waited nine weeks for a "
        "flood claim. We asked him one question.\n\n"
        "**Q:** What would you change?\n\n"
        "**A:** I would have a person ring you in the first week. Just once, to say it's real."
    )
    assert found(text)[-1] == (
        "I would have a person ring you in the first week. Just once, to say it's real.",
        "Osgood Fenwright-Lyle",
        "retired ferry engineer from Tenby",
    )


# --- 3. `She read out a letter from NAME2`: the pronoun subject goes on ---------------------


def test_a_pronoun_subject_before_a_second_name_goes_on_meaning_the_first():
    text = (
        "The panel's convenor, Imelda Varga-Stroud, opened the session. She quoted an email from "
        "a pensioner, Caspar Dunmore, whose card was stopped at a pharmacy. Then she turned to "
        "the lender.\n\n"
        "“A card that stops at a chemist's counter is not a safety feature,” she said."
    )
    assert found(text) == [
        (
            "A card that stops at a chemist's counter is not a safety feature",
            "Imelda Varga-Stroud",
            "panel's convenor",
        )
    ]


# --- 4. `NAME asked her whether …`: the one asked is someone else ----------------------------


def test_the_one_asked_her_whether_is_not_the_one_who_answers():
    text = (
        "The regulator was less patient. Her team logged 900 complaints in a month. Panel member "
        "Gethin Albright-Powys asked her whether the refunds were enough.\n\n"
        "“A refund three months late is not a refund,” she said."
    )
    assert found(text) == [("A refund three months late is not a refund", "", None)]


# --- 5. a pronoun before the name that means someone else ----------------------------------


def test_her_colleague_name_then_she_added_is_the_one_before():
    text = (
        "Marisol Quennell-Adeyemi, a hydrologist at the Example Fenland Water Lab, sent us a "
        "note.\n\n"
        "“The model saw the rain a day early,” she wrote.\n\n"
        "Her colleague Bartosz Lindqvist-Oyo, who ran the checks, sent a table of the gauges. "
        "She added: “Trust it for timing. Check it for depth.”"
    )
    assert found(text)[-1] == (
        "Trust it for timing. Check it for depth.",
        "Marisol Quennell-Adeyemi",
        "hydrologist at the Example Fenland Water Lab",
    )


def test_beside_him_name_then_he_added_is_the_one_before():
    text = (
        "Dr Kwabena Ashworth-Mensah, chief forecaster at the Example Coast Weather Office, took "
        "questions.\n\n"
        "Back at the lectern, Ashworth-Mensah was asked about the new model.\n\n"
        "“We do not forecast by machine alone,” he said. Beside him, Yetunde Okonjo-Pratt, a "
        "deputy minister, said the ferries would stop at noon.\n\n"
        "“But we listen to it more each year,” he added."
    )
    assert found(text)[-1] == (
        "But we listen to it more each year",
        "Kwabena Ashworth-Mensah",
        "chief forecaster at the Example Coast Weather Office",
    )


# --- 6. a photo caption that introduces the person pictured ---------------------------------

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Gauges and alerts</title></head>
<body><main><article><h1>River alerts came hours earlier in trial</h1>
<p>Flood alerts for the Wenning valley arrived hours earlier this winter in a trial of a
machine-learning model run by the Example River Office and two councils.</p>
<figure><img src="gauge.jpg" alt="A gauge"><figcaption>Dr Ottoline Brackenbury-Shaw, head of
forecasting at the Example River Office, at the Bentham weir. Photograph: Example Pictures
</figcaption></figure>
<p>‘Three hours is enough to move a car and lift a sofa,’ said Dr Brackenbury-Shaw. ‘It is
not enough if the alert arrives at three in the morning.’</p>
<p>The councils will decide on the next winter's alerts in April.</p>
</article></main></body></html>
"""


def test_a_caption_that_introduces_the_person_pictured_gives_name_and_role(tmp_path: Path):
    page = tmp_path / "caption.html"
    page.write_text(_PAGE, encoding="utf-8")
    proposals = propose(load_article(str(page)).text)
    assert [(p.text, p.speaker, p.role) for p in proposals] == [
        (
            "Three hours is enough to move a car and lift a sofa",
            "Ottoline Brackenbury-Shaw",
            "head of forecasting at the Example River Office",
        ),
        (
            "It is not enough if the alert arrives at three in the morning.",
            "Ottoline Brackenbury-Shaw",
            "head of forecasting at the Example River Office",
        ),
    ]


# --- 7. two names joined as a subject -------------------------------------------------------


def test_a_later_she_after_two_names_joined_as_a_subject_is_unsure():
    text = (
        "Councillor Hesper Waldgrave chaired the session. Panel member Idris Dunmore-Price "
        "questioned the lender's chief executive, Roland Fitch-Amadi.\n\n"
        "“We were too slow, and I am sorry,” Fitch-Amadi said.\n\n"
        "Wrapping up. Waldgrave thanked the witnesses. Dunmore-Price and Ockley had gone by "
        "then, but Fitch-Amadi stayed. She was not finished with him.\n\n"
        "“Every frozen account needs a number a person answers,” she said."
    )
    assert found(text)[-1] == ("Every frozen account needs a number a person answers", "", None)


# --- 8. `NAME1 asked NAME2 whether …`: the one asked answers ------------------------------


def test_the_one_a_named_person_asked_whether_answers():
    text = (
        "The hearing turned to the freezes. Councillor Bea Ruthven-Stout asked the lender's "
        "chief executive, Osric Delamere-Fry, about the winter.\n\n"
        "“We froze too much,” Delamere-Fry said.\n\n"
        "Ruthven-Stout asked Delamere-Fry whether a person had checked any of the freezes. "
        "The ombudsman, at the end of the table, shook her head before he could answer.\n\n"
        "“No,” he admitted. “Not one of them, not that week.”"
    )
    assert found(text)[-1] == (
        "Not one of them, not that week.",
        "Osric Delamere-Fry",
        "lender's chief executive",
    )


# --- 9. a month's name as a given name after a verb of speech ------------------------------


def test_a_month_that_is_a_given_name_after_said():
    text = (
        "The evacuation order came before dawn.\n\n"
        "“The siren went at four,” said April Dunsford-Kale, a retired postmistress, “and the "
        "smoke was over the school by six.”"
    )
    assert found(text) == [
        ("The siren went at four", "April Dunsford-Kale", "retired postmistress"),
        (
            "and the smoke was over the school by six.",
            "April Dunsford-Kale",
            "retired postmistress",
        ),
    ]
