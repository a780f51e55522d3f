"""The proposer on press habits found by held-out batches 14 to 16 (issue 23), one class a test.

Every person and firm is invented; the texts are written for these tests, unlike the corpus's.
Expected values are written by hand: the quote as printed (the attribution's comma off), the
speaker as the article introduces them, the role as printed with the name (a leading article
off), or None.
"""

from __future__ import annotations

from quote_articles import found

from digest.editor.quotes import propose


def test_a_person_described_by_a_firm_is_not_taken_for_the_firm():
    text = (
        "“We sell quiet,” says Ines Marwick-Tull, its co-founder and chief executive. "
        "“Everyone else sells features.”\n"
        "The board received a letter from Caspar Ede, the outgoing chair of the Tarn Trust, "
        "to its members. According to Ede, “the trust has spent its reserve twice over.”\n"
        "Rufus Obi, who sits on its audit committee, told me the letter was “fair to everyone "
        "except the auditors”."
    )
    assert found(text) == [
        ("We sell quiet", "Ines Marwick-Tull", "its co-founder and chief executive"),
        (
            "Everyone else sells features.",
            "Ines Marwick-Tull",
            "its co-founder and chief executive",
        ),
        (
            "the trust has spent its reserve twice over.",
            "Caspar Ede",
            "outgoing chair of the Tarn Trust",
        ),
        ("fair to everyone except the auditors", "Rufus Obi", None),
    ]


def test_a_role_after_an_age_in_apposition_or_after_is():
    text = (
        "“Bread does not wait for software,” said Tomas Reyes-Lind, 52, the chain's head baker.\n"
        "Greta Vose, 41, is the head of logistics at Crumbly, which runs 30 bakeries. "
        "“Our vans leave at four whether the model is ready or not,” Vose said."
    )
    assert found(text) == [
        ("Bread does not wait for software", "Tomas Reyes-Lind", "chain's head baker"),
        (
            "Our vans leave at four whether the model is ready or not",
            "Greta Vose",
            "head of logistics at Crumbly",
        ),
    ]


def test_a_press_release_title_runs_to_the_end_of_its_sentence():
    text = (
        "“Our customers asked for one invoice, not nine,” said Odile Fenwick-Shaw, PhD, "
        "Executive Vice President, Global Sales, Tarnwell Systems.\n"
        "Piet Haverkamp, Head of Policy and Public Affairs at Brightmoor Energy, added: "
        "“Simpler billing is also fairer billing.”\n"
        "“The agreement stands on its own terms,” U.S. Magistrate Judge Loretta Quince wrote."
    )
    assert found(text) == [
        (
            "Our customers asked for one invoice, not nine",
            "Odile Fenwick-Shaw",
            "Executive Vice President, Global Sales, Tarnwell Systems",
        ),
        (
            "Simpler billing is also fairer billing.",
            "Piet Haverkamp",
            "Head of Policy and Public Affairs at Brightmoor Energy",
        ),
        ("The agreement stands on its own terms", "Loretta Quince", "U.S. Magistrate Judge"),
    ]


def test_a_role_before_the_name_without_the_topic_and_with_its_department():
    text = (
        "The panel ended with a question for Marlowe Bank's chief risk officer, Dev Anand: "
        "“Would you lend against a model's forecast?” Anand answered: “Only against our own.”\n"
        "On the outage, its former director of engineering Hanne Solvik: “We had warned them "
        "twice in writing.”\n"
        "Green MP Tilda Arkwright wrote on Bluesky: “Outages are a public matter now.”"
    )
    assert found(text) == [
        ("Only against our own.", "Dev Anand", "Marlowe Bank's chief risk officer"),
        (
            "We had warned them twice in writing.",
            "Hanne Solvik",
            "its former director of engineering",
        ),
        ("Outages are a public matter now.", "Tilda Arkwright", "Green MP"),
    ]


def test_mr_and_ms_of_a_family_mean_the_one_of_that_gender_never_the_family_firm():
    text = (
        "For sixty years, Brennan & Sons has made church organs in Cork.\n"
        "“The software tunes a pipe faster than I can,” said Aoife Brennan, the firm's "
        "managing director.\n"
        "Her uncle, Declan Brennan, 80, is unconvinced. The software, Mr. Brennan said, "
        "“has perfect pitch and no ear at all.”\n"
        "Ms. Brennan laughed. “He says that about me too,” she said."
    )
    assert found(text) == [
        (
            "The software tunes a pipe faster than I can",
            "Aoife Brennan",
            "firm's managing director",
        ),
        ("has perfect pitch and no ear at all.", "Declan Brennan", None),
        ("He says that about me too", "Aoife Brennan", "firm's managing director"),
    ]


