"""The proposer on the classes behind blind batches 41 and 42's misses and wrong proposals.

One or more tests per class, on text of its own (invented people, firms, places and pages): the
proposer must follow the sentence's and the page's structure, and where the structure gives no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. a second part in the story after `and` ----------------------------------------------


def test_and_the_papers_senior_author_stays_in_the_role():
    text = (
        "“Nothing in this field is quick,” said Professor Odile Marchbank-Tey, the centre’s "
        "director and the study’s lead author. “We try anyway.”"
    )
    got = found(text)
    assert [g[1:] for g in got] == [
        ("Odile Marchbank-Tey", "centre’s director and the study’s lead author"),
        ("Odile Marchbank-Tey", "centre’s director and the study’s lead author"),
    ]


def test_and_one_of_the_named_plaintiffs_stays_in_the_role():
    text = (
        "Corisande Vale-Ibekwe, a sound engineer and one of the named plaintiffs, replied "
        "within the hour: “Thanks for the apology. I would rather have the royalties.”"
    )
    assert found(text) == [
        (
            "Thanks for the apology. I would rather have the royalties.",
            "Corisande Vale-Ibekwe",
            "sound engineer and one of the named plaintiffs",
        )
    ]


def test_a_second_clause_that_names_no_office_stays_out_of_the_role():
    # guard: `and the firm's shares fell` is the sentence going on, not a second office
    text = "“We will not sell,” said Odile Marchbank-Tey, a biologist and the firm’s shares fell."
    assert found(text) == [("We will not sell", "Odile Marchbank-Tey", "biologist")]


# --- 2. dash lines ---------------------------------------------------------------------------

_DASH_LINES = (
    "Claims at Example Hollowmere Mutual are now sorted by a model before anyone reads them.\n\n"
    '    "Half my week used to be routine. Now every file on my desk is the hard kind."\n'
    "    -- Rosalba Quennell, senior loss adjuster, 22 years with Hollowmere\n\n"
    "The state regulator says it is watching.\n\n"
    '    "Speed is welcome. A refusal nobody can explain is not."\n'
    "    -- Assistant Commissioner Teodor Vankirk-Oyo, Brannock Office of Insurance, in an "
    "interview\n"
)


def test_a_dash_lines_tenure_is_no_part_of_the_role():
    got = found(_DASH_LINES)
    assert (
        "Half my week used to be routine. Now every file on my desk is the hard kind.",
        "Rosalba Quennell",
        "senior loss adjuster",
    ) in got


def test_a_dash_lines_office_before_the_name_over_the_body_after_it():
    got = found(_DASH_LINES)
    assert (
        "Speed is welcome. A refusal nobody can explain is not.",
        "Teodor Vankirk-Oyo",
        "Assistant Commissioner",
    ) in got


# --- 3. the object of a clause the sentence opens with is no office --------------------------

_FRONTED = (
    "When Hollowfield County switched on a reading tutor for its primary pupils in September, "
    "Superintendent Maribel Okonkwo-Trask told the board it would be “a second pair of eyes on "
    "every essay.”\n\n"
    "“Nobody grades well at midnight,” she said.\n\n"
    "Leocadia Brunsvik-Tarr, who has a son at Kelby Primary, asked the board for an opt-out. "
    "Her son’s reading logs are stored with the tutor for two years, she noted.\n\n"
    "“I found the clause after I signed, which is the wrong order,” she said."
)


def test_a_fronted_clauses_object_is_not_the_role_of_the_name_after_its_comma():
    got = found(_FRONTED)
    assert got[:2] == [
        ("a second pair of eyes on every essay.", "Maribel Okonkwo-Trask", "Superintendent"),
        ("Nobody grades well at midnight", "Maribel Okonkwo-Trask", "Superintendent"),
    ]


def test_the_tutor_is_then_no_name_for_the_superintendent():
    got = found(_FRONTED)
    assert got[2] == (
        "I found the clause after I signed, which is the wrong order",
        "Leocadia Brunsvik-Tarr",
        None,
    )


# --- 4. a transcript's own reporter ------------------------------------------------------------

_RADIO = (
    "HARBOUR COUNTIES RADIO\n\n"
    "MORNING REPORT\n\n"
    "MAGNUS TREVITHICK-ODU, HOST: Good morning. The Saltmarsh Library has put a chatbot on its "
    "front desk. Its head of reader services, Philippa Oyinlola-Marsh, is with me.\n\n"
    "PHILIPPA OYINLOLA-MARSH: Good morning.\n\n"
    "TREVITHICK-ODU: Why a chatbot?\n\n"
    "OYINLOLA-MARSH: Because the desk is staffed four hours a day and the questions come all "
    "day long.\n\n"
    "TREVITHICK-ODU: Our reporter Cosmo Adeyinka-Hale went along on Saturday.\n\n"
    "COSMO ADEYINKA-HALE, BYLINE: In the reading room, Ferdinand Aske, a retired printer, is "
    "typing a question about bus times.\n\n"
    "FERDINAND ASKE: It told me the right bus and the wrong stop. Still, better than the "
    "timetable.\n\n"
    "ADEYINKA-HALE: Not everyone is convinced. Winifred Obasi-Lund, who volunteers on the desk, "
    "has doubts of her own.\n\n"
    "WINIFRED OBASI-LUND: It never asks a reader what they actually want.\n\n"
    "TREVITHICK-ODU: Philippa, what do you say to that?\n\n"
    "OYINLOLA-MARSH: That she is right, and that we are teaching it to ask.\n"
)


def test_a_bylined_reporters_lines_are_narration_not_answers():
    got = found(_RADIO)
    assert not any(g[0].startswith(("In the reading room", "Not everyone")) for g in got)
    assert not any(g[1] == "Cosmo Adeyinka-Hale" for g in got)
    assert ("It never asks a reader what they actually want.", "Winifred Obasi-Lund") in [
        g[:2] for g in got
    ]


# --- 5. a thing's words ----------------------------------------------------------------------


def test_what_a_website_describes_is_not_the_next_sentences_speakers():
    text = (
        "Marisca Trevelyan-Obi founded Example Cordwell Systems in 2019. She rarely gives "
        "interviews.\n\n"
        "Cordwell’s launches are held in car parks, and its brochure describes the software as "
        "“the plumbing nobody photographs at all.” Over coffee, she explained why."
    )
    assert found(text) == []


def test_a_guarantees_clause_is_the_documents_words():
    text = (
        "Tobias Ferrant-Oyo, a driver who chairs the depot council, said it had won a ban on "
        "timing breaks and a guarantee that no route would be cut “because of the new routing "
        "software” before 2029."
    )
    assert found(text) == []


def test_a_named_persons_own_fragment_after_described_as_is_still_hers():
    # guard: `which she described as ‘…’` reports her own words (five words or more)
    text = (
        "Harriet Olusanya-Blake, the Schools Minister, spoke on Tuesday. She said guidance on "
        "homework apps would follow, which she described as ‘a far messier question for "
        "everyone’."
    )
    assert ("a far messier question for everyone", "Harriet Olusanya-Blake") in [
        g[:2] for g in found(text)
    ]


# --- 6. no office after a predicate ---------------------------------------------------------


def test_a_predicate_before_the_name_addressed_is_no_role():
    text = (
        "Ottmar Veldhuis, who left the studio last spring, posted one line on Friday — “Glad I "
        "was there, sorry to see it go.” — and removed it by lunch. Screenshots are forever, "
        "Ottmar."
    )
    assert found(text) == [("Glad I was there, sorry to see it go.", "Ottmar Veldhuis", None)]


def test_an_office_after_was_still_is_a_role():
    # guard: `Testifying for FIRM was its head of policy, NAME.` names the office
    text = (
        "Testifying for Example Corvid Labs was its head of policy, Anselm Rotherby.\n\n"
        "“We delayed twice, and I would do it again,” he said."
    )
    assert found(text) == [
        ("We delayed twice, and I would do it again", "Anselm Rotherby", "its head of policy")
    ]


# --- 7. a relative clause about the record ----------------------------------------------------


def test_who_posted_the_recording_is_not_who_speaks_on():
    text = (
        "Halvard Qvist-Amato studied at the Dunmore Institute of Science and taught there for "
        "forty years.\n\n"
        "“My father told me boats were for men,” he said in a 1998 speech, a recording of which "
        "Dunmore has posted online. “I built eleven of them anyway.”"
    )
    assert [g[:2] for g in found(text)] == [
        ("My father told me boats were for men", "Halvard Qvist-Amato"),
        ("I built eleven of them anyway.", "Halvard Qvist-Amato"),
    ]


# --- 8. an obituary's pronouns go on meaning the one named last --------------------------------

_OBITUARY = (
    "Rosamund Achterlee-Obi, a chemist whose work on slow catalysts changed how fertiliser is "
    "made, has died at her home in Carrow. She was 88.\n\n"
    "Her death was confirmed by her niece, Philippa Achterlee, who said she had been reading "
    "proofs until the last week.\n\n"
    "Achterlee-Obi spent forty years at the Dunmarsh Institute of Technology, where in 1969 "
    "she showed that a catalyst could be made to work at room temperature. The result was "
    "doubted for years, and she later joked that it had been checked “mostly by people hoping "
    "I was wrong.”\n\n"
    "She was patient about it. “We thought we had made a better kettle,” she told a "
    "biographer in 2004. “It took us thirty years to see we had made a smaller farm.”\n\n"
    "Born in 1936 on a sheep station to a surveyor and a teacher, she was the first woman to "
    "lead a laboratory at Dunmarsh. She often said she went into chemistry to annoy her "
    "brothers.\n\n"
    "“Every one of my teachers said girls could not do sums,” she said in a 1991 lecture. “I "
    "have been doing sums ever since.”\n\n"
    "Casimir Oduya-Brandt, research director at Example Tamsworth, who was her student in the "
    "1980s, said she made her group read out one failed experiment every Friday.\n\n"
    "“It was mortifying for a month, and then it was the best habit I ever had,” he said.\n\n"
    "Her advice was sought by many companies, including Example Quillfeather, whose founder, "
    "Lorcan Beaumaris, said she had told him his plan was “too clever by half.”\n\n"
    "“She was right. She usually was,” he said on Tuesday."
)


def test_an_obituarys_pronouns_go_on_meaning_her_across_paragraphs():
    got = [g[:2] for g in found(_OBITUARY)]
    assert ("Every one of my teachers said girls could not do sums", "Rosamund Achterlee-Obi") in (
        got
    )
    assert ("I have been doing sums ever since.", "Rosamund Achterlee-Obi") in got


def test_her_student_who_said_she_is_still_he():
    got = [g[:2] for g in found(_OBITUARY)]
    assert (
        "It was mortifying for a month, and then it was the best habit I ever had",
        "Casimir Oduya-Brandt",
    ) in got


def test_a_firm_whose_founder_is_named_is_no_one_he_means():
    got = [g[:2] for g in found(_OBITUARY)]
    assert ("She was right. She usually was", "Lorcan Beaumaris") in got


# --- 9. introductions -------------------------------------------------------------------------


def test_she_went_further_introduces_the_quote():
    text = (
        "Marguerite Oyelowo-Pratt, the Green MP who chairs the committee, called the evidence "
        "‘very worrying’. Speaking to the Courier on Friday, she went further: ‘If the figures "
        "are right, the regulator has been marking its own homework for a decade.’"
    )
    assert found(text) == [
        (
            "If the figures are right, the regulator has been marking its own homework for a "
            "decade.",
            "Marguerite Oyelowo-Pratt",
            "Green MP",
        )
    ]


def test_an_office_between_dashes_is_cut_at_its_clause_however_long():
    text = (
        "Oriel Banerjee-Vogt — a strategist at Example Lanthorn Capital who has held a sell "
        "rating on the lender’s shares since the spring of last year — put it in a note to "
        "clients on Monday: “Everyone in this sector is paying for servers with salaries now.”"
    )
    assert found(text) == [
        (
            "Everyone in this sector is paying for servers with salaries now.",
            "Oriel Banerjee-Vogt",
            "strategist at Example Lanthorn Capital",
        )
    ]


def test_a_posts_participle_is_not_the_sentences_verb():
    text = (
        "Wrenfield’s chief scientist, Ilario Beckwith-Oyo, posted a long thread explaining "
        'why: "I signed because my own company should do this. I have said so for a year."'
    )
    assert found(text) == [
        (
            "I signed because my own company should do this. I have said so for a year.",
            "Ilario Beckwith-Oyo",
            "Wrenfield’s chief scientist",
        )
    ]


# --- 10. split quotes and infinitives ------------------------------------------------------------


def test_a_split_quote_around_a_role_with_a_relative_clause():
    text = (
        "“Ten samples give you a fair average,” said Oswin Taverner-Lee, a research fellow at "
        "Kelby who wrote most of the code, “but the rare flood is, by definition, not in your "
        "ten.”"
    )
    assert [g[:2] for g in found(text)] == [
        ("Ten samples give you a fair average", "Oswin Taverner-Lee"),
        ("but the rare flood is, by definition, not in your ten.", "Oswin Taverner-Lee"),
    ]


def test_name_had_one_more_thing_to_say_introduces_the_quote():
    text = (
        "Anneliese Korvath-Ume, a midwife at Pellow Road, was sceptical at first. Korvath-Ume "
        "had one more thing to say as she left for her next appointment, and it was the line I "
        "heard most often that week: “I look at the mother now. I used to look at the screen.”"
    )
    assert found(text) == [
        (
            "I look at the mother now. I used to look at the screen.",
            "Anneliese Korvath-Ume",
            "midwife at Pellow Road",
        )
    ]


# --- 11. marks the page's markup gives ----------------------------------------------------------


def _page(body: str) -> str:
    return (
        "<html><head><title>Kelby notes</title></head><body><article><h1>Kelby notes</h1>"
        f"{body}</article></body></html>"
    )


def _from_page(body: str) -> list[tuple[str, str, str | None]]:
    from digest.editor.articles import extract_html

    main = extract_html(_page(body))[0]
    return found(main)


def test_a_q_element_is_a_quote():
    body = (
        "<p>The Kelby Herald has used an AI proofreader since March, and the desk is divided "
        "about it.</p>"
        "<p>Winifred Sallow-Adjei, the paper’s chief sub-editor, was brief about it: <q>I have "
        "read this town’s names for thirty years. The software has not.</q></p>"
        "<p>The paper says it will review the tool in the autumn, after the council elections.</p>"
    )
    assert [g[:2] for g in _from_page(body)] == [
        (
            "I have read this town’s names for thirty years. The software has not.",
            "Winifred Sallow-Adjei",
        )
    ]


def test_a_photos_caption_quoting_the_person_pictured():
    body = (
        "<p>The model was built by a team led by Petronella Haakonsen-Obi, a hydrologist at the "
        "Kelby Water Institute, over two winters of borrowed computer time.</p>"
        '<figure><img src="https://img.example/lab.jpg" alt="A lab"><figcaption>Petronella '
        "Haakonsen-Obi in the institute’s flume room. “We can finally run the dull scenarios a "
        "thousand times,” she says. (Photo: Example Images)</figcaption></figure>"
        "<p>The institute says the model will be published next year, with its training data, "
        "for any water company that wants to test it.</p>"
    )
    assert [g[:2] for g in _from_page(body)] == [
        ("We can finally run the dull scenarios a thousand times", "Petronella Haakonsen-Obi")
    ]


def test_her_account_of_the_meeting_introduces_the_quote():
    text = (
        "Ottoline Brisk-Amadi, Example Harrowfield’s managing partner, sat on the board for "
        "the vote. Her account of the meeting: “He came in with one page. It said ‘Not now.’ "
        "Nobody argued.”"
    )
    assert [g[:2] for g in found(text)] == [
        ("He came in with one page. It said ‘Not now.’ Nobody argued.", "Ottoline Brisk-Amadi")
    ]
