"""The proposer on the classes behind blind batch 38's misses and wrong proposals.

One or more tests per class, on text of its own (invented people, firms, places and pages): the
proposer must follow the sentence's and the page's structure, and where the structure gives no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

from digest.editor.quotes import propose

# --- 1. a firm by the name it was introduced with ---------------------------------------------


def test_a_firms_short_name_is_given_as_introduced_with_its_capitals():
    text = (
        "Nadia Ferreira-Holm, who runs the data team at Example Larkfield AI, said the model "
        "would ship in March.\n\n"
        "In a statement on Friday, Larkfield said: “We stand by every figure in our report and "
        "will publish the underlying data next week.”\n"
    )
    got = found(text)
    assert got[-1][1:] == ("Example Larkfield AI", None)


def test_a_firm_met_only_as_a_workplace_is_its_full_name():
    text = (
        "Thornvale’s robotics chief steps down\n\n"
        "Casimir Odell, who ran the robotics group at Example Thornvale for six years, is "
        "leaving to start his own company.\n\n"
        "Thornvale said in a statement: “Casimir built our lab from nothing. We wish him well, "
        "and the lab is staying exactly where it is.”\n"
    )
    got = found(text)
    assert got[-1][1:] == ("Example Thornvale", None)


def test_a_firms_lower_case_fragment_is_its_claim_under_its_short_name_too():
    text = (
        "Example Pellworth, the Brindle Bay lab behind the Osprey models, released a new "
        "model on Monday. Pellworth’s head of research, Aurelio Finch, posted the news.\n\n"
        "Pellworth said the delay had been “a packaging problem and nothing more than that” "
        "and that the files were fixed.\n"
    )
    assert found(text) == []


def test_a_firm_described_by_which_is_a_firm_and_its_fragment_a_claim():
    text = (
        "Example Dunmarrow, which sells storage to hospitals, raised $40 million on Tuesday.\n\n"
        "Dunmarrow said the money would pay for “two new warehouses and the staff to run "
        "them” by the end of next year.\n"
    )
    assert found(text) == []


def test_a_firm_described_by_which_issues_a_statement_after_a_colon():
    text = (
        "Trams were stopped across the city for most of Monday.\n\n"
        "Example Corbelle, which built the dispatch software, has issued a statement:\n\n"
        "‘The Corbelle system behaved as it was set up to behave. Our engineers are on site "
        "with the operator and will stay there until the service is back.’\n"
    )
    got = found(text)
    assert [g[1] for g in got] == ["Example Corbelle"]


# --- 2. a term someone goes by ----------------------------------------------------------------


def test_what_she_calls_names_a_coinage_not_a_quote():
    text = (
        "Ottoline Varga-Price says the new scheduler handles what she calls “the dull middle "
        "of the week” far better than the old one. “It simply stopped losing bookings,” she "
        "said.\n"
    )
    assert [g[0] for g in found(text)] == ["It simply stopped losing bookings"]


# --- 3. the role after a clause's conjunction -------------------------------------------------


def test_a_role_before_the_name_starts_after_when():
    text = (
        "The mood shifted when Harrowgate Mills’ finance director, Ottilie Verbeek, took the "
        "stand.\n\n"
        "“We have run out of road on the old line, and I will not pretend otherwise to anyone "
        "here,” she said.\n"
    )
    got = found(text)
    assert got[0][1:] == ("Ottilie Verbeek", "Harrowgate Mills’ finance director")


# --- 4. a question answered by `NAME replied:` ------------------------------------------------


def test_a_question_answered_after_a_reply_and_a_colon_is_not_taken():
    text = (
        "The councillor chairing the inquiry, Bernadette Oyelowo-Quist, was not satisfied "
        "with the depot manager, Ivo Haverford-Lund.\n\n"
        "‘Then why did the depot sign the contract at all?’ Oyelowo-Quist asked.\n\n"
        "Ivo Haverford-Lund replied: ‘Because we were told the other bid had been "
        "withdrawn, and it had not been.’\n"
    )
    got = found(text)
    assert [g[0] for g in got] == [
        "Because we were told the other bid had been withdrawn, and it had not been."
    ]


# --- 5. a comment's footer and a reply's handles ----------------------------------------------


def test_a_comments_footer_of_handle_and_time_is_no_quote():
    text = (
        "The most useful comment came from Ilario Benedetti, a nurse at the Example Wexcombe "
        "Clinic, who had tried the app on night shifts:\n\n"
        "> It flags the right patients most of the time, but it still misses the quiet ones "
        "who never press the bell.\n"
        "> — ilario_b · 3 hours ago\n"
    )
    got = found(text)
    assert [g[0] for g in got] == [
        "It flags the right patients most of the time, but it still misses the quiet ones "
        "who never press the bell."
    ]


def test_a_replys_leading_handle_is_not_part_of_the_quote():
    text = (
        "The studio’s lead designer, Marguerite Osterhagen, answered within the hour:\n\n"
        "> @pixelfern @rowan_b The patch is in testing now. Friday if nothing breaks, Monday "
        "if something does.\n"
        "> — Marguerite Osterhagen (@m_osterhagen)\n"
    )
    got = found(text)
    assert got[0][0] == (
        "The patch is in testing now. Friday if nothing breaks, Monday if something does."
    )
    assert got[0][1] == "Marguerite Osterhagen"


# --- 6. a press release's office, function and firm -------------------------------------------


def test_an_office_its_function_in_lower_case_and_its_firm_is_the_role():
    text = (
        "“Our drivers never asked which engine it runs, only whether it runs,” said Ferdia "
        "Lowry-Achterberg, director, operations, Example Kestrel Haulage. “It has not stopped "
        "once in a year.”\n"
    )
    got = found(text)
    assert got[0][1:] == (
        "Ferdia Lowry-Achterberg",
        "director, operations, Example Kestrel Haulage",
    )


# --- 7. `the partner, NAME` after the office in full ------------------------------------------


def test_the_office_named_again_shortly_is_the_office_as_first_printed():
    text = (
        "The senior partner for tax at Example Gowland Reeve, one of the scheme’s auditors, "
        "said the firm had reviewed every account. “We found nothing that worried us, and we "
        "looked hard,” said the partner, Rosalind Achterberg-Nye.\n"
    )
    got = found(text)
    assert got[0][1:] == (
        "Rosalind Achterberg-Nye",
        "senior partner for tax at Example Gowland Reeve",
    )


# --- 8. a titled person of an institution -----------------------------------------------------


def test_a_titled_person_of_an_institution_whose_clause_follows_is_the_speaker():
    text = (
        "The grant is open to universities. Professor Halldis Moreno-Tait of the Example "
        "Larchmont Institute of Science, whose group uses the scanner to map coral, said: “We "
        "can now image a whole reef section in an afternoon, and we used to need a week.”\n"
    )
    got = found(text)
    assert got[0][1] == "Halldis Moreno-Tait"


# --- 9. a pronoun after an object in the sentence before --------------------------------------


def test_she_after_another_woman_as_an_object_is_unsure():
    text = (
        "Leontine Marsh-Adebayo, the studio’s art director, answered in the thread. She had "
        "hired Corisande Velt in 2021. “Corisande drew every map in the game. If you are "
        "hiring, she should be the first person you call,” she wrote.\n"
    )
    proposals = propose(text)
    assert len(proposals) == 1
    assert proposals[0].speaker == ""
    assert proposals[0].warning


# --- 10. the line from her script -------------------------------------------------------------


def test_the_line_from_her_script_is_hers():
    text = (
        "The museum’s head of collections, Marisol Achterberg-Kunle, had two minutes at the "
        "podium. The best line, from her notes: “Nothing in these rooms leaves without a "
        "record, and nothing comes in without one either.”\n"
    )
    got = found(text)
    assert got[0][1:] == ("Marisol Achterberg-Kunle", "museum’s head of collections")


# --- 11. a sentence of one person and their relative clause -----------------------------------


def test_a_sentence_naming_one_person_and_their_past_in_a_who_clause_introduces_the_quote():
    text = (
        "Two former staff described the plant. Osric Penhallow-Diaz, who left Example Carrowby "
        "in May and now teaches, agreed to be named. “The line was fine. What it lacked was "
        "anyone willing to pay for the second shift.”\n"
    )
    got = found(text)
    assert got[0][1] == "Osric Penhallow-Diaz"


# --- 12. a split quote with `said NAME, ROLE,` in its middle ----------------------------------


def test_a_one_word_opening_before_said_name_and_a_long_role_is_joined():
    text = (
        "The ruling surprised nobody in the trade.\n\n"
        "“Copying,” said Amara Lindqvist-Oyo, a professor of media law at Example Fernhill "
        "Law School, “is where these disputes will be settled, not in the lab. If the source "
        "was stolen, the rest hardly matters.”\n"
    )
    got = found(text)
    assert got[0][0].startswith("Copying … is where these disputes")
    assert got[0][1:] == (
        "Amara Lindqvist-Oyo",
        "professor of media law at Example Fernhill Law School",
    )


# --- 13. a second office in capitals ----------------------------------------------------------


def test_a_former_office_in_capitals_after_and_is_a_second_office():
    text = (
        "“Most of this was settled years ago,” said Benedek Oyarzun, senior fellow at the "
        "Example Tollgate Centre and a former Treasury Board official. “Nobody wants to say so.”\n"
    )
    got = found(text)
    assert got[0][2] == (
        "senior fellow at the Example Tollgate Centre and a former Treasury Board official"
    )


# --- 14. the office that opens an aside between dashes ----------------------------------------


def test_an_office_opening_an_aside_between_dashes_is_the_role():
    text = (
        "Philippa Nakagawa-Ross — Tarnbridge’s head of testing, a soft-spoken former "
        "chemist who logs every crash by hand — shows me the wall of printouts.\n\n"
        "“We break it on purpose every Thursday. If we cannot break it, we have not tried "
        "hard enough,” Nakagawa-Ross says.\n"
    )
    got = found(text)
    assert got[0][1:] == ("Philippa Nakagawa-Ross", "Tarnbridge’s head of testing")


def test_a_person_after_by_with_which_after_the_name_stays_a_person():
    text = (
        "The audit was led by Maria Coelho-Brandt, which surprised some on the board. "
        "Coelho-Brandt said the fixes would take “a matter of weeks rather than months or "
        "years” to finish.\n"
    )
    got = found(text)
    assert [g[:2] for g in got] == [
        ("a matter of weeks rather than months or years", "Maria Coelho-Brandt")
    ]


def test_the_office_named_again_is_not_taken_from_someone_else_named_with_it():
    text = (
        "The senior partner at Example Harrow Vale, Desmond Achebe, said the audit was "
        "sound. “We checked it twice and found nothing at all,” said the partner, Livia "
        "Strand.\n"
    )
    got = found(text)
    assert got[0][1:] == ("Livia Strand", "partner")
