"""The proposer on the classes behind blind batches 51 and 52's misses and wrong proposals.

One or more tests per class, on text of its own (invented people, firms, places and pages): the
proposer must follow the sentence's and the page's structure, and where the structure gives no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. a Q&A whose answers carry the answerer's own label, under a byline ----------------------

_LABELLED_QA = "\n\n".join(
    (
        "# “Cold storage is the hard part”",
        "*Interview by Peregrine Lusk, Freight Desk · 4 May 2026*",
        "Sunniva Oduya-Marchetti became chief executive of Example Brindle Cold Chain in 2024. "
        "We talked about robots, rents and the night shift.",
        "**Why not automate the freezers first?**",
        "**Oduya-Marchetti:** Because people hate working in them, so the robots would be "
        "welcome. But the robots hate the cold even more than we do.",
        "**Has that changed your plans?**",
        "**Oduya-Marchetti:** It has delayed them. We still expect half the freezer picking to "
        "be automated by 2029.",
        "I’d rather be late and right than early and broken. Our customers would too.",
        "**What keeps you awake?**",
        "**Oduya-Marchetti:** Power prices. A freezer is a very expensive box of cold air.",
    )
)


def test_the_answers_own_label_names_the_answerer_not_the_byline():
    assert found(_LABELLED_QA) == [
        (
            "Because people hate working in them, so the robots would be welcome. But the "
            "robots hate the cold even more than we do.",
            "Sunniva Oduya-Marchetti",
            "chief executive of Example Brindle Cold Chain",
        ),
        (
            "It has delayed them. We still expect half the freezer picking to be automated by "
            "2029.",
            "Sunniva Oduya-Marchetti",
            "chief executive of Example Brindle Cold Chain",
        ),
        (
            "I’d rather be late and right than early and broken. Our customers would too.",
            "Sunniva Oduya-Marchetti",
            "chief executive of Example Brindle Cold Chain",
        ),
        (
            "Power prices. A freezer is a very expensive box of cold air.",
            "Sunniva Oduya-Marchetti",
            "chief executive of Example Brindle Cold Chain",
        ),
    ]


# --- 2. `The third student, who did not want to be named,` -------------------------------------


def test_an_ordinal_source_said_to_be_unnamed_is_anonymous():
    text = "\n".join(
        (
            "Mirela Tanaka-Ross, 19, a first-year history student, said the hearing was slow. "
            "‘I waited six weeks for an answer,’ she said.",
            "The second student, who did not want to be named because she is applying for jobs, "
            "said she had been told to admit it. ‘Everyone said it was simpler to confess,’ she "
            "said.",
        )
    )
    assert found(text) == [
        ("I waited six weeks for an answer", "Mirela Tanaka-Ross", "first-year history student")
    ]


# --- 3. the writer's own unnamed kin -----------------------------------------------------------


def test_the_writers_own_kin_is_an_unnamed_source():
    text = "\n".join(
        (
            "“Toys should not be listening in bedrooms,” said Odette Farrow-Kim, who runs a "
            "parents’ group.",
            "At home, our robot now sits in a cupboard. My son did not mind. “It still says "
            "goodnight,” he told me, which was all he wanted.",
        )
    )
    assert found(text) == [
        ("Toys should not be listening in bedrooms", "Odette Farrow-Kim", None),
    ]


# --- 4. `… and a mother of three` after an office -----------------------------------------------


def test_a_parent_of_children_after_an_office_is_part_of_the_role():
    text = (
        "“Screens are not babysitters, and we will keep saying so,” said Wilhelmina "
        "Oduya-Franck, the coalition’s founder and a father of two, “but nobody listens.”"
    )
    assert found(text) == [
        (
            "Screens are not babysitters, and we will keep saying so",
            "Wilhelmina Oduya-Franck",
            "coalition’s founder and a father of two",
        ),
        (
            "but nobody listens.",
            "Wilhelmina Oduya-Franck",
            "coalition’s founder and a father of two",
        ),
    ]


# --- 5. a school named `… High` or `… Academy` is no person --------------------------------------


def test_a_school_named_high_before_a_pupil_is_no_person():
    text = (
        "Next up: Marlow High senior Tobias Egwu-Lindqvist steps forward with a list. He has "
        "asked 300 pupils. “Nobody asked the pupils anything,” he says."
    )
    assert [(quote, speaker) for quote, speaker, _ in found(text)] == [
        ("Nobody asked the pupils anything", "Tobias Egwu-Lindqvist")
    ]


# --- 6. `NAME invites her up. She …` --------------------------------------------------------------


def test_a_pronoun_object_of_the_subjects_gender_leaves_the_next_pronoun_unsure():
    text = "\n".join(
        (
            "The trust’s finance director, Beatrix Holloway-Mensah, has been waiting at the back "
            "of the hall.",
            "Chair Ingrid Solvang-Achebe calls her forward. She is quick. “The money is there "
            "for two years, not three.”",
        )
    )
    assert found(text) == [("The money is there for two years, not three.", "", None)]


# --- 7. roles cut where they end ------------------------------------------------------------------


def test_on_her_way_home_is_no_part_of_the_role():
    text = (
        "The driver, Ottoline Fairbarn-Ucheoma, a night nurse on her way home from the ward, was "
        "unhurt. “I saw it coming and I froze,” Fairbarn-Ucheoma said."
    )
    assert found(text) == [
        ("I saw it coming and I froze", "Ottoline Fairbarn-Ucheoma", "night nurse")
    ]


def test_an_office_after_a_relative_that_starts_at_the_firms_possessive():
    text = (
        "About £20m depends on the results — a clause that Brackwater’s finance chief, Isolde "
        "Varga-Nunes, fought for. Varga-Nunes added: “We are not paying for promises.”"
    )
    assert found(text) == [
        ("We are not paying for promises.", "Isolde Varga-Nunes", "Brackwater’s finance chief")
    ]


def test_a_verb_after_a_firms_name_is_no_role():
    text = "\n\n".join(
        (
            "On the Monday, the new scheduling system, Tidewise, built for Example Harrow Buses "
            "by Example Quillon Works, reassigned 640 driver shifts overnight.",
            "Quillon Works issued a short statement to the trade press: “Tidewise did what "
            "it was set up to do. The settings were not ours.”",
        )
    )
    assert found(text) == [
        (
            "Tidewise did what it was set up to do. The settings were not ours.",
            "Example Quillon Works",
            None,
        )
    ]


# --- 8. titles before a name ----------------------------------------------------------------------


def test_an_ordinal_rank_is_part_of_the_title():
    text = (
        "First Officer Rowena Kettleworth-Abara, based at Dunmere, was sent home. “I was told "
        "the roster could not be changed,” she said."
    )
    assert found(text) == [
        (
            "I was told the roster could not be changed",
            "Rowena Kettleworth-Abara",
            "First Officer",
        )
    ]


def test_an_office_in_charge_is_a_title_before_an_honorific():
    text = (
        "Investigator-in-charge Dr Marguerite Oyinlola-Sand, who led the team, said the data "
        "was complete. “We have everything we need,” she said."
    )
    assert found(text) == [
        ("We have everything we need", "Marguerite Oyinlola-Sand", "Investigator-in-charge")
    ]


# --- 9. where someone lives, and whom one hears from ----------------------------------------------


def test_a_street_one_lives_on_is_no_person_and_one_heard_from_is():
    text = "\n\n".join(
        (
            "Councillor Rhodri Vance-Abiola replied on X: “I have asked officers to look into it.”",
            "In the video you will also hear from Percival Anyanwu-Stroud, 81, who has lived "
            "on Hawthorn Rise since 1969. He told me: “I have seen three airports come and go "
            "and I am still here.”",
        )
    )
    assert found(text)[-1] == (
        "I have seen three airports come and go and I am still here.",
        "Percival Anyanwu-Stroud",
        None,
    )


# --- 10. a headline's capitals are no firm's full name --------------------------------------------


def test_a_headlines_run_of_capitals_is_not_the_firms_full_name():
    text = "\n\n".join(
        (
            "# Inside Example Corvel Freight’s safety review",
            "Drivers at Example Corvel Freight warned managers twice about the brakes, three of "
            "them said.",
            "Corvel disputed that. In a written response, the company said: “Every report is "
            "reviewed by our safety team.”",
        )
    )
    assert found(text) == [
        ("Every report is reviewed by our safety team.", "Example Corvel Freight", None)
    ]


# --- 11. a phone-in's callers, introduced by their labels -----------------------------------------

_PHONE_IN = "\n\n".join(
    (
        "TRANSCRIPT: EVENING LINES, RADIO HARTWELL 101.2",
        "Host: Cosima Verhoeven",
        "In studio: Ignatius Obuya-Lindgren, chief executive of the Example Moorland Bus Company",
        "COSIMA VERHOEVEN: Good evening. Your buses now plan their own routes. Is that working?",
        "IGNATIUS OBUYA-LINDGREN: Mostly. The planner saves us about a fifth of our mileage, "
        "and the drivers like the shorter shifts.",
        "VERHOEVEN: Let's take a call. Philippa is in Lowmoor.",
        "PHILIPPA ACHTERBERG-KANE (caller, school crossing patrol, Lowmoor Primary): My bus now "
        "leaves ten minutes early, so the children miss it every single morning.",
        "VERHOEVEN: Ignatius?",
        "OBUYA-LINDGREN: That is a fair complaint, and I will look at the Lowmoor timetable "
        "myself this week.",
    )
)


def test_a_callers_label_introduces_the_caller_and_the_role():
    assert (
        "My bus now leaves ten minutes early, so the children miss it every single morning.",
        "Philippa Achterberg-Kane",
        "school crossing patrol, Lowmoor Primary",
    ) in found(_PHONE_IN)


# --- 12. what someone had to say, and how, before a quote -----------------------------------------


def test_her_answer_was_blunt_then_a_quote_is_hers():
    text = (
        "We put that to Marisol Quennell-Adebayo, a school business manager in Tewsbury. Her "
        "answer was blunt. “Nobody will lose money. Print the letter and pin it up.”"
    )
    assert found(text) == [
        (
            "Nobody will lose money. Print the letter and pin it up.",
            "Marisol Quennell-Adebayo",
            "school business manager in Tewsbury",
        )
    ]


def test_she_had_advice_for_colleagues_then_a_colon():
    text = "\n".join(
        (
            "We put that to Marisol Quennell-Adebayo, a school business manager in Tewsbury.",
            "She had one more piece of advice for colleagues: “Do not appeal yet. Wait for the "
            "letter, then appeal.”",
        )
    )
    assert found(text) == [
        (
            "Do not appeal yet. Wait for the letter, then appeal.",
            "Marisol Quennell-Adebayo",
            "school business manager in Tewsbury",
        )
    ]


def test_he_was_direct_about_something_then_a_colon():
    text = "\n".join(
        (
            "The union’s head of policy, Bartholomew Nwachukwu-Lind, says the survey worried him.",
            "He was just as direct about what he wants: “One page of rules in every school by "
            "the summer.”",
        )
    )
    assert found(text) == [
        (
            "One page of rules in every school by the summer.",
            "Bartholomew Nwachukwu-Lind",
            "union’s head of policy",
        )
    ]


# --- 13. a tenure after an office -----------------------------------------------------------------


def test_a_tenure_after_the_office_is_no_part_of_the_role():
    text = (
        "“Nobody reads the small print,” said Ottilie Brackenridge-Umeh, a payroll clerk at "
        "Example Fernside Mills with thirty years in the job."
    )
    assert found(text) == [
        (
            "Nobody reads the small print",
            "Ottilie Brackenridge-Umeh",
            "payroll clerk at Example Fernside Mills",
        )
    ]


# --- 14. statements: `the statement said`, a body with its members' word, a firm's account -------


def test_the_statement_said_after_a_firm_said_in_a_statement():
    text = (
        "Example Pollendale Foods said in a statement that it had changed its suppliers. “No "
        "customer will pay more for the change, and every recall has been completed,” the "
        "statement said."
    )
    assert found(text) == [
        (
            "No customer will pay more for the change, and every recall has been completed",
            "Example Pollendale Foods",
            None,
        )
    ]


def test_a_bodys_name_with_its_members_plural_possessive():
    text = (
        "The Harbour Porters’ Alliance, which represents the crane driver, said in a written "
        "statement: “Our member has had a terrible week. We thank the board for its care.”"
    )
    assert found(text) == [
        (
            "Our member has had a terrible week. We thank the board for its care.",
            "Harbour Porters’ Alliance",
            None,
        )
    ]


def test_a_firms_official_account_speaks_for_the_firm():
    text = "\n\n".join(
        (
            "Neighbours have complained for months about drones from Example Skyward "
            "Deliveries, which flies parcels over Elmfield.",
            "Skyward’s official account replied to him: “We fly well within the noise limits "
            "and we are always happy to listen.”",
        )
    )
    assert found(text) == [
        (
            "We fly well within the noise limits and we are always happy to listen.",
            "Example Skyward Deliveries",
            None,
        )
    ]


# --- 15. the writer's sentence after a quote ------------------------------------------------------


def test_the_writers_own_sentence_after_a_whole_quote_is_no_attribution():
    text = (
        "On X, Dronefleet’s founder Casimir Adeyemi-Holt posted after the video went out: "
        "“Every new technology has a learning curve. We are listening.” I asked for an "
        "interview."
    )
    assert found(text) == [
        (
            "Every new technology has a learning curve. We are listening.",
            "Casimir Adeyemi-Holt",
            "Dronefleet’s founder",
        )
    ]


def test_a_plural_after_a_number_is_no_speech_verb():
    text = "\n".join(
        (
            "The post that started it came from my neighbour, Orla Pettigrew-Nwosu, who works "
            "nights at the hospital.",
            "She posted on the Elmfield Residents group in August: “Third time this week I have "
            "been woken at noon by a drone. I work nights.” It got 400 comments in a day.",
        )
    )
    assert found(text) == [
        (
            "Third time this week I have been woken at noon by a drone. I work nights.",
            "Orla Pettigrew-Nwosu",
            None,
        )
    ]


# --- 16. what a named person called something -----------------------------------------------------


def test_what_a_person_named_before_called_something_is_their_fragment():
    text = (
        "About £20m depends on the results — a clause that Brackwater’s finance chief, Isolde "
        "Varga-Nunes, called “the price of a very long contract.”"
    )
    assert found(text) == [
        (
            "the price of a very long contract.",
            "Isolde Varga-Nunes",
            "Brackwater’s finance chief",
        )
    ]