def test_answers_labelled_with_the_interviewee_s_initials():
    text = (
        "Marguerite Oyelowo-Fitch ran a search engine for a decade. We talked about what "
        "comes after it.\n"
        "**Is search finished?**\n"
        "MOF: Search is fine. The ten blue links are finished, and I do not miss them.\n"
        "**What replaces them?**\n"
        "MOF: An answer you can check. If you cannot check it, it is a rumour."
    )
    assert found(text) == [
        (
            "Search is fine. The ten blue links are finished, and I do not miss them.",
            "Marguerite Oyelowo-Fitch",
            None,
        ),
        (
            "An answer you can check. If you cannot check it, it is a rumour.",
            "Marguerite Oyelowo-Fitch",
            None,
        ),
    ]


def test_a_colon_s_sentence_naming_the_words_owner_or_source():
    text = (
        "After the vote, Ambrose Kett's most quotable moment of the night: “We lost the count "
        "and won the argument.”\n"
        "The best line of the week came from Noor Haddad-Blythe, a retired harbour pilot who "
        "now advises the port authority: “A ship that steers itself still needs someone to "
        "blame.”"
    )
    assert found(text) == [
        ("We lost the count and won the argument.", "Ambrose Kett", None),
        (
            "A ship that steers itself still needs someone to blame.",
            "Noor Haddad-Blythe",
            "retired harbour pilot",
        ),
    ]


def test_a_quote_of_fewer_than_three_words_is_never_proposed_even_with_a_speaker():
    text = (
        "Asked how often the model fails, Priya Castellane paused. ‘Every Tuesday,’ she said.\n"
        "“Nobody reads the logs,” Castellane added. “Except me.”\n"
        "Her deputy, Oren Blatt, called the failures “manageable”. His answer to the board was "
        "one word: “Patience.”"
    )
    assert found(text) == [("Nobody reads the logs", "Priya Castellane", None)]


def test_a_pronoun_after_someone_met_him_is_left_empty_when_it_could_mean_either():
    text = (
        "The sculptor Idris Vantongeren found his work in a model's training set and said so "
        "in public.\n"
        "The lab's chief executive, Saoirse Lundqvist, met him on Friday. “We agreed to keep "
        "talking,” he said afterwards."
    )
    proposals = propose(text)
    assert [(p.text, p.speaker) for p in proposals] == [("We agreed to keep talking", "")]
    assert proposals[0].warning


def test_a_question_put_to_someone_is_never_their_quote():
    text = (
        "Dev Anand runs risk at Marlowe Bank.\n"
        "The panel ended with a question for Marlowe Bank's chief risk officer, Dev Anand: "
        "“Would you lend against a model's forecast, and why?”\n"
        "“Would you trust one with your pension?” Anand replied: “Not yet, and not alone.”"
    )
    assert found(text) == [
        ("Not yet, and not alone.", "Dev Anand", "Marlowe Bank's chief risk officer")
    ]


def test_who_said_after_an_apposition_names_the_person_before_it():
    text = (
        "The inquiry heard from Carl Mossberg, the council's former auditor, who said: “The "
        "numbers were wrong for years, and everyone knew.”\n"
        "Investors met Jane Roe and Tom Leeming, who said: “The fund will close by March.”"
    )
    assert found(text) == [
        (
            "The numbers were wrong for years, and everyone knew.",
            "Carl Mossberg",
            "council's former auditor",
        )
    ]


def test_a_role_ends_where_a_second_person_begins():
    text = (
        "“We will appeal,” said Jane Roe, a partner at Foster and Tom Leeming, a lawyer "
        "at Brightwater.\n"
        "Ada Quist, a partner at Foster and Vance LLP, said: “The ruling will not stand.”"
    )
    assert found(text) == [
        ("We will appeal", "Jane Roe", "partner at Foster"),
        ("The ruling will not stand.", "Ada Quist", "partner at Foster and Vance LLP"),
    ]
