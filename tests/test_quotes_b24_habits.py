"""The proposer on the classes behind blind batch 24's misses and false proposals (issue 23).

One or more tests per class, on text of its own (invented people, firms and places): the
proposer must follow the sentence's structure, and where the structure gives no role or no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. anonymous sources: singular `they`, an unnamed dash attribution --------------------------


def test_they_after_an_anonymous_source_is_never_proposed():
    text = (
        "Calloway's chief technology officer, Fenwick Ashdown-Peel, said the outage had been "
        "fixed within the hour. “We had a rollback ready and we used it,” he said.\n"
        "A former Calloway engineer, who spoke on condition of anonymity because of a "
        "confidentiality clause, doubted that. “The rollback took most of the night, not an "
        "hour,” they said."
    )
    assert found(text) == [
        (
            "We had a rollback ready and we used it",
            "Fenwick Ashdown-Peel",
            "Calloway's chief technology officer",
        )
    ]


def test_they_of_a_named_person_alone_in_view_still_is():
    text = (
        "Rowan Ekberg-Hale, who uses they/them pronouns, runs the repair shop. "
        "“People bring me robots the makers have given up on,” they said."
    )
    assert found(text) == [
        ("People bring me robots the makers have given up on", "Rowan Ekberg-Hale", None)
    ]


def test_an_unnamed_dash_attribution_is_not_more_of_the_line_before():
    text = (
        "“Pricing is the only feature anyone asks about.” — Odalys Prentergast, head of sales, "
        "Quillmark\n"
        "“Every vendor here promises savings, and none of them will put it in the contract.” — "
        "a procurement director at a regional hospital group, who asked not to be named"
    )
    assert found(text) == [
        (
            "Pricing is the only feature anyone asks about.",
            "Odalys Prentergast",
            "head of sales, Quillmark",
        )
    ]


# --- 2. dash roles: a bracketed aside, a role in brackets, a horizontal bar ----------------------


def test_a_bracketed_aside_saying_where_is_no_part_of_the_role():
    text = (
        "“Nobody pays for inference twice. They pay for it once and then they build their "
        "own.”\n"
        "— Marguerite Oyenuga, co-founder, Tallyhook (speaking to us after her panel)"
    )
    assert found(text) == [
        (
            "Nobody pays for inference twice. They pay for it once and then they build their own.",
            "Marguerite Oyenuga",
            "co-founder, Tallyhook",
        )
    ]


def test_a_role_in_brackets_after_a_dash_without_a_space():
    text = (
        "“Our routing model saves more fuel than any truck we have bought.” —Dariusz "
        "Kowal-Mensah (head of platform, Brightwick Freight)"
    )
    assert found(text) == [
        (
            "Our routing model saves more fuel than any truck we have bought.",
            "Dariusz Kowal-Mensah",
            "head of platform, Brightwick Freight",
        )
    ]


def test_a_horizontal_bar_is_a_dash():
    text = (
        "“Evaluation is the product. The model is a detail.” ― Sabine Ollerenshaw-Tay, chief "
        "scientist, Norrow"
    )
    assert found(text) == [
        (
            "Evaluation is the product. The model is a detail.",
            "Sabine Ollerenshaw-Tay",
            "chief scientist, Norrow",
        )
    ]


# --- 3. a long capitalised office before a name; an honorific and one word of the name -----------


def test_an_office_joined_by_and_ends_before_the_name():
    text = (
        "Speaking at the launch on Monday, Minister for Trade and Industry Aminah Rosli said "
        "the fund was oversubscribed.\n"
        "“We expected 200 firms and more than 500 applied in the first week,” said Ms Aminah.\n"
        "“That is a good problem to have,” she added."
    )
    role = "Minister for Trade and Industry"
    assert found(text) == [
        ("We expected 200 firms and more than 500 applied in the first week", "Aminah Rosli", role),
        ("That is a good problem to have", "Aminah Rosli", role),
    ]


def test_an_office_of_state_for_two_portfolios():
    text = (
        "Parliamentary Secretary for Health and Transport Rashid Jamaluddin said the pilot "
        "would run for a year.\n"
        "“We will publish every incident, including the small ones,” said Mr Rashid."
    )
    assert found(text) == [
        (
            "We will publish every incident, including the small ones",
            "Rashid Jamaluddin",
            "Parliamentary Secretary for Health and Transport",
        )
    ]


def test_and_after_an_office_with_no_portfolio_joins_two_people():
    text = (
        "The agreement was signed by the President and Mary Ann Jones-Okafor on Monday.\n"
        "“It took two years to get here,” said Ms Jones-Okafor."
    )
    assert found(text) == [("It took two years to get here", "Mary Ann Jones-Okafor", None)]


def test_an_honorific_and_a_middle_name_refer_to_the_one_person_with_it():
    text = (
        "Mr Ahmad Faizal Rahman, 44, founder of chatbot maker Kopi Kode, said demand had "
        "doubled.\n"
        "“Every hawker centre wants one now, and we only have six engineers,” said Mr Faizal."
    )
    assert found(text) == [
        (
            "Every hawker centre wants one now, and we only have six engineers",
            "Ahmad Faizal Rahman",
            "founder of chatbot maker Kopi Kode",
        )
    ]


def test_an_honorific_and_a_word_two_people_share_is_nobody_surely():
    text = (
        "Mr Ahmad Aziz Karim and Mr Farid Aziz Hamzah both sit on the board.\n"
        "“We will not sell the company this year,” said Mr Aziz."
    )
    speakers = {speaker for _, speaker, _ in found(text)}
    assert not speakers & {"Ahmad Aziz Karim", "Farid Aziz Hamzah"}


def test_a_surname_first_name_and_its_honorific_still_work():
    text = (
        "Mr Lee Chong Hui, 61, managing director of Tuas Cold Chain, has applied.\n"
        "“I need three people who can fix the scheduler at night,” said Mr Lee."
    )
    assert found(text) == [
        (
            "I need three people who can fix the scheduler at night",
            "Lee Chong Hui",
            "managing director of Tuas Cold Chain",
        )
    ]


# --- 4. a description referring back to the one person of it ----------------------------------


def test_the_witness_refers_to_the_hearings_one_witness():
    text = (
        "Orla Fitzmaurice-Ng, who was the inquiry's only witness on Tuesday, described the "
        "failures at length.\n"
        "Asked whether the board had been told, the witness said: “They were told twice, in "
        "writing, and chose not to act.”"
    )
    assert found(text) == [
        ("They were told twice, in writing, and chose not to act.", "Orla Fitzmaurice-Ng", None)
    ]


def test_the_witness_of_two_witnesses_is_nobody_surely():
    text = (
        "Orla Fitzmaurice-Ng, who was the first witness, and Piet Varga-Lund, who was the "
        "second witness, both described the failures.\n"
        "Asked whether the board had been told, the witness said: “They were told twice, in "
        "writing, and chose not to act.”"
    )
    assert all(speaker == "" for _, speaker, _ in found(text))


def test_a_lede_role_is_not_given_to_someone_with_their_own():
    # (A lede's office with no name, `The chief technology officer of … told …`, is not given
    # to the person the next paragraph opens on: the corpus's batch 3 labels that no role.)
    text = (
        "The chief technology officer of payments firm Corvane told a Senate committee on "
        "Thursday that its fraud model had been retrained twice this year.\n"
        "Yusuf Brenner, an analyst at Example Securities, said: “Retraining twice a year is "
        "the bare minimum for a model like that.”"
    )
    assert found(text) == [
        (
            "Retraining twice a year is the bare minimum for a model like that.",
            "Yusuf Brenner",
            "analyst at Example Securities",
        )
    ]


# --- 5. colon introductions without a speech verb ------------------------------------------------


def test_an_answer_from_a_person_when_someone_asked():
    text = (
        "Here is most of a reply from Ivo Brankovic-Laine, director of the Example Grid "
        "Council, when a delegate asked about blackouts:\n"
        "> “We plan for the worst hour of the worst winter. That is the job, and it is "
        "expensive.”"
    )
    assert found(text) == [
        (
            "We plan for the worst hour of the worst winter. That is the job, and it is expensive.",
            "Ivo Brankovic-Laine",
            "director of the Example Grid Council",
        )
    ]


def test_a_person_went_further_in_a_video_posted_later():
    text = (
        "Its chief scientist, Romilly Achebe-Stroud, went further in a video posted on Friday "
        "night: “The benchmark is broken, and we helped break it.”"
    )
    assert found(text) == [
        (
            "The benchmark is broken, and we helped break it.",
            "Romilly Achebe-Stroud",
            "Its chief scientist",
        )
    ]


def test_the_posts_of_a_thread_by_the_person_named_before():
    text = (
        "Tobiah Grünwald-Osei, the founder of Inkstone, explained the decision himself in a "
        "thread on Bluesky. The thread opened: “We are shutting down the free tier, and I "
        "owe you the reasons.”\n"
        "By the third post he had reached the numbers: “The free tier costs us four times "
        "what the paid one earns.”\n"
        "And in the final one: “I am sorry, and I would make the same call again.”"
    )
    who, role = "Tobiah Grünwald-Osei", "founder of Inkstone"
    assert found(text) == [
        ("We are shutting down the free tier, and I owe you the reasons.", who, role),
        ("The free tier costs us four times what the paid one earns.", who, role),
        ("I am sorry, and I would make the same call again.", who, role),
    ]


def test_a_thread_by_someone_else_or_a_sign_in_a_post_is_not_the_persons():
    text = (
        "Nell Iversen-Achebe saw it in a thread by a stranger. The thread began: “Nobody at "
        "this company has ever fixed a bug on time.”\n"
        "Ines Dalgaard-Moe runs the account. In her latest post she shared a photo of the "
        "sign: “No robots beyond this point, by order.”"
    )
    assert found(text) == []


def test_a_long_thread_posted_by_the_person():
    text = (
        "Amara Oduya-Frost, the chief executive of Quillon, posted a long thread on Friday. "
        "The thread began: “Here is what happened with the outage, in order.”"
    )
    assert found(text) == [
        (
            "Here is what happened with the outage, in order.",
            "Amara Oduya-Frost",
            "chief executive of Quillon",
        )
    ]


def test_a_notice_or_a_sign_after_a_colon_is_nobodys():
    text = (
        "The council published its notice on Monday. The notice read: “All permits for "
        "delivery robots are suspended until further notice.”\n"
        "Pelagia Marchetti-Oduya walked to the depot gate. She pointed at the sign: “No "
        "delivery robots past this point, ever.”"
    )
    assert found(text) == []


def test_a_clause_of_the_person_speaking_still_attributes():
    text = (
        "Marisol Peterkin-Abe spoke after the vote, when she said: “We will bring it back next "
        "session, and it will pass.”"
    )
    assert found(text) == [
        ("We will bring it back next session, and it will pass.", "Marisol Peterkin-Abe", None)
    ]


def test_a_letter_someone_received_is_not_theirs():
    text = (
        "Osric Vantongeren received a letter from the regulator on Friday. The letter read: "
        "“Your licence is suspended pending a full review.”"
    )
    assert found(text) == []


def test_a_ruling_after_a_quote_is_not_more_of_it():
    text = (
        "“We will appeal, and we expect to win,” said Bettina Orozco-Lamb, the company's "
        "general counsel.\n"
        "In the ruling: “The defendant knew of the defect and chose not to disclose it.”"
    )
    assert found(text) == [
        (
            "We will appeal, and we expect to win",
            "Bettina Orozco-Lamb",
            "company's general counsel",
        )
    ]


# --- 6. a handle standing for the person named with it -------------------------------------------


def test_a_handle_as_a_later_subject_is_the_person_named_with_it():
    text = (
        "Cassius Ojukwu-Lindqvist (@cassio_dev), a maintainer of the Pebblestone parser, "
        "opened the issue: “The new licence breaks every downstream build we know of.”\n"
        "@cassio_dev later posted a second reply, which was pinned: “I am not forking "
        "anything today. Tomorrow, who knows.”"
    )
    who, role = "Cassius Ojukwu-Lindqvist", "maintainer of the Pebblestone parser"
    assert found(text) == [
        ("The new licence breaks every downstream build we know of.", who, role),
        ("I am not forking anything today. Tomorrow, who knows.", who, role),
    ]


def test_a_handle_after_posts_as():
    text = (
        "Henrietta Vasquez-Obi, a volunteer moderator who posts as @hvobi, locked the thread.\n"
        "@hvobi then wrote: “Locked until everyone has had some sleep. Including me.”"
    )
    assert found(text) == [
        (
            "Locked until everyone has had some sleep. Including me.",
            "Henrietta Vasquez-Obi",
            "volunteer moderator",
        )
    ]


def test_a_handle_spoken_to_is_not_the_speakers():
    text = (
        "Linnea Castellano-Obi replied to @quietfork on the issue within minutes.\n"
        "@quietfork then wrote: “Nobody asked the maintainers before the change.”"
    )
    assert all(speaker != "Linnea Castellano-Obi" for _, speaker, _ in found(text))


# --- 7. a TV transcript labelled by honorific and surname ----------------------------------------

_TRANSCRIPT = """THE EXAMPLE HOUR
Transcript for Sunday, March 8, 2026

