"""The proposer on the classes behind blind batch 31's misses and wrong proposals.

One or more tests per class, on text of its own (invented people, firms and places): the
proposer must follow the sentence's structure, and where the structure gives no speaker, give
none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. titles before a name: a one-word occupation; a multi-word office with its portfolio ----


def test_a_one_word_occupation_before_a_name_is_the_role():
    text = (
        "Farrier Declan Mulvihill, who shoes most of the valley's horses, was sceptical. In his "
        "words: “A sensor can tell you a horse is lame. It cannot tell you which nail did it.”\n"
    )
    quote = "A sensor can tell you a horse is lame. It cannot tell you which nail did it."
    assert found(text) == [(quote, "Declan Mulvihill", "Farrier")]


def test_a_vet_before_a_name_is_the_role():
    text = (
        "Vet Sorcha Delahunt said the trial had been too short. “Three months tells you "
        "nothing about a winter,” Delahunt said.\n"
    )
    quote = "Three months tells you nothing about a winter"
    assert found(text) == [(quote, "Sorcha Delahunt", "Vet")]


def test_an_office_with_a_portfolio_of_modifier_and_plural_is_cut_before_the_name():
    text = (
        "Executive Vice-President for National Accounts Tobias Eriksen-Mbeki says the "
        "contracts run to 2030. “Nobody signs for five years unless they mean it,” "
        "Eriksen-Mbeki said.\n"
    )
    quote = "Nobody signs for five years unless they mean it"
    role = "Executive Vice-President for National Accounts"
    assert found(text) == [(quote, "Tobias Eriksen-Mbeki", role)]


def test_a_regional_office_with_a_portfolio_is_cut_before_the_name():
    text = (
        "Deputy Director of Regional Operations Halima Okafor-Strand told staff the depot "
        "would stay open. “We are not closing anything this year,” Okafor-Strand said.\n"
    )
    quote = "We are not closing anything this year"
    role = "Deputy Director of Regional Operations"
    assert found(text) == [(quote, "Halima Okafor-Strand", role)]


# --- 2. a name in a fronted `Asked whether …` clause is what was asked about, not who answers ---


def test_a_firm_in_a_fronted_asked_whether_clause_is_not_the_pronouns_speaker():
    text = (
        "Marguerite Olowe, the founder of Example Tindle, has run the company for six years.\n\n"
        "Asked whether Tindle would take outside money, she was blunt: “We have never needed "
        "it and I do not intend to start needing it now.”\n"
    )
    quote = "We have never needed it and I do not intend to start needing it now."
    assert found(text) == [(quote, "Marguerite Olowe", "founder of Example Tindle")]


def test_a_person_asked_about_in_a_fronted_clause_is_not_the_pronouns_speaker():
    text = (
        "Ines Varga-Holm chairs the parish council. Asked about Declan Fitzmaurice's plans for "
        "the quarry, she said: “Nobody on this council has seen a single drawing of it.”\n"
    )
    quote = "Nobody on this council has seen a single drawing of it."
    assert found(text) == [(quote, "Ines Varga-Holm", None)]


def test_a_pronoun_and_how_they_spoke_before_a_colon_is_the_pronouns():
    text = (
        "Marguerite Olowe, the founder of Example Tindle, spoke after the vote.\n\n"
        "She was equally direct: “The board can sell its shares. It cannot sell the company.”\n"
    )
    quote = "The board can sell its shares. It cannot sell the company."
    assert found(text) == [(quote, "Marguerite Olowe", "founder of Example Tindle")]


def test_a_pronoun_and_where_they_were_before_a_colon_is_no_attribution():
    text = (
        "Marguerite Olowe, the founder of Example Tindle, spoke after the vote.\n\n"
        "She was at the door of the hall: “Members only beyond this point.”\n"
    )
    assert found(text) == []


# --- 3. an unnamed source described by a noun the named share; a questioner's question ----------


def test_the_noun_of_an_unnamed_source_introduced_since_is_not_the_office_holder():
    text = (
        "Example Quarrel's chief executive, Bernadette Osei-Lind, said the company was on "
        "track. “We will have a profit by the spring,” she said.\n\n"
        "A senior executive at one of its suppliers, who asked not to be named because the "
        "terms are private, said payments had slowed. “They pay in ninety days now, not "
        "thirty. That tells you something,” the executive said.\n"
    )
    quote = "We will have a profit by the spring"
    assert found(text) == [(quote, "Bernadette Osei-Lind", "Example Quarrel's chief executive")]


def test_the_office_holder_is_still_meant_where_no_unnamed_one_came_between():
    text = (
        "Example Quarrel's chief executive, Bernadette Osei-Lind, spoke after the results.\n\n"
        "Shares fell four per cent. “We will have a profit by the spring,” the executive said.\n"
    )
    quote = "We will have a profit by the spring"
    assert found(text) == [(quote, "Bernadette Osei-Lind", "Example Quarrel's chief executive")]


def test_an_analysts_question_put_at_a_results_call_is_not_a_quote():
    text = (
        "Example Pennant's finance chief, Rafe Kowalczyk, took questions after the results.\n\n"
        "The first came from Miriam Adeyemi-Holt, an analyst at Example Lark Securities: "
        "“Why should anyone believe the margin target this time?”\n\n"
        "Kowalczyk: “Because this time it is already in the numbers for the first quarter.”\n"
    )
    answer = "Because this time it is already in the numbers for the first quarter."
    assert found(text) == [(answer, "Rafe Kowalczyk", "Example Pennant's finance chief")]


def test_an_analysts_own_remark_is_still_a_quote():
    text = (
        "Miriam Adeyemi-Holt, an analyst at Example Lark Securities, was not convinced: "
        "“The margin target has been missed three years running. I will believe it in March.”\n"
    )
    quote = "The margin target has been missed three years running. I will believe it in March."
    role = "analyst at Example Lark Securities"
    assert found(text) == [(quote, "Miriam Adeyemi-Holt", role)]


def test_an_analysts_question_with_asked_after_it_is_not_a_quote():
    text = (
        "Rafe Kowalczyk, Example Pennant's finance chief, took questions after the results. "
        "“Why should anyone believe the margin target this time?” asked Miriam Adeyemi-Holt, "
        "an analyst at Example Lark Securities.\n"
    )
    assert found(text) == []


def test_a_lawmakers_question_at_a_hearing_is_still_a_quote():
    text = (
        "Senator Ruth Calloway-Pike pressed the witness: “Why did nobody at the agency read "
        "the report before it was published?”\n"
    )
    quote = "Why did nobody at the agency read the report before it was published?"
    assert found(text) == [(quote, "Ruth Calloway-Pike", "Senator")]


# --- 4. a split quote's short opening part: joined to the rest by an ellipsis ---------------------


def test_a_one_word_opening_part_is_joined_to_the_second_part():
    text = (
        "Reviewers may now use the tools only to tidy their prose. “Tidying,” Aurelio Fanshawe "
        "said, “means your commas, not your conclusions.”\n"
    )
    quote = "Tidying … means your commas, not your conclusions."
    assert found(text) == [(quote, "Aurelio Fanshawe", None)]


def test_a_two_word_opening_part_is_joined_to_the_second_part():
    text = (
        "Aurelio Fanshawe, the festival's director, said prices would rise. “This summer,” "
        "Fanshawe said, “we will charge for parking, a little. It is cheaper than a new field.”\n"
    )
    quote = "This summer … we will charge for parking, a little. It is cheaper than a new field."
    assert found(text) == [(quote, "Aurelio Fanshawe", "festival's director")]


def test_a_short_quote_before_a_new_sentence_is_not_joined():
    text = (
        "Aurelio Fanshawe was asked if the field would flood again. “Probably,” Fanshawe said. "
        "“We have had three wet summers in a row and the drains are older than I am.”\n"
    )
    quote = "We have had three wet summers in a row and the drains are older than I am."
    assert found(text) == [(quote, "Aurelio Fanshawe", None)]


# --- 5. a possessive's reply, answer or response before a colon --------------------------------


def test_a_reply_introduced_by_its_speakers_possessive_is_theirs():
    text = (
        "Councillor Nuala Breathnach asked who would pay for the new bins. The contractor's "
        "manager, Osric Pemberton-Ayo, said the council would. Breathnach's reply drew the "
        "loudest cheer of the evening: “I have heard that from a contractor before.”\n"
    )
    quote = "I have heard that from a contractor before."
    assert found(text) == [(quote, "Nuala Breathnach", "Councillor")]


def test_a_possessive_answer_with_no_verb_is_theirs():
    text = (
        "Tamsin Oduya-Brandt was asked what she would change first. Oduya-Brandt's answer "
        "was immediate: “The rota. Everything else follows from the rota.”\n"
    )
    quote = "The rota. Everything else follows from the rota."
    assert found(text) == [(quote, "Tamsin Oduya-Brandt", None)]


# --- 6. a transcript's clip labelled in capitals, its bracket in capitals too ---------------------


def test_a_recorded_clip_labelled_in_capitals_is_that_persons_answer():
    text = (
        "MORNING REPORT\n\n"
        "Transcript\n\n"
        "Presenter Colm Aherne spoke to Example Transit's operations director, Greta "
        "Lindqvist-Obi, about the new timetable.\n\n"
        "COLM AHERNE: The trains are later than last year. Why?\n\n"
        "GRETA LINDQVIST-OBI: Because we are running more of them on the same track, and the "
        "track has not grown.\n\n"
        "COLM AHERNE: We spoke earlier to Ruairi Ng, a driver on the coast line. Here's what he "
        "told us.\n\n"
        "RUAIRI NG (RECORDED): Nobody asked the drivers. We could have told them the junction "
        "at Kilbarrow would not take it.\n\n"
        "COLM AHERNE: Is he right?\n\n"
        "GRETA LINDQVIST-OBI: He is right about the junction, and we are fixing it.\n\n"
        "COLM AHERNE: Greta Lindqvist-Obi, thank you.\n"
    )
    who, role = "Greta Lindqvist-Obi", "Example Transit's operations director"
    clip = (
        "Nobody asked the drivers. We could have told them the junction at Kilbarrow would "
        "not take it."
    )
    assert found(text) == [
        (
            "Because we are running more of them on the same track, and the track has not grown.",
            who,
            role,
        ),
        (clip, "Ruairi Ng", "driver on the coast line"),
        ("He is right about the junction, and we are fixing it.", who, role),
    ]


# --- 7. a role after a name in a sentence opened by a platform --------------------------------


def test_a_role_in_apposition_after_a_fronted_platform_is_kept():
    text = (
        "On Mastodon, Oyelaran Fitch, a computational linguist at the Example University of "
        "Leeds, posted a test of his own. “It parsed my Yoruba better than two big models. It "
        "also made up a proverb,” he wrote.\n"
    )
    quote = "It parsed my Yoruba better than two big models. It also made up a proverb"
    role = "computational linguist at the Example University of Leeds"
    assert found(text) == [(quote, "Oyelaran Fitch", role)]
