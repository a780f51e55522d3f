"""The proposer on the classes behind blind batches 67 and 68's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms, seats and pages): an
interview's subject is the person given an office, not the firm the introduction opens on; a
bold question that goes on with a statement is a question; a member's seat is a place; what an
unnamed someone says is nobody's to propose (after a sentence about them, or `from a NOUN`); a
firm's claim about `its` product is never a quote; what someone calls themselves is no quote; a
question put in the passive is the asker's, and its answer the one asked; `planning director`
is an office; an office printed before the name between commas opens a sentence that introduces
the quote after it; and the one who `was asked about` something answers. Expected values are
written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. An interview's subject: the person given an office, not the firm named as often -------


def test_an_interviewee_given_an_office_wins_a_tie_with_the_firm_the_intro_opens_on():
    text = (
        "When Example Pellworth Rail moved its timetable planning to software last year, it "
        "promised fewer cancellations. Odile Strandqvist is the operator's head of planning. "
        "The conversation has been edited.\n\n"
        "**Did it work?**\n\n"
        "Mostly. We cancel fewer trains on a Monday, and I can show you the figures for it.\n\n"
        "**What went wrong?**\n\n"
        "The software did not know that two of our drivers cannot work the branch line. We "
        "found out on a wet Tuesday.\n"
    )
    who, role = "Odile Strandqvist", "operator's head of planning"
    assert found(text) == [
        (
            "Mostly. We cancel fewer trains on a Monday, and I can show you the figures for it.",
            who,
            role,
        ),
        (
            "The software did not know that two of our drivers cannot work the branch line. We "
            "found out on a wet Tuesday.",
            who,
            role,
        ),
    ]


# --- 2. A role ends before `and` and the next verb --------------------------------------------


def test_a_role_printed_after_is_the_ends_before_the_and_of_the_next_clause():
    text = (
        "Bertil Anokye is the trust's director of estates and was in charge of the new boilers. "
        "He said: “We fitted them in a fortnight and they have not failed once since.”"
    )
    assert found(text) == [
        (
            "We fitted them in a fortnight and they have not failed once since.",
            "Bertil Anokye",
            "trust's director of estates",
        )
    ]


# --- 3. A bold question that goes on with a statement is an interview's first question --------


def test_a_bold_question_followed_by_a_statement_is_a_question_and_its_answer_taken():
    text = (
        "We spoke to Wilhelmina Garzon-Tait, who runs the Example Oakridge Allotments. "
        "The interview has been edited for length.\n\n"
        "**Why bother with sensors at all? Gardeners managed without them.**\n\n"
        "They did, and I want to be fair to them. But half our plots flooded in March and "
        "nobody knew until the leeks were gone.\n\n"
        "**What do they cost?**\n\n"
        "About forty pounds a plot. We paid for them with the jam stall.\n\n"
        "**Would you do it again?**\n\n"
        "Yes, though I would ask the members first next time.\n"
    )
    who = "Wilhelmina Garzon-Tait"
    assert found(text) == [
        (
            "They did, and I want to be fair to them. But half our plots flooded in March and "
            "nobody knew until the leeks were gone.",
            who,
            None,
        ),
        ("About forty pounds a plot. We paid for them with the jam stall.", who, None),
        ("Yes, though I would ask the members first next time.", who, None),
    ]


# --- 4. A member's seat (`the Labour member for PLACE`) is a place, never the speaker --------


def test_the_seat_in_a_members_office_before_who_said_is_not_the_speaker():
    text = (
        "The minister's answer did not satisfy Rosalind Okereke-Vance, the Liberal Democrat "
        "member for Example Hollins Cross, who said constituents had waited long enough. ‘I "
        "have families in temporary rooms for a second winter and a department that cannot "
        "tell me when that ends.’"
    )
    assert found(text) == [
        (
            "I have families in temporary rooms for a second winter and a department that cannot "
            "tell me when that ends.",
            "Rosalind Okereke-Vance",
            "Liberal Democrat member for Example Hollins Cross",
        )
    ]


def test_the_seat_of_the_one_who_asks_is_no_speaker_of_the_witness_answer():
    text = (
        "The committee heard from Perpetua Oyelowo-Hart, a retired headteacher. "
        "Asked by Lionel Marchbanks, the Conservative member for Example Dunsop Vale, whether "
        "the new forms were clearer, she said they were, ‘mostly’, but that they were too long. "
        "‘A parent with two jobs does not have an evening to give to a form. Nobody on the panel "
        "seemed to know that.’"
    )
    assert found(text) == [
        (
            "A parent with two jobs does not have an evening to give to a form. Nobody on the "
            "panel seemed to know that.",
            "Perpetua Oyelowo-Hart",
            "retired headteacher",
        )
    ]


# --- 5. What an unnamed someone says is never proposed ------------------------------------------


def test_she_said_after_a_sentence_about_an_unnamed_nurse_is_not_proposed():
    text = (
        "Gideon Farrowby, who chairs the trust, said the rota software was working. "
        "One agency nurse described a night on which she had covered three wards alone. She "
        "said: “The screen said we were fully staffed. I was the staff.”"
    )
    assert found(text) == []


def test_a_quote_from_a_listener_whose_email_a_firm_shared_is_not_the_firms():
    text = (
        "Example Brightmoor Radio replaced its overnight presenter with a synthetic voice in "
        "May.\n\n"
        "And from a listener, who emailed the station in June and whose letter Brightmoor Radio "
        "shared with us: “I thought the poor man had lost his voice. Nobody told me he was a "
        "computer.”"
    )
    assert found(text) == []


# --- 6. A firm's claim about `its` product is never a quote ----------------------------------


def test_a_firms_lower_case_claim_about_its_system_is_not_proposed():
    text = (
        "The cameras were installed in March. In a statement, Example Quillon Optics said its "
        "system “never stores the faces of passers-by” and that recordings are deleted weekly."
    )
    assert found(text) == []


def test_a_person_who_says_that_a_firm_will_publish_its_figures_is_still_quoted():
    # (a guard: `its` deep in a person's clause is not the speaker's own; passes before too)
    text = (
        "Councillor Imogen Fairweather-Low said the council would ask the water company to "
        "publish its leak figures “every single week until the pipes are fixed.”"
    )
    assert found(text) == [
        ("every single week until the pipes are fixed.", "Imogen Fairweather-Low", "Councillor")
    ]


# --- 7. What someone calls themselves is no quote ----------------------------------------------


def test_a_questioner_who_identified_herself_only_as_is_no_quote():
    text = (
        "A caller who identified herself only as “a night porter from the coast” asked "
        "Tobias Rennick-Hale whether the rota would change. Rennick-Hale said it would. “We "
        "will publish the new rota a month ahead, and every porter will see it first.”"
    )
    assert found(text) == [
        (
            "We will publish the new rota a month ahead, and every porter will see it first.",
            "Tobias Rennick-Hale",
            None,
        )
    ]


# --- 8. A question put in the passive is the asker's; the answer after it the one asked ------


def test_a_question_after_was_pressed_by_is_not_the_subjects_and_the_answer_is():
    text = (
        "Cordelia Ashworth-Nnamdi, chief executive of Example Fenlow Press, was pressed by the "
        "moderator on the paper's automated match reports: “Would you let the software cover "
        "a cup final?”\n\n"
        "“Not this year, and probably not next. It writes the results and the tables; a cup "
        "final gets a reporter.”\n"
    )
    assert found(text) == [
        (
            "Not this year, and probably not next. It writes the results and the tables; a cup "
            "final gets a reporter.",
            "Cordelia Ashworth-Nnamdi",
            "chief executive of Example Fenlow Press",
        )
    ]


# --- 9. `planning director`: a noun in -ing before an office's word is the office's ----------


def test_a_department_in_ing_before_director_is_part_of_the_role():
    text = (
        "Winston Aberdare-Koh, marketing director at Example Tolland Homes, said the show flats "
        "were ready. “We have had four hundred visitors in a week, and most of them came back.”"
    )
    assert found(text) == [
        (
            "We have had four hundred visitors in a week, and most of them came back.",
            "Winston Aberdare-Koh",
            "marketing director at Example Tolland Homes",
        )
    ]


def test_a_participle_after_the_name_is_still_no_role():
    # (a guard: `pointing to …` is what someone did; passes before too)
    text = (
        "Winston Aberdare-Koh, pointing to the show flats, said the firm was ready. “We have had "
        "four hundred visitors in a week, and most of them came back.”"
    )
    assert found(text) == [
        (
            "We have had four hundred visitors in a week, and most of them came back.",
            "Winston Aberdare-Koh",
            None,
        )
    ]


# --- 10. An office, then the name between commas, then a sentence with no verb of saying -------


def test_an_office_printed_first_then_the_name_then_the_quote_in_the_next_sentence():
    text = (
        "Example Halberd Transit’s head of fleet safety, Marguerite Odunlami-Price, was more "
        "cautious on Friday. “The buses brake better than our drivers do. That is exactly what "
        "worries me about the drivers.”"
    )
    assert found(text) == [
        (
            "The buses brake better than our drivers do. That is exactly what worries me about "
            "the drivers.",
            "Marguerite Odunlami-Price",
            "Example Halberd Transit’s head of fleet safety",
        )
    ]


# --- 11. `NAME was asked about …` then a quote: the one asked answers ------------------------


def test_the_one_who_was_asked_about_something_answers_in_the_quote_after():
    text = (
        "Tancred Vosloo-Mbeki, chair of the Example Riverside Trust, was asked about the new "
        "fees. “We held them for six years. Nobody can hold a price for ever, and we told "
        "members that in March.”"
    )
    assert found(text) == [
        (
            "We held them for six years. Nobody can hold a price for ever, and we told members "
            "that in March.",
            "Tancred Vosloo-Mbeki",
            "chair of the Example Riverside Trust",
        )
    ]


# --- 12. `NAME would only say:`, also after an aside between commas ---------------------------


def test_would_only_say_before_a_colon_is_the_names_saying():
    text = (
        "Ottilie Branscombe-Yeo runs the ferry company.\n\n"
        "Branscombe-Yeo would only say: “We look at every route every winter. Most of them stay "
        "as they are.”"
    )
    assert found(text) == [
        (
            "We look at every route every winter. Most of them stay as they are.",
            "Ottilie Branscombe-Yeo",
            None,
        )
    ]


def test_would_only_say_after_an_aside_between_commas_is_the_names_saying():
    text = (
        "Ottilie Branscombe-Yeo runs the ferry company.\n\n"
        "Branscombe-Yeo, when we reached her at the terminal, would only say: “We look at every "
        "route every winter. Most of them stay as they are.”"
    )
    assert found(text) == [
        (
            "We look at every route every winter. Most of them stay as they are.",
            "Ottilie Branscombe-Yeo",
            None,
        )
    ]


# --- 13. A Markdown block quote that is only a quote goes on with the named speaker before -----


def test_a_block_quote_after_a_named_speakers_quote_is_more_of_it():
    text = (
        "Gwendolyn Ashcombe-Reyes, chair of the Example Lockside Allotment Society, spoke "
        "first. “We were told the survey would take a week. It took a season, and nobody "
        "explained why.”\n\n"
        "> “If the council wants the land back, it should say so at a meeting, not in an "
        "appendix to a report nobody reads.”\n\n"
        "The committee deferred the item.\n"
    )
    role = "chair of the Example Lockside Allotment Society"
    who = "Gwendolyn Ashcombe-Reyes"
    assert found(text) == [
        (
            "We were told the survey would take a week. It took a season, and nobody explained "
            "why.",
            who,
            role,
        ),
        (
            "If the council wants the land back, it should say so at a meeting, not in an "
            "appendix to a report nobody reads.",
            who,
            role,
        ),
    ]


def test_a_block_quote_repeating_the_quote_before_is_not_proposed_twice():
    # (a guard: a pull quote repeating part of the quote before stays one proposal)
    text = (
        "Gwendolyn Ashcombe-Reyes, chair of the Example Lockside Allotment Society, spoke "
        "first. “We were told the survey would take a week. It took a season, and nobody "
        "explained why.”\n\n"
        "> “It took a season, and nobody explained why.”\n\n"
        "The committee deferred the item.\n"
    )
    assert found(text) == [
        (
            "We were told the survey would take a week. It took a season, and nobody explained "
            "why.",
            "Gwendolyn Ashcombe-Reyes",
            "chair of the Example Lockside Allotment Society",
        )
    ]
