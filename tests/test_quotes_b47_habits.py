"""The proposer on the classes behind blind batches 47 and 48's misses and wrong proposals.

One or more tests per class, on text of its own (invented people, firms, places and pages): the
proposer must follow the sentence's and the page's structure, and where the structure gives no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. a Q&A whose answers carry the interviewee's surname -------------------------------------

_QA = "\n".join(
    (
        "Example Tarnwell Freight moves a fifth of the region's parcels, and since March a "
        "routing model, Compass, has planned every van.",
        "We sat down with Odalys Fairbrook-Nkemelu, Tarnwell's head of network planning, at "
        "the depot in Haverleigh.",
        "**Did Compass cut the mileage?**",
        "Fairbrook-Nkemelu: By about nine percent. I expected more, honestly, but the vans "
        "were already full.",
        "**And the drivers?**",
        "Fairbrook-Nkemelu: They hated it for a month. Now they argue with it, which I take as "
        "a sign of respect.",
        "Tarnwell has since added a button that lets a driver reject a route; the firm says it "
        "is pressed about 300 times a day.",
        "**Would you do it again?**",
        "Fairbrook-Nkemelu: Yes, but I would have asked the drivers first.",
    )
)


def test_answers_under_the_surname_go_to_the_one_we_sat_down_with():
    assert found(_QA) == [
        (
            "By about nine percent. I expected more, honestly, but the vans were already full.",
            "Odalys Fairbrook-Nkemelu",
            "Tarnwell's head of network planning",
        ),
        (
            "They hated it for a month. Now they argue with it, which I take as a sign of respect.",
            "Odalys Fairbrook-Nkemelu",
            "Tarnwell's head of network planning",
        ),
        (
            "Yes, but I would have asked the drivers first.",
            "Odalys Fairbrook-Nkemelu",
            "Tarnwell's head of network planning",
        ),
    ]


def test_the_writers_paragraph_between_labelled_answers_is_no_answer():
    texts = [quote for quote, _, _ in found(_QA)]
    assert not any(text.startswith("Tarnwell has since") for text in texts)


def test_a_question_opening_with_did_names_nobody():
    text = "\n".join(
        (
            "The port switched on a routing system, Lanternly, in February. In this "
            "interview, its designer, Benedek Ashgrove-Tamu, looks back.",
            "**Did Lanternly ever lose a ship?**",
            "Ashgrove-Tamu: Never a ship. We lost a rowing boat once, and I still feel bad "
            "about the rowing boat.",
            "**Did Lanternly make money?**",
            "Ashgrove-Tamu: Not a penny. We were proud of that for the wrong reasons.",
        )
    )
    assert {speaker for _, speaker, _ in found(text)} == {"Benedek Ashgrove-Tamu"}


# --- 2. a letter's salutation names a reader, never a speaker ------------------------------------


def test_the_reader_a_column_answers_is_not_who_he_means():
    text = "\n".join(
        (
            "Dear Worried,",
            "I asked Fergal Omondi-Strand, Example Quayside Mutual's head of savings, about "
            'the new model. "It only suggests," he said.',
            "He added that the old fund is untouched (which, Worried, is where you are). "
            '"Nobody over sixty has been moved without asking," he told me.',
        )
    )
    assert [g[1] for g in found(text)] == ["Fergal Omondi-Strand", "Fergal Omondi-Strand"]


# --- 3. a plural possessive before a closing single mark -----------------------------------------


def test_a_plural_possessive_before_the_closing_mark_is_kept():
    text = (
        "Sir Rupert Vellacott-Ume, the trust's chair, apologised. ‘The mistake was ours, not "
        "the tenants’,’ he said. ‘Every one of them will hear from us.’"
    )
    assert [g[0] for g in found(text)] == [
        "The mistake was ours, not the tenants’",
        "Every one of them will hear from us.",
    ]


# --- 4. a short phrase the writer's sentence names -----------------------------------------------


def test_a_short_quote_after_a_preposition_is_a_phrase_named_not_said():
    text = (
        "Example Corbel Assurance, which audits lift controllers, says the firmware had no "
        'idea of "I am stuck" as opposed to "I am waiting." Corbel\'s director, Hesper '
        'Lindgren-Obi, said: "A lift that cannot tell the two apart will strand someone."'
    )
    assert found(text) == [
        (
            "A lift that cannot tell the two apart will strand someone.",
            "Hesper Lindgren-Obi",
            "Corbel's director",
        )
    ]


# --- 5. an analyst's question put, after the writer has said she asked -------------------------


def test_an_analysts_question_after_she_asked_whether_is_never_proposed():
    text = "\n".join(
        (
            "Chief executive Ottilie Brandvold-Asare said the new scoring model had halved "
            '"the time a customer waits for a yes or a no."',
            "Marisol Quenby-Adu, an analyst at Example Tollgate Securities, asked whether the "
            'figures were flattered by a mild winter. "Isn\'t this just the weather?" she asked.',
            'Brandvold-Asare said it was not. "We checked against three winters. The weather '
            'explains a sliver of it."',
        )
    )
    texts = [quote for quote, _, _ in found(text)]
    assert "Isn't this just the weather?" not in texts
    assert "We checked against three winters. The weather explains a sliver of it." in texts


def test_a_question_of_someone_introduced_by_his_firm_is_never_proposed():
    text = (
        "Lucan Ferreira-Mbeki of Example Harrowgate Capital asked about the regulator's plans. "
        '"What happens if every decline needs a human?" he asked.'
    )
    assert found(text) == []


# --- 6. roles: a portfolio spelt like a verb, a relation before an office -----------------------


def test_chief_claims_officer_is_one_office():
    text = (
        '"We were not ready for a whole valley at once," said Tamsin Okereke-Vance, '
        "Example Larchmoor's chief claims officer."
    )
    assert [g[1:] for g in found(text)] == [
        ("Tamsin Okereke-Vance", "Example Larchmoor's chief claims officer")
    ]


def test_a_relation_to_someone_yields_to_the_office_before_the_name():
    text = (
        "She wrote to her member of the county council, Councillor Idris Maddox-Achebe, who "
        'says the complaints keep coming. "I have forwarded thirty of them this month," '
        "Maddox-Achebe said."
    )
    assert [g[1:] for g in found(text)] == [("Idris Maddox-Achebe", "Councillor")]


# --- 7. a platform in the phrase a sentence opens with -------------------------------------------


def test_a_platform_before_the_pronoun_is_not_who_wrote():
    text = "\n".join(
        (
            "By Tuesday the hashtag #PayfernDown was trending on Example Chirpline.",
            "The loudest complaint came from Cosima Hartigan-Obi, who runs a florist in "
            'Nettlebank. On Chirpline, she wrote: "Four days without my takings. Not one human '
            'has called me."',
        )
    )
    speakers = [speaker for _, speaker, _ in found(text)]
    assert "Chirpline" not in speakers
    assert speakers in (["Cosima Hartigan-Obi"], [""])


def test_a_person_after_from_with_a_who_clause_is_who_he_means():
    text = "\n".join(
        (
            "Example Brambling Pay's new model began freezing merchants' accounts on Monday.",
            "The sharpest reply came from Lorcan Achterberg-Nwosu, who runs a cheese stall in "
            'Harrow Yard. He wrote: "Nine days, no money, no human. I sell cheddar, not '
            'contraband."',
        )
    )
    assert [g[1] for g in found(text)] == ["Lorcan Achterberg-Nwosu"]


# --- 8. titles: Associate Professor, Sister; an institution in capitals -------------------------


def test_an_office_after_associate_professor_and_a_long_institution_is_the_role():
    text = (
        "Associate Professor Ruairi Mbatha-Lowe, a volcanologist at the Example Institute of "
        "Island Geology who was not involved, said the model was promising.\n"
        '"It is a good start and nothing more," said Mbatha-Lowe.'
    )
    assert [g[1:] for g in found(text)] == [
        ("Ruairi Mbatha-Lowe", "volcanologist at the Example Institute of Island Geology")
    ]


def test_associate_professor_alone_is_the_title_as_printed():
    text = (
        'Associate Professor Ingrid Salazar-Okoye said: "Nobody has tested it on a real '
        'eruption yet."'
    )
    assert [g[1:] for g in found(text)] == [("Ingrid Salazar-Okoye", "Associate Professor")]


def test_sister_before_a_name_is_a_styling_not_part_of_the_name():
    text = (
        "Sister Perpetua Mwangi-Holt, the nurse in charge of the Oakridge ward, said: "
        '"The fridge fails twice a week. The insulin does not wait for the engineer."'
    )
    assert [g[1:] for g in found(text)] == [
        ("Perpetua Mwangi-Holt", "nurse in charge of the Oakridge ward")
    ]


def test_a_role_goes_on_past_and_first_author_of_the_paper():
    text = (
        '"We tried four thousand designs," said Dr Keziah Ballantyne-Osei, postdoctoral '
        "researcher in protein design and first author of the paper."
    )
    assert [g[1:] for g in found(text)] == [
        (
            "Keziah Ballantyne-Osei",
            "postdoctoral researcher in protein design and first author of the paper",
        )
    ]


# --- 9. anonymous sources and a body's claim ----------------------------------------------------


def test_an_unnamed_source_near_a_place_is_not_the_place():
    text = (
        "One beekeeper outside Marram Hollow, who asked not to be named, said the sensor had "
        "sent her 'four swarm warnings in a single week' and she had switched it off."
    )
    assert found(text) == []


def test_a_fragment_after_said_in_a_statement_that_it_is_a_bodys_claim():
    text = "\n".join(
        (
            "Four staff, who spoke on condition of anonymity, described a rollout rushed by "
            "the council's leadership and its software partner, Example Pellucid Nine.",
            "Example Pellucid Nine said in a statement that it \"fully respects the council's "
            'independent review process" and had set no deadline.',
        )
    )
    assert found(text) == []


# --- 10. a body called by its noun; a thread's lines ---------------------------------------------


def test_the_office_said_is_the_office_named_in_full():
    text = (
        "The Marrowfield Office of Rail Safety confirmed it had opened an inquiry. In a "
        'statement, the office said: "Every operator using automated signalling must be able '
        'to explain each decision to us."'
    )
    assert [g[1:] for g in found(text)] == [("Marrowfield Office of Rail Safety", None)]


def test_the_key_lines_of_a_thread_and_more_of_it_further_down():
    text = "\n".join(
        (
            "On Friday, Wilhelmina Osei-Carraway posted a long thread. The key lines:",
            '> "Tobenna is right and we owe him an apology. Shade from nets fools the camera."',
            'And, a few posts further down the same thread: "To Mr Adeyinka: fair. We will '
            'publish the error rates by county before the harvest."',
        )
    )
    assert [g[:2] for g in found(text)] == [
        (
            "Tobenna is right and we owe him an apology. Shade from nets fools the camera.",
            "Wilhelmina Osei-Carraway",
        ),
        (
            "To Mr Adeyinka: fair. We will publish the error rates by county before the harvest.",
            "Wilhelmina Osei-Carraway",
        ),
    ]


# --- 11. a pronoun carried on through paragraphs that name no one --------------------------------


def test_she_goes_on_meaning_the_one_named_three_paragraphs_back():
    text = "\n".join(
        (
            "Not everyone was won over. Dr. Annika Osei-Lindholm, a cardiologist who was not "
            "involved in the trial, noted that one patient in five stopped early.",
            '"Sixteen weeks is short for a heart that fails over decades," she said.',
            "She also warned against crediting the software. The target, she pointed out, "
            "was found by university labs long ago.",
            '"The program chose the door. People built the house," she said.',
        )
    )
    assert [g[1] for g in found(text)] == ["Annika Osei-Lindholm", "Annika Osei-Lindholm"]