GUESTS: Rep. Anselm Varga (D-Ore.); Mireille Ocampo-Hart, president, Tillfield Logistics
HOST: Desmond Quayle

MR. QUAYLE: Welcome back. The drone bill passed the House on Thursday. You wrote it. Why now?

REP. VARGA: Because the drones are already flying over schools and nobody has to tell anyone.

MR. QUAYLE: Ms. Ocampo-Hart, you fly more of them than anyone. Does this bill hurt you?

MS. OCAMPO-HART: It costs us paperwork, not flights. We log every route already. (LAUGHTER) Mostly.

MR. QUAYLE: Let's hear from a parent we spoke to this week. She asked us not to use her name.

(BEGIN VIDEO CLIP)

UNIDENTIFIED FEMALE: One came down in the playground in October. Nobody ever called us.

(END VIDEO CLIP)

MR. QUAYLE: Congressman, is that what the bill fixes?

REP. VARGA: That is exactly what it fixes. Every incident gets reported within a day.

MR. QUAYLE: Thank you both.
"""


def test_a_tv_transcripts_answers_go_to_each_guest():
    assert found(_TRANSCRIPT) == [
        (
            "Because the drones are already flying over schools and nobody has to tell anyone.",
            "Anselm Varga",
            "Rep.",
        ),
        (
            "It costs us paperwork, not flights. We log every route already. (LAUGHTER) Mostly.",
            "Mireille Ocampo-Hart",
            "president, Tillfield Logistics",
        ),
        (
            "That is exactly what it fixes. Every incident gets reported within a day.",
            "Anselm Varga",
            "Rep.",
        ),
    ]


# --- 8. a split quote broken by a dash aside -----------------------------------------------------


def test_a_split_quote_around_a_dash_aside():
    text = (
        "Ferdinand Oyelaran-Beck builds the scales in a shed behind his house.\n"
        "“We sold the first hundred at a loss” — he taps the box on the bench — “because "
        "nobody would have bought the second hundred otherwise.”"
    )
    assert found(text) == [
        ("We sold the first hundred at a loss", "Ferdinand Oyelaran-Beck", None),
        (
            "because nobody would have bought the second hundred otherwise.",
            "Ferdinand Oyelaran-Beck",
            None,
        ),
    ]


def test_a_split_quote_around_a_dash_aside_with_the_name():
    text = (
        "“The sensor was never the hard part” — Oyelaran-Beck laughs, turning the scale over "
        "— “the hard part was the battery lasting a winter.”\n"
        "That is how Ferdinand Oyelaran-Beck tells it."
    )
    result = found(text)
    assert ("The sensor was never the hard part", "Ferdinand Oyelaran-Beck", None) in result
    assert (
        "the hard part was the battery lasting a winter.",
        "Ferdinand Oyelaran-Beck",
        None,
    ) in result
