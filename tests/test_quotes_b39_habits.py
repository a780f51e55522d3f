"""The proposer on the classes behind blind batches 39 and 40's misses and wrong proposals.

One or more tests per class, on text of its own (invented people, firms, places and pages): the
proposer must follow the sentence's and the page's structure, and where the structure gives no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. an interview introduced by `I talked to FIRM's ROLE, NAME` ----------------------------

_NEWSLETTER_QA = (
    "Hello again, readers.\n\n"
    "Example Tidewell Freight, which matches half-empty lorries with loads, raised $60 million "
    "this week. “They saw the empty-mile problem before anyone else did,” said Osric "
    "Pennington-Vale, a partner at Example Heronsgate Capital who led the round.\n\n"
    "I talked to Tidewell’s co-founder and chief executive, Marisela Quinterro-Hobbs, on "
    "Thursday. Our conversation has been edited for length and clarity.\n\n"
    "**Why raise now, when freight volumes are falling?**\n\n"
    "Quinterro-Hobbs: Because falling volumes are when hauliers care most about empty miles. "
    "When the market is hot, nobody answers our calls.\n\n"
    "**How many hauliers use the app?**\n\n"
    "About nine thousand, most of them with fewer than five lorries. We never expected the "
    "small firms to be the heart of it.\n\n"
    "The big fleets came later. They wanted the same thing, only with invoices.\n\n"
    "**Will you buy your own lorries?**\n\n"
    "No, and I hope I never have to say otherwise to our board.\n\n"
    "That’s all for this week. If you run a depot with spare bays, apparently Marisela "
    "would like a word. — R.\n"
)


def test_i_talked_to_names_the_interviewee_after_their_office():
    got = found(_NEWSLETTER_QA)
    answers = [g for g in got if g[1] == "Marisela Quinterro-Hobbs"]
    assert len(answers) == 4
    assert all(g[2] == "Tidewell’s co-founder and chief executive" for g in answers)
    assert not any(g[1] == "Osric Pennington-Vale" and g[0].startswith("About") for g in got)


def test_the_first_answers_surname_label_is_not_part_of_it():
    got = found(_NEWSLETTER_QA)
    first = next(g for g in got if g[1] == "Marisela Quinterro-Hobbs")
    assert first[0].startswith("Because falling volumes are when hauliers care most")


def test_the_writers_sign_off_after_the_last_answer_is_no_answer():
    got = found(_NEWSLETTER_QA)
    assert not any("That’s all for this week" in g[0] for g in got)


def test_a_labelled_interviews_closing_paragraph_in_no_ones_voice_is_no_answer():
    text = (
        "Auditor Wilhelmina Sato-Brennick has spent a decade reviewing public IT contracts. "
        "We spoke to her about the parking-fines system.\n\n"
        "**Q: Where did it go wrong?**\n\n"
        "**Sato-Brennick:** At the tender. Nobody wrote down what a correct fine looked like, "
        "so nobody could say the system was wrong.\n\n"
        "The supplier built what the tender asked for. That was the whole trouble.\n\n"
        "**Q: Could it happen again?**\n\n"
        "**Sato-Brennick:** Tomorrow. The rules that allowed it are still on the books and I "
        "see the same tender language every month.\n\n"
        "**Q: What would you change first?**\n\n"
        "**Sato-Brennick:** Publish every contract over a million before it is signed. I have "
        "asked for that for ten years.\n\n"
        "The council’s audit committee meets again on 4 March. The transport department did not "
        "respond to a request for comment.\n"
    )
    got = found(text)
    assert [g[1] for g in got] == ["Wilhelmina Sato-Brennick"] * 4
    assert not any("audit committee meets" in g[0] for g in got)


# --- 2. `The head of the union, NAME,`: the office's holder, not the union's name -------------


def test_a_name_after_head_of_the_union_is_the_person_who_holds_it():
    text = (
        "Councillor Bettina Alvarado-Kemp said the council had been warned. “They knew it was "
        "broken by the spring,” Alvarado-Kemp told reporters.\n\n"
        "The head of the regional drivers’ union, Lorcan Fitzwilliam-Oduya, said members had "
        "complained since March. “We sent them the faulty tickets every single week,” he said.\n"
    )
    got = found(text)
    assert got[-1] == (
        "We sent them the faulty tickets every single week",
        "Lorcan Fitzwilliam-Oduya",
        "head of the regional drivers’ union",
    )


# --- 3. a party in apposition after a title printed before the name ---------------------------


def test_a_senators_party_standing_after_the_name_leaves_the_title_the_role():
    text = (
        "Senator Philippa Drummond-Achebe, the committee’s ranking Democrat, was not "
        "persuaded. “You promised this panel a fix in June and we are still waiting,” she said.\n"
    )
    assert found(text) == [
        (
            "You promised this panel a fix in June and we are still waiting",
            "Philippa Drummond-Achebe",
            "Senator",
        )
    ]


# --- 4. a workplace after an office's words is a firm ------------------------------------------


def test_a_portfolio_of_two_nouns_stays_whole_in_the_role():
    text = (
        "Ravindra Okoye-Lindahl, head of trust and safety at Example Quillmere, said the "
        "standard should be national. “We cannot ship fifty versions of one product and call "
        "all of them safe,” Okoye-Lindahl said.\n"
    )
    got = found(text)
    assert got[0][1:] == ("Ravindra Okoye-Lindahl", "head of trust and safety at Example Quillmere")


def test_a_firm_met_only_after_an_office_at_gives_no_claim_in_fragments():
    text = (
        "Ravindra Okoye-Lindahl, head of trust and safety at Example Quillmere, which makes "
        "the assistant Quill, argued for a national standard.\n\n"
        "Quillmere said in a written statement that it “backs the aims of the proposed law” "
        "but wanted changes to the liability rules.\n"
    )
    assert found(text) == []


def test_a_firm_where_someone_runs_something_gives_no_claim_in_fragments():
    text = (
        "Odalys Brennan-Fujita, who runs platform engineering at Example Cobbleway, said the "
        "outage had cost a day of work.\n\n"
        "Cobbleway said that it “takes every outage of this kind very seriously indeed” and "
        "would publish a review.\n"
    )
    assert found(text) == []


# --- 5. scraps carried on from a scare quote ----------------------------------------------------


def test_two_short_fragments_in_one_sentence_are_no_quotes():
    text = (
        "Asked when the register would appear, the minister, Ottilie Grange-Mbeki, said it was "
        "‘being drafted now’ and would be published ‘by the late spring’.\n"
    )
    assert found(text) == []


# --- 6. questions put ------------------------------------------------------------------------


def test_the_question_that_came_from_an_analyst_is_no_quote():
    text = (
        "Chief executive Augustin Mbeki-Varga said the quarter had been the best in the "
        "company’s history. “We shipped more units than in the whole of last year,” he said.\n\n"
        "The margin question came, as it does every quarter, from Sunniva Adeyemi-Roth of "
        "Example Fallowgate Securities: “Can you say what happened to gross margin? How much "
        "of it was the price cut?”\n"
    )
    got = found(text)
    assert [g[0] for g in got] == ["We shipped more units than in the whole of last year"]


def test_a_lawmakers_question_for_a_witness_is_still_a_quote():
    text = (
        "Senator Idris Vandermolen-Okeke opened with a question for the chief executive: "
        "“If you can count every download, why can you not count every child who uses it?”\n"
    )
    got = found(text)
    assert got and got[0][1] == "Idris Vandermolen-Okeke"


def test_a_question_after_pressed_her_is_the_question_put():
    text = (
        "Rosalind Farquhar-Obi, the transport minister, said the new trains would arrive on "
        "time. ‘We have a contract and we have a schedule,’ she told the audience.\n\n"
        "The debate’s chair, the presenter Lionel Asquith-Berg, pressed her: ‘Minister, will "
        "any passenger ride one before the next election?’\n"
    )
    got = found(text)
    assert [g[1] for g in got] == ["Rosalind Farquhar-Obi"]


# --- 7. a dash role with a clause about the firm -------------------------------------------------


def test_a_dash_roles_clause_about_the_firm_is_no_part_of_it():
    text = (
        "“The write-up was honest, and it was also describing the worst week our team has "
        "had.” — Tamsin Ogunleye-Hart, head of IT at Example Brookvale Dairies, which was one "
        "of the 40 affected\n"
    )
    got = found(text)
    assert got[0][1:] == ("Tamsin Ogunleye-Hart", "head of IT at Example Brookvale Dairies")


def test_a_senator_pressing_a_witness_still_asks_a_quote():
    text = (
        "Senator Gwendolyn Achterberg-Sole pressed the witness: “Why did your board sign off on "
        "a product it had never tested on a child?”\n"
    )
    got = found(text)
    assert got and got[0][1:] == ("Gwendolyn Achterberg-Sole", "Senator")


# --- 8. `Professor NAME` with no other office: the title is the role ---------------------------


def test_professor_before_the_name_is_the_role_when_no_office_is_printed():
    text = (
        "Professor Hollis Andrade-Vik, who studies river sediment at Example Dunmore "
        "University, said the dredging plan was a guess. “Nobody has measured that channel "
        "since the 1990s,” Andrade-Vik said.\n"
    )
    got = found(text)
    assert got[0][1:] == ("Hollis Andrade-Vik", "Professor")


def test_an_office_after_the_professors_name_is_still_the_role():
    text = (
        "Professor Hollis Andrade-Vik, head of geography at Example Dunmore University, said "
        "the plan was a guess. “Nobody has measured that channel since the 1990s,” she said.\n"
    )
    got = found(text)
    assert got[0][1:] == ("Hollis Andrade-Vik", "head of geography at Example Dunmore University")


def test_an_occupation_printed_before_prof_keeps_prof_an_honorific():
    text = (
        "Flood modeller Prof. Hollis Andrade-Vik wrote on her blog that the plan was “a guess "
        "dressed up as an engineering study from start to finish”.\n"
    )
    got = found(text)
    assert got[0][1:] == ("Hollis Andrade-Vik", "Flood modeller")


def test_the_associate_professor_is_not_any_professor():
    text = (
        "“We never saw the revised protocol,” said Professor Ines Halloran-Beck, who chairs "
        "the ethics board.\n\n"
        "The project’s lead, Tobias Wren-Adichie, an associate professor of sociology, wrote to "
        "the board in June.\n\n"
        "“I should have filed an amendment, and I did not,” the associate professor wrote.\n"
    )
    got = found(text)
    assert got[0][1:] == ("Ines Halloran-Beck", "Professor")
    assert not any(g[1] == "Ines Halloran-Beck" for g in got[1:])


# --- 9. recall: introductions the proposer did not read -----------------------------------------


def test_she_went_on_introduces_the_block_quote_after_it():
    text = (
        "Judge Rosamund Achterberg-Nye was not persuaded by the prosecution.\n\n"
        "She went on:\n\n"
        "> The State calls the process sharpening. The evidence calls it something else, and "
        "a jury could not tell the recorded from the invented.\n"
    )
    got = found(text)
    assert [g[1:] for g in got] == [("Rosamund Achterberg-Nye", "Judge")]


def test_a_pronouns_predicate_is_no_unnamed_person():
    text = (
        "Example Tallowmere’s co-founder, Benedikt Oyelowo-Saar, flew in for the last week. He "
        "is 41, a former gearbox engineer at a tractor maker, and happy to talk numbers.\n\n"
        "“Twenty seconds a panel is not good enough, and I won’t pretend otherwise,” he said.\n"
    )
    got = found(text)
    assert got == [
        (
            "Twenty seconds a panel is not good enough, and I won’t pretend otherwise",
            "Benedikt Oyelowo-Saar",
            "Example Tallowmere’s co-founder",
        )
    ]


def test_the_subject_of_an_infinitive_of_speech_is_the_speaker():
    text = (
        "Cosima Adjei-Falk, a graduate student at Example Orrin Institute, posted a long "
        "thread on Wednesday.\n\n"
        "Further down, she was careful to say she was not alleging fraud: “Leaks happen to "
        "everyone who scrapes the web. The question is whether you check for them.”\n"
    )
    got = found(text)
    assert [g[1] for g in got] == ["Cosima Adjei-Falk"]


def test_quote_posted_is_a_verb_of_posting():
    text = (
        "And then there is Ludovica Brennan-Saito, the founder of Example Quaywise. She "
        "quote-posted the minister with a single line: “Welcome to the rules the rest of us "
        "have followed for years.”\n"
    )
    got = found(text)
    assert [g[1] for g in got] == ["Ludovica Brennan-Saito"]


def test_the_boards_chair_is_the_one_who_chairs_it():
    text = (
        "“We approved a survey, not an experiment,” said Professor Odile Mbeki-Strand, who "
        "chairs the university’s ethics board.\n\n"
        "The board met again in June.\n\n"
        "“Deception studies are allowed, and should stay allowed,” the board’s chair said.\n"
    )
    got = found(text)
    assert [g[1:] for g in got] == [("Odile Mbeki-Strand", "Professor")] * 2


def test_a_one_word_opening_before_i_is_the_first_part_of_the_sentence():
    text = (
        "Councillor Femi Oyelaran-Pike voted against the ban.\n\n"
        "“Honestly,” Oyelaran-Pike said, “I think the council swapped a problem it could "
        "regulate for one it cannot even see.”\n"
    )
    got = found(text)
    assert [g[0] for g in got] == [
        "Honestly … I think the council swapped a problem it could regulate for one it cannot "
        "even see."
    ]


def test_the_senator_of_two_is_the_one_the_sentence_before_made_its_subject():
    text = (
        "Senator Marisol Ekwueme-Dahl chaired the hearing. Senator Torvald Anand-Price, the "
        "panel’s ranking member, asked most of the questions.\n\n"
        "Anand-Price, who rarely agrees with Ekwueme-Dahl, said the two had found common "
        "ground. In his closing remarks, the senator said: “I do not want a federal agency "
        "writing code. I want companies to act like a child is on the other end.”\n"
    )
    got = found(text)
    assert got[-1][1] == "Torvald Anand-Price"


def test_a_dash_line_naming_a_body_and_its_bulletin_is_the_bodys():
    text = (
        "The union’s strike bulletins were blunter.\n\n"
        "“No algorithm drives your bus. No algorithm walks your route.” — Kestrel Bay "
        "Drivers Association strike bulletin\n"
    )
    got = found(text)
    assert [g[1:] for g in got] == [("Kestrel Bay Drivers Association", None)]


# --- 10. a part in the story, an occupation after the name; the noun a role is about -----------


def test_the_lead_researcher_yields_to_the_occupation_after_the_name():
    text = (
        "The lead researcher, Anselm Okwu-Varga, an assistant professor of linguistics, has "
        "apologised.\n\n"
        "“I should have filed an amendment, and I did not,” the assistant professor wrote.\n"
    )
    got = found(text)
    assert got == [
        (
            "I should have filed an amendment, and I did not",
            "Anselm Okwu-Varga",
            "assistant professor of linguistics",
        )
    ]


def test_the_student_is_the_one_whose_role_is_about_a_student():
    text = (
        "The scheme came apart when Ilaria Mbatha-Roos, a third-year law student, noticed the "
        "same phrase in three posts.\n\n"
        "“I assumed it was the debating society having fun,” the student said.\n\n"
        "Student union president Caspar Lindgren-Eze, whose office was blamed at first, was "
        "blunter. “We spent a fortnight denying it was us,” he said.\n"
    )
    got = found(text)
    assert got[0] == (
        "I assumed it was the debating society having fun",
        "Ilaria Mbatha-Roos",
        "third-year law student",
    )


# --- 11. a ruling's lines are its judge's ---------------------------------------------------------


def test_the_key_line_of_the_order_is_the_judges():
    text = (
        "Judge Ottoline Braithwaite-Nkemelu was not persuaded. The key line of the order: “The "
        "sharpened copy does not show what the lens recorded. It shows what a program guessed.”\n"
    )
    got = found(text)
    assert [g[1:] for g in got] == [("Ottoline Braithwaite-Nkemelu", "Judge")]


def test_the_key_line_of_a_report_is_not_its_readers():
    text = (
        "Councillor Mabel Oyinlola-Grant read the auditors' findings twice. The key line of the "
        "report: “The system was never tested against a single real claim before launch.”\n"
    )
    assert found(text) == []
