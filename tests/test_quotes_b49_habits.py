"""The proposer on the classes behind blind batches 49 and 50's misses and wrong proposals.

One or more tests per class, on text of its own (invented people, firms, places and pages): the
proposer must follow the sentence's and the page's structure, and where the structure gives no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. a past office after `and former` --------------------------------------------------------


def test_a_past_office_after_and_former_is_part_of_the_role():
    text = "\n".join(
        (
            "We asked Idris Vanterpool-Acheng, a satellite licensing consultant and former launch "
            "director at Example Corvane Aerospace, what went wrong.",
            "“The software was fine. The checklist was not,” Vanterpool-Acheng said.",
        )
    )
    assert found(text) == [
        (
            "The software was fine. The checklist was not",
            "Idris Vanterpool-Acheng",
            "satellite licensing consultant and former launch director at Example Corvane "
            "Aerospace",
        )
    ]


# --- 2. a dash line's `to applause` ------------------------------------------------------------


def test_a_dash_lines_to_applause_is_no_role():
    text = "\n".join(
        (
            "The drivers’ shop steward, Lorcan Featherby-Asante, climbed on a bench outside the "
            "depot.",
            "“We drive the vans. We should get a say in what drives the routes.” — Lorcan "
            "Featherby-Asante, to applause",
        )
    )
    assert found(text) == [
        (
            "We drive the vans. We should get a say in what drives the routes.",
            "Lorcan Featherby-Asante",
            "drivers’ shop steward",
        )
    ]


# --- 3. `one of which is NAME` -----------------------------------------------------------------


def test_a_name_after_one_of_which_is_is_a_thing_no_pronoun_means():
    text = "\n".join(
        (
            "The yearly memo from Example Haverell Trust, the pension pot run by Augustin "
            "Okonkwo-Reyes, is blunt.",
            "The trust holds three grid suppliers, one of which is Example Marrow Cable.",
            "He writes: “We would rather own the wire than the genius at the end of it.”",
        )
    )
    assert found(text) == [
        (
            "We would rather own the wire than the genius at the end of it.",
            "Augustin Okonkwo-Reyes",
            None,
        )
    ]


# --- 4. the object of `she named NAME` is not the next `she` ------------------------------------


def test_the_one_a_pronoun_named_is_not_what_the_same_pronoun_means_next():
    text = "\n".join(
        (
            "Winifred Oyelaran-Pask kept the books at Example Drummore Freight until last spring.",
            "Asked who signed the invoices, she named Casimir Delahunt-Ebo and nobody else.",
            "She said she kept copies at home. “I wanted proof that I had asked,” she told the "
            "court.",
        )
    )
    proposals = found(text)
    assert [(quote, speaker) for quote, speaker, _ in proposals] == [
        ("I wanted proof that I had asked", "")
    ]


# --- 5. a labelled transcript's stage direction and the writer's quoting paragraph -------------

_TRANSCRIPT = "\n\n".join(
    (
        "Halvard Munro-Achebe spent two years filming inside a dubbing studio for his new "
        "documentary. We sat down with Munro-Achebe, a documentary director, in Tollmere.",
        "Q: Why a dubbing studio?",
        "MUNRO-ACHEBE: Because nobody looks at them. I wanted to film the people nobody credits.",
        "Q: Did the studio mind?",
        "MUNRO-ACHEBE: At first. Then they forgot I was there, which is the job.",
        "(Okafor-Lindqvist joins us, carrying two coffees.)",
        "Q: Priya, you run the studio. Was it odd being filmed?",
        "OKAFOR-LINDQVIST: For a week. After that I forgot about the camera.",
        "Q: Would you do it again?",
        "MUNRO-ACHEBE: Tomorrow. I would bring a better microphone.",
    )
)


def test_a_stage_direction_in_brackets_is_no_answer():
    texts = [quote for quote, _, _ in found(_TRANSCRIPT)]
    assert "Tomorrow. I would bring a better microphone." in texts
    assert not any("joins us" in text for text in texts)


def test_a_paragraph_quoting_someone_among_labelled_answers_is_the_writers():
    text = "\n\n".join(
        (
            "Halvard Munro-Achebe spent two years filming inside a dubbing studio. We sat down "
            "with Munro-Achebe, a documentary director, in Tollmere.",
            "Q: Why a dubbing studio?",
            "MUNRO-ACHEBE: Because nobody looks at them. I wanted to film the people nobody "
            "credits.",
            "Q: Did the studio mind?",
            "MUNRO-ACHEBE: At first. Then they forgot I was there, which is the job.",
            "The studio's owner, Benedikt Sarrazin-Obi, said in a statement that the firm was "
            '"glad we opened our doors to the film."',
            "Q: Would you do it again?",
            "MUNRO-ACHEBE: Tomorrow. I would bring a better microphone.",
        )
    )
    assert found(text) == [
        (
            "Because nobody looks at them. I wanted to film the people nobody credits.",
            "Halvard Munro-Achebe",
            "documentary director",
        ),
        (
            "At first. Then they forgot I was there, which is the job.",
            "Halvard Munro-Achebe",
            "documentary director",
        ),
        ("glad we opened our doors to the film.", "Benedikt Sarrazin-Obi", "studio's owner"),
        (
            "Tomorrow. I would bring a better microphone.",
            "Halvard Munro-Achebe",
            "documentary director",
        ),
    ]


# --- 6. `the editor` before the article names its editor ---------------------------------------


def test_an_office_noun_before_its_holder_is_named_means_no_one_yet():
    text = "\n".join(
        (
            "Example Brackwater Books' head of rights, Ottilie Ferreira-Mbeki, took questions "
            "from readers on Friday.",
            "Asked whether the editor checks every page, she said: “Every page, every night.”",
            "Later that day Jonas Pettigrew-Aalto, a volunteer editor of the fan wiki, posted a "
            "long reply.",
        )
    )
    assert found(text) == [
        (
            "Every page, every night.",
            "Ottilie Ferreira-Mbeki",
            "Example Brackwater Books' head of rights",
        )
    ]


# --- 7. a games studio's claim in fragments ----------------------------------------------------


def test_a_games_studios_fragment_is_its_claim_not_a_quote():
    text = (
        'On Monday, Example Larchfield Games said in a patch note that "a handful of minor '
        'background voices" had been generated.'
    )
    assert found(text) == []


# --- 8. a titled subject's `its` --------------------------------------------------------------


def test_a_titled_person_is_no_firm_for_an_its_later_in_the_sentence():
    text = "\n".join(
        (
            "Presiding Commissioner Maelis Oduya-Varga opened the hearing and set out its scope.",
            "“We are here to listen, not to punish,” Commissioner Oduya-Varga said.",
        )
    )
    assert found(text) == [
        ("We are here to listen, not to punish", "Maelis Oduya-Varga", "Presiding Commissioner")
    ]


# --- 9. a quote listed with a name -------------------------------------------------------------


def test_a_quote_joined_to_a_name_by_and_is_one_of_a_list():
    text = "\n\n".join(
        (
            "Defendants present: Desmond Achterberg and Lilou Fenwick-Obi.",
            "Rosamund Ebbesen-Taiwo ran the night shift at the depot for six years.",
            "“I was told it was storage,” she said.",
            "Asked who had keys, she named Achterberg and “two men from out of town” whose "
            "names she said she never learned.",
        )
    )
    assert found(text) == [("I was told it was storage", "Rosamund Ebbesen-Taiwo", None)]


# --- 10. the one spoken to in an interview ------------------------------------------------------


def test_the_one_the_host_spoke_to_is_who_a_clip_is_from():
    text = "\n\n".join(
        (
            "Hosted by Marguerite Osei-Lindahl.",
            "Marguerite also spoke to Farida Kowalczyk-Ade, a glaciologist at Example Northmere "
            "University, who has studied the melt data. In a clip played in the episode, she "
            'said: "The sensors are fine. It is the model that reads them that worries me."',
        )
    )
    assert found(text) == [
        (
            "The sensors are fine. It is the model that reads them that worries me.",
            "Farida Kowalczyk-Ade",
            "glaciologist at Example Northmere University",
        )
    ]


# --- 11. a firm said to be unnamed is no anonymous source ---------------------------------------


def test_a_firm_not_named_is_no_anonymous_person():
    text = "\n".join(
        (
            "I put the memo to Henrike Abiola-Strand, the finance chief of Example Quillmoor "
            "Silicon, a chip startup that was not named in the memo but fits its description.",
            "“The memo is right about power and wrong about chips,” she said.",
        )
    )
    assert found(text) == [
        (
            "The memo is right about power and wrong about chips",
            "Henrike Abiola-Strand",
            "finance chief of Example Quillmoor Silicon",
        )
    ]


# --- 12. `the engineering vice president said` -------------------------------------------------


def test_an_office_of_several_words_after_the_refers_back_to_its_holder():
    text = "\n".join(
        (
            "Example Rookfield Robotics’ vice president of engineering, Ansel Marchbank-Udo, "
            "also gave evidence.",
            "“We changed the default in every depot last month,” the engineering vice president "
            "said.",
        )
    )
    assert found(text) == [
        (
            "We changed the default in every depot last month",
            "Ansel Marchbank-Udo",
            "Example Rookfield Robotics’ vice president of engineering",
        )
    ]
