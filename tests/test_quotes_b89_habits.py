"""The proposer on the classes behind blind batches 89 and 90's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): an office
in an inverted sentence (`Sitting next to him was ROLE NAME`); two offices joined by `and`
before the name; `and one of the customers whose …` after a role; a surname with a lower-case
particle opening a sentence; a pronoun not given to a place in a possessive (`Lisbon's Bairro
Alto`); a complaint category after `complaints about X that`. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found, found_on_page

# --- 1. `Sitting next to him was nurse researcher Dr NAME` ----------------------------------


def test_an_office_in_an_inverted_sentence_stops_at_the_copula():
    text = (
        "The panel opened late. Standing beside her was hospice chaplain Dr Ilse Marchetti-Obi, "
        "who has run the night rota for a decade.\n\n"
        "“Nobody wants a camera in the room when someone is dying,” Marchetti-Obi said."
    )
    assert found(text) == [
        (
            "Nobody wants a camera in the room when someone is dying",
            "Ilse Marchetti-Obi",
            "hospice chaplain",
        )
    ]


# --- 2. `Care worker and union representative NAME` ------------------------------------------


def test_two_offices_joined_by_and_before_the_name_are_one_role():
    text = (
        "Delivery worker and union representative Tomasz Wierzbicki-Hale said the rota app had cut "
        "his hours. “It decides who works on Sunday and nobody can ask it why,” he said."
    )
    assert found(text) == [
        (
            "It decides who works on Sunday and nobody can ask it why",
            "Tomasz Wierzbicki-Hale",
            "Delivery worker and union representative",
        )
    ]


# --- 3. `NAME, a ROLE and one of the customers whose …` --------------------------------------


def test_one_of_the_customers_whose_complaint_stays_in_the_role():
    text = (
        "Maureen Tolliver-Sands, a retired midwife from Dundee and one of the customers whose "
        "letters began the review, said she was refunded in March.\n\n"
        "“I only wanted somebody to read the letter properly,” Tolliver-Sands said."
    )
    assert found(text) == [
        (
            "I only wanted somebody to read the letter properly",
            "Maureen Tolliver-Sands",
            "retired midwife from Dundee and one of the customers",
        )
    ]


# --- 4. `Van der Berg said …` opening a sentence ---------------------------------------------


def test_a_surname_with_a_particle_opening_a_sentence_is_the_persons():
    text = (
        "Dr. Lucía van der Berg Ortiz, Example Quillon's medical director, said the trial had "
        "recruited 400 patients.\n\n"
        "Van der Berg said the results would follow in the spring. “We expected fewer people to "
        "drop out than this,” she said."
    )
    assert found(text) == [
        (
            "We expected fewer people to drop out than this",
            "Lucía van der Berg Ortiz",
            "Example Quillon's medical director",
        )
    ]


# --- 5. `she` after a place in a possessive (`Lisbon's Bairro Alto`) ------------------------------


def test_a_pronoun_is_not_given_to_a_place_in_a_possessive():
    text = (
        "Taini Whitecloud-Ross is head of research at Example Corvid Audio.\n\n"
        "When we met at the firm's studio in Lisbon's Bairro Alto, she kept the prototype on all "
        "afternoon. “I forgot it was there after an hour,” she said."
    )
    assert found(text) == [
        (
            "I forgot it was there after an hour",
            "Taini Whitecloud-Ross",
            "head of research at Example Corvid Audio",
        )
    ]


# --- 6. `complaints about X that “…”`: a category counted, no one's words ---------------------


def test_a_complaint_category_is_not_proposed():
    text = (
        "The Example Rail Passengers Forum said complaints about trains that “never turned up at "
        "all that morning” had doubled since the timetable was set by software."
    )
    assert found(text) == []


# --- 7. `A porter …, who asked not to be named because he …, said …. “…,” he said` -------------
# The pronoun after an anonymous source introduced by a description is that source's: never
# proposed, and never given to the named man of the paragraph before, even where the source's
# own relative clause says `he` again.

_NAMED_MAN_BEFORE = (
    "Desmond Achterberg-Nwosu, a bus driver from Halifax, said he learned of the change from a "
    "notice in the canteen.\n\n"
    "“Nobody asked us whether the new rota would work at all,” Achterberg-Nwosu said.\n\n"
)
_NAMED_MAN_QUOTE = (
    "Nobody asked us whether the new rota would work at all",
    "Desmond Achterberg-Nwosu",
    "bus driver from Halifax",
)


def test_a_pronoun_in_an_anonymous_sources_relative_clause_is_the_sources():
    text = _NAMED_MAN_BEFORE + (
        "A dispatcher at one large depot, who asked not to be named because he had been told "
        "not to talk to reporters, said drivers had stopped swapping shifts. “The office calls "
        "it smart scheduling, but in the cab we call it the raffle,” he said."
    )
    assert found(text) == [_NAMED_MAN_QUOTE]


def test_a_pronoun_after_one_employee_said_is_the_employees():
    text = _NAMED_MAN_BEFORE + (
        "One employee said drivers had stopped swapping shifts, because he and others feared "
        "losing their overtime. He said: “The office calls it smart scheduling, but in the cab "
        "we call it the raffle.”"
    )
    assert found(text) == [_NAMED_MAN_QUOTE]


def test_a_pronoun_after_a_person_familiar_with_is_that_persons():
    text = _NAMED_MAN_BEFORE + (
        "A person familiar with the depot's planning, who said he was not authorised to speak "
        "publicly, described the rota as a guess. “The office calls it smart scheduling, but in "
        "the cab we call it the raffle,” he said."
    )
    assert found(text) == [_NAMED_MAN_QUOTE]


# --- 8. `“Really?” he said. “…”`: a one-word question answered by the rest --------------------


def test_a_one_word_question_as_first_part_is_proposed_joined():
    text = (
        "Idris Fenwick-Appiah, the depot's night manager, was asked if the rota saved money.\n\n"
        "“Really?” he said. “We have no idea what it counts, and the drivers do not care.”"
    )
    assert found(text) == [
        (
            "Really? … We have no idea what it counts, and the drivers do not care.",
            "Idris Fenwick-Appiah",
            "depot's night manager",
        )
    ]


def test_a_longer_question_before_its_attribution_is_not_joined():
    text = (
        "Idris Fenwick-Appiah, the depot's night manager, was asked if the rota saved money.\n\n"
        "“Who could say what it counts?” he said. “I have no idea, and I doubt the drivers care.”"
    )
    assert [q for q, _, _ in found(text)] == [
        "Who could say what it counts?",
        "I have no idea, and I doubt the drivers care.",
    ]


# --- 9. `“…,” she told us. “I'm anti-guessing.”`: a two-word last part ------------------------


def test_a_two_word_last_part_is_proposed_joined():
    text = (
        "We caught Wilhelmina Osei-Brandt, a dietitian, on her way out. She said she had nothing "
        "against the app itself.\n\n"
        "“I'm not against the app at all,” she told us. “I'm anti-guessing.”"
    )
    assert found(text) == [
        (
            "I'm not against the app at all … I'm anti-guessing.",
            "Wilhelmina Osei-Brandt",
            "dietitian",
        )
    ]


def test_a_two_word_sentence_followed_by_more_text_is_not_joined():
    text = (
        "We caught Wilhelmina Osei-Brandt, a dietitian, on her way out.\n\n"
        "“I'm not against the app at all,” she told us. “Not anymore.” Then she left for the train."
    )
    assert found(text) == [
        ("I'm not against the app at all", "Wilhelmina Osei-Brandt", "dietitian")
    ]


def test_a_two_word_remark_of_its_own_is_not_joined():
    text = (
        "We caught Wilhelmina Osei-Brandt, a dietitian, on her way out.\n\n"
        "“You want us to trust the app and the old chart at the same time,” she told us. "
        "“Choose one.”"
    )
    assert [q for q, _, _ in found(text)] == [
        "You want us to trust the app and the old chart at the same time"
    ]


# --- 10. `As the chain's head of guest technology she has …`: the interviewee's office --------


def test_an_office_after_as_the_opening_a_sentence_is_the_persons():
    text = (
        "# Rosalind Achebe-Varga on hotel chatbots\n\n"
        "Rosalind Achebe-Varga spent a decade in shipping before she joined Example Tarn Hotels, "
        "a chain of 40 hotels, in 2019. As the chain's head of guest technology she has put a "
        "chatbot on every booking page. Not everyone has been pleased.\n\n"
        "**Q: What does the chatbot do?**\n\n"
        "**Achebe-Varga:** It answers the questions guests used to phone about at midnight.\n\n"
        "**Q: Do guests know it is software?**\n\n"
        "**Achebe-Varga:** Yes, it says so in its first line, and it hands over when asked.\n"
    )
    role = "chain's head of guest technology"
    assert found(text) == [
        (
            "It answers the questions guests used to phone about at midnight.",
            "Rosalind Achebe-Varga",
            role,
        ),
        (
            "Yes, it says so in its first line, and it hands over when asked.",
            "Rosalind Achebe-Varga",
            role,
        ),
    ]


def test_as_the_owner_of_an_office_is_not_the_persons():
    text = (
        "Rosalind Achebe-Varga joined Example Tarn Hotels in 2019. As a guest she has stayed in "
        "most of them. “It answers the questions guests used to phone about at midnight,” she said."
    )
    assert found(text) == [
        (
            "It answers the questions guests used to phone about at midnight",
            "Rosalind Achebe-Varga",
            None,
        )
    ]


# --- 11. `His most recent post on X read simply: “…”`: the post is the owner's words ----------


def test_his_post_read_simply_is_the_posters():
    text = (
        "Oskar Lindgren-Mwangi, a plumber from Leeds, complained for a week about the booking "
        "bot. Lindgren-Mwangi, for his part, seems to have moved on. His latest post on X read "
        "simply: “Fixed the boiler myself. Told the robot. It said well done.”"
    )
    assert found(text) == [
        (
            "Fixed the boiler myself. Told the robot. It said well done.",
            "Oskar Lindgren-Mwangi",
            "plumber from Leeds",
        )
    ]


def test_his_letter_read_is_not_taken_as_his_post():
    text = (
        "Oskar Lindgren-Mwangi, a plumber from Leeds, complained for a week about the booking "
        "bot. His solicitor's letter read: “Our client expects the offer to be honoured in full.”"
    )
    assert [s for _, s, _ in found(text)] != ["Oskar Lindgren-Mwangi"]


# --- 12. `… in a long thread on Mastodon. The first post read:` ⏎ block quote ----------------


def test_the_first_post_read_before_a_block_quote_is_the_posters(tmp_path):
    body = (
        "<p>Example Harlow Robotics has ended its reception-robot trial in six clinics. "
        "Ingrid Mbatha-Sørensen, a practice manager in Leeds, explained why her clinic left "
        "in a long thread on Mastodon. The first post read:</p>"
        "<blockquote><p>“We did not leave because the robot was rude. We left because every "
        "morning someone had to reboot it before the patients came in.”</p></blockquote>"
    )
    assert found_on_page(tmp_path, "Robots", body) == [
        (
            "We did not leave because the robot was rude. We left because every morning someone "
            "had to reboot it before the patients came in.",
            "Ingrid Mbatha-Sørensen",
            "practice manager in Leeds",
        )
    ]


def test_the_letter_read_is_not_taken_as_the_named_persons_post(tmp_path):
    body = (
        "<p>Ingrid Mbatha-Sørensen, a practice manager, wrote to the company in March. "
        "The letter read:</p>"
        "<blockquote><p>“We regret to inform you that the trial will end on the first of "
        "May.”</p></blockquote>"
    )
    assert [s for _, s, _ in found_on_page(tmp_path, "Robots", body)] != ["Ingrid Mbatha-Sørensen"]
