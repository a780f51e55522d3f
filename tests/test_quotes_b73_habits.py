"""The proposer on the classes behind blind batches 73 and 74's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): a name
after `Sir` is a person's, though `One of Sir NAME's former researchers` reads like a firm's
staff; `Dr SURNAME` of two people sharing the surname is the one introduced as `Dr`, or nobody
surely (unsure) if not only one was; one name
opening a sentence that says the surname is withheld is a person's, and an `undergraduate` is
an office's word; a dash line of a first name and a town, a street or a ward is that person's,
and a street or a ward alone is no role; `the study's lead author and a lecturer in X at Y` is
one role; a link's `Read NAME's report` makes no person of `Read NAME`; a photo caption's
quote with an apostrophe in it, credited to `one second-year history student, NAME`, is
proposed, `one` dropped like an article; `the company` after a product's name (`NAME, a tool
sold by FIRM,`) is its maker; a `Key quotes` box's `NAME, ROLE: “…”` line repeating part of a
fuller quote of the text is proposed once, from the text; what a correction says an earlier
version wrongly called someone is no role of theirs. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. `Sir NAME's` staff: a knight, not a firm ------------------------------------------------


def test_a_knights_possessive_before_his_staff_does_not_make_him_a_firm():
    text = (
        "The studies, published over six years, all list Professor Sir Hugo Varnley-Amis, 58, "
        "as lead investigator. The notices, issued by Example Crestmoor Press, say the journal "
        "has lost confidence in the findings.\n\n"
        "Sir Hugo, who was knighted in 2015, said last night that he had not seen the figures. "
        "‘I signed papers I should have checked more closely, and I own that,’ he said.\n\n"
        "One of Sir Hugo’s former doctoral students, who asked not to be named, said the group "
        "had been disorganised for years."
    )
    assert found(text) == [
        (
            "I signed papers I should have checked more closely, and I own that",
            "Hugo Varnley-Amis",
            "Professor",
        )
    ]


# --- 2. `Dr SURNAME` of two people sharing the surname ------------------------------------------


def test_dr_and_a_surname_two_people_share_is_the_one_introduced_as_dr():
    text = (
        "The fault was first found by a hospital pharmacist, Imogen Ravelstoke-Idris, who "
        "noticed that two doses on the ward did not match.\n\n"
        "Her brother, Dr Felix Ravelstoke-Idris, a consultant anaesthetist at Example Harrowby "
        "Infirmary, helped her write to the regulator. ‘She spotted it; I only knew the form,’ "
        "Dr Ravelstoke-Idris said."
    )
    assert found(text) == [
        (
            "She spotted it; I only knew the form",
            "Felix Ravelstoke-Idris",
            "consultant anaesthetist at Example Harrowby Infirmary",
        )
    ]


def test_dr_and_a_surname_two_people_share_neither_introduced_as_dr_is_nobody_surely():
    text = (
        "The fault was first found by a hospital pharmacist, Imogen Ravelstoke-Idris, who "
        "noticed that two doses on the ward did not match.\n\n"
        "Her brother, Felix Ravelstoke-Idris, a consultant anaesthetist at Example Harrowby "
        "Infirmary, helped her write to the regulator. ‘She spotted it; I only knew the form,’ "
        "Dr Ravelstoke-Idris said."
    )
    assert found(text) == [("She spotted it; I only knew the form", "", None)]


# --- 3. A first name alone, the surname withheld ------------------------------------------------


def test_one_name_whose_sentence_says_the_surname_is_withheld_is_a_persons():
    text = (
        "The dean, Halvard Mossop-Ryle, said the policy would stay. ‘We will not change "
        "course now,’ he said.\n\n"
        "Students at the college were less sure. Harriet, a third-year physics undergraduate "
        "who asked that her surname not be used, said tutors had warned her class that essays "
        "containing copied text would be reported. ‘It would be good to hear the rules apply "
        "to staff as well,’ she said."
    )
    assert found(text) == [
        ("We will not change course now", "Halvard Mossop-Ryle", "dean"),
        (
            "It would be good to hear the rules apply to staff as well",
            "Harriet",
            "third-year physics undergraduate",
        ),
    ]


# --- 4. A dash line's first name and town; a street or a ward is no role -------------------------


def test_a_dash_line_of_a_first_name_and_a_town_is_that_persons():
    text = (
        "We asked riders what they made of the new bus lanes.\n\n"
        "“The number 12 used to crawl past the market. Now it overtakes the cars.”\n\n"
        "— Ludmila Praskova-Hart, retired librarian\n\n"
        "“It saves me ten minutes, and it costs the shops on Fenner Lane their parking.”\n\n"
        "— Tariq, Westmoor"
    )
    assert found(text) == [
        (
            "The number 12 used to crawl past the market. Now it overtakes the cars.",
            "Ludmila Praskova-Hart",
            "retired librarian",
        ),
        (
            "It saves me ten minutes, and it costs the shops on Fenner Lane their parking.",
            "Tariq",
            None,
        ),
    ]


def test_a_street_or_a_ward_in_a_dash_line_is_no_role():
    text = (
        "We asked riders what they made of the new bus lanes.\n\n"
        "“I have lived here forty years and I have never seen the buses on time until now.”\n\n"
        "— Wilhelmina Ashdown-Oduya, Tanner Road\n\n"
        "“My stop moved two hundred yards and nobody told the people who use it.”\n\n"
        "— Rupert Kellaway-Nunes, Priory Ward"
    )
    assert found(text) == [
        (
            "I have lived here forty years and I have never seen the buses on time until now.",
            "Wilhelmina Ashdown-Oduya",
            None,
        ),
        (
            "My stop moved two hundred yards and nobody told the people who use it.",
            "Rupert Kellaway-Nunes",
            None,
        ),
    ]


# --- 5. `and a lecturer in X at Y`: a second office ----------------------------------------------


def test_and_a_lecturer_in_a_subject_is_part_of_the_role():
    text = (
        "The council published its flood review on Monday.\n\n"
        "Dr. Oswin Paltry-Mensah, the report’s main author and a reader in civil engineering "
        "at the college, said the city had moved on. “The flooding was real, and it was "
        "fixable. They raised the culverts at nine sites,” he said."
    )
    assert found(text) == [
        (
            "The flooding was real, and it was fixable. They raised the culverts at nine sites",
            "Oswin Paltry-Mensah",
            "report’s main author and a reader in civil engineering at the college",
        )
    ]


# --- 6. A link's `Read NAME's report` ------------------------------------------------------------


def test_a_links_read_before_a_firms_name_makes_no_person():
    text = (
        "Its founder, Cosima Treharne-Vale, built the first prototype in a garage.\n\n"
        "Treharne-Vale does not dispute the council’s figures. Glasswing has since added a "
        "second camera. She called the complaint “the best free advice we have had all year” "
        "and said the software would be updated.\n\n"
        "*This article appears in the spring issue. Read Glasswing’s own report at "
        "glasswing.example.com/report.*"
    )
    assert found(text) == [
        ("the best free advice we have had all year", "Cosima Treharne-Vale", "Its founder")
    ]


# --- 7. A caption's quote, credited to `one … student, NAME` -------------------------------------


def test_a_captions_quote_with_an_apostrophe_credited_to_one_student_is_proposed():
    page = (
        "<html><body><article><h1>Essay checker overruled</h1>"
        "<p>The college flagged 900 essays last year with an automated checker. Most of the "
        "students who appealed were cleared.</p>"
        '<figure><img src="https://img.example/lib.jpg" alt="">'
        "<figcaption>The college library. “I lost a fortnight proving I’d written my own "
        "dissertation,” said one third-year law student, Ivo Kettleby-Mwale. (Photo: Ada Lusk)"
        "</figcaption></figure>"
        "<p>Kettleby-Mwale, 21, said he was asked to bring every draft to a panel. “Nobody ever "
        "apologised,” he said.</p>"
        "<p>The college said it was reviewing the process.</p>"
        "</article></body></html>"
    )
    assert found(page) == [
        (
            "I lost a fortnight proving I’d written my own dissertation",
            "Ivo Kettleby-Mwale",
            "third-year law student",
        ),
        ("Nobody ever apologised", "Ivo Kettleby-Mwale", "third-year law student"),
    ]


# --- 8. `the company` after a product's name: its maker ------------------------------------------


def test_the_company_after_a_products_name_is_its_maker():
    text = (
        "The college screened 800 essays last term using Quillmark, a tool sold by Example "
        "Parchment Analytics.\n\n"
        "A spokesperson for Example Parchment Analytics said Quillmark was meant to be used "
        "alongside a tutor’s judgment. The company told this newspaper: “Quillmark gives a "
        "probability, never a verdict, and every report says so.”"
    )
    assert found(text) == [
        (
            "Quillmark gives a probability, never a verdict, and every report says so.",
            "Example Parchment Analytics",
            None,
        )
    ]


# --- 9. A `Key quotes` box's `NAME, ROLE: “…”` line -----------------------------------------------


def test_a_key_quotes_line_of_a_credit_and_a_colon_is_proposed_once():
    text = (
        "The regulator published new rules on Tuesday.\n\n"
        "Its director, Oluwatobi Ferrante-Kask, said: “Most colleges have tightened these "
        "rules already. We welcome one standard, provided it leaves room for judgment.”\n\n"
        "## Key quotes\n\n"
        "Oluwatobi Ferrante-Kask, Example Colleges Forum: “We welcome one standard, provided "
        "it leaves room for judgment.”"
    )
    assert found(text) == [
        (
            "Most colleges have tightened these rules already. We welcome one standard, "
            "provided it leaves room for judgment.",
            "Oluwatobi Ferrante-Kask",
            "Its director",
        )
    ]


# --- 10. A correction's wrong description ------------------------------------------------------


def test_what_a_correction_says_was_wrong_is_no_role():
    text = (
        "The lead author, Pieter Ashgrove-Lind, disputes the retraction. His co-author, and "
        "brother, Dr Joost Ashgrove-Lind, runs the lab’s imaging suite.\n\n"
        "Joost was calmer. “We would happily publish the raw images tomorrow,” he told me.\n\n"
        "*Correction, March 3: An earlier version of this post said Joost Ashgrove-Lind was the "
        "paper’s lead author. The lead author is Pieter Ashgrove-Lind.*"
    )
    assert found(text) == [
        ("We would happily publish the raw images tomorrow", "Joost Ashgrove-Lind", None)
    ]


# --- 11. A numbered list of reactions, each a label, a quote and a dash line ---------------------


def test_a_labelled_reaction_over_its_dash_line_is_that_persons():
    text = (
        "The fund published its rules on Monday. We asked people what they made of them.\n\n"
        "## The reactions\n\n"
        "1. The reviewer. “The reviewer ban is the right call, and it was overdue.”\n"
        "— Ingrid Halloway-Beck, chair of the fund's renal panel\n"
        "2. The sceptic. “A tick box tells you who is honest, not who used the tools.”\n"
        "— Osric Penhale-Mori, research-integrity officer, Example Kingsbridge College\n\n"
        "## Next\n\n"
        "The fund will consult until January."
    )
    assert found(text) == [
        (
            "The reviewer ban is the right call, and it was overdue.",
            "Ingrid Halloway-Beck",
            "chair of the fund's renal panel",
        ),
        (
            "A tick box tells you who is honest, not who used the tools.",
            "Osric Penhale-Mori",
            "research-integrity officer, Example Kingsbridge College",
        ),
    ]


def test_a_dash_lines_who_clause_is_no_role_and_a_first_names_office_is():
    text = (
        "The fund published its rules on Monday. We asked people what they made of them.\n\n"
        "## The reactions\n\n"
        "1. The statistician. “If they publish the data, it will be the best set anyone has.”\n"
        "— Leopold Atherton-Gale, who studies peer review at Example Dunmore University\n"
        "2. The student. “Nobody taught me how to write a bid. Should I declare the help?”\n"
        "— Priya, a doctoral student in ecology\n\n"
        "## Next\n\n"
        "The fund will consult until January."
    )
    assert found(text) == [
        (
            "If they publish the data, it will be the best set anyone has.",
            "Leopold Atherton-Gale",
            None,
        ),
        (
            "Nobody taught me how to write a bid. Should I declare the help?",
            "Priya",
            "doctoral student in ecology",
        ),
    ]


# --- 12. A Markdown Q&A: questions in italics, answers in no marks -------------------------------


def test_italic_questions_and_unquoted_answers_are_the_interviewees():
    text = (
        "*Editor’s note: This interview has been condensed for clarity.*\n\n"
        "In May the Example Tidewater Review withdrew twelve papers at once. We asked its "
        "editor, **Margit Solberg-Owusu**, how it happened.\n\n"
        "*How did you first notice?*\n\n"
        "A student wrote to us. I checked the tables myself and the totals were wrong in "
        "three of them.\n\n"
        "*Your deputy says the authors were furious.*\n\n"
        "Some were, and I understand that. We gave every group a month to answer us.\n\n"
        "Her deputy, Anselm Brookfield-Tan, joined the call late. “It took most of our "
        "summer,” he said.\n\n"
        "*Would you do it again?*\n\n"
        "Yes. I would rather we corrected ourselves than waited for someone else to.\n\n"
        "*The notice is at tidewater.example.org.*"
    )
    assert found(text) == [
        (
            "A student wrote to us. I checked the tables myself and the totals were wrong in "
            "three of them.",
            "Margit Solberg-Owusu",
            "its editor",
        ),
        (
            "Some were, and I understand that. We gave every group a month to answer us.",
            "Margit Solberg-Owusu",
            "its editor",
        ),
        ("It took most of our summer", "Anselm Brookfield-Tan", "Her deputy"),
        (
            "Yes. I would rather we corrected ourselves than waited for someone else to.",
            "Margit Solberg-Owusu",
            "its editor",
        ),
    ]


# --- 13. A press conference's `Q (NAME, OUTLET):` questions --------------------------------------


def test_questions_labelled_with_their_asker_leave_every_officials_answers_theirs():
    text = (
        "HARLOW VALE COUNCIL - PRESS CONFERENCE TRANSCRIPT\n\n"
        "Participants: Mayor Ottoline Fairbrass-Nkemelu; Casimir Rydell-Obi, head of "
        "drainage; Wren Aldous-Mbeki, chief data officer.\n\n"
        "[09:01] MAYOR FAIRBRASS-NKEMELU: Good morning. Today we switch on the flood model "
        "we have been building for two years.\n\n"
        "[09:03] Q (Tilda Marchetti, Vale Radio): Mayor, is this worth four million pounds?\n\n"
        "[09:03] MAYOR FAIRBRASS-NKEMELU: I think it is. We lost two bridges last winter.\n\n"
        "[09:05] Q (Rohan Ebbs, The Vale Courier): Mr Rydell-Obi, will it replace your "
        "inspectors?\n\n"
        "[09:05] RYDELL-OBI: Not one of them. It changes the order we visit the drains in, "
        "nothing more.\n\n"
        "[09:07] Q (Marchetti): Who owns the data?\n\n"
        "[09:07] ALDOUS-MBEKI: The council owns all of it, the code included. We wrote that "
        "into the contract.\n\n"
        "[09:09] END OF TRANSCRIPT"
    )
    assert found(text) == [
        (
            "Good morning. Today we switch on the flood model we have been building for two years.",
            "Ottoline Fairbrass-Nkemelu",
            "Mayor",
        ),
        (
            "I think it is. We lost two bridges last winter.",
            "Ottoline Fairbrass-Nkemelu",
            "Mayor",
        ),
        (
            "Not one of them. It changes the order we visit the drains in, nothing more.",
            "Casimir Rydell-Obi",
            "head of drainage",
        ),
        (
            "The council owns all of it, the code included. We wrote that into the contract.",
            "Wren Aldous-Mbeki",
            "chief data officer",
        ),
    ]


# --- 14. A poster's first name and handle; a reader's first name and `who` before a colon ---------


def test_a_dash_line_of_a_first_name_a_handle_and_a_date_is_that_posters():
    text = (
        "Readers wrote in about the new bus gates.\n\n"
        "One commuter summed up a lot of replies:\n\n"
        "> “The number 9 used to sit behind the school run for ten minutes. Now it sails past.”\n"
        "> — Marisol (@marisol_on_the_9) 3 March 2027"
    )
    assert found(text) == [
        (
            "The number 9 used to sit behind the school run for ten minutes. Now it sails past.",
            "Marisol",
            None,
        )
    ]


def test_a_first_name_and_a_who_clause_before_a_colon_and_a_quote_is_that_persons():
    text = (
        "Many of you have been in touch about the closure. A few of your messages:\n\n"
        "Tobiah, who runs a florist's stall by the station: “Two hours to cross the river "
        "this morning. I gave up and walked the flowers over.”\n\n"
        "Ilse Marchbank-Oyo, 41, from Eastwick: “Nobody at the lights knew whose turn it was.”"
    )
    assert found(text) == [
        (
            "Two hours to cross the river this morning. I gave up and walked the flowers over.",
            "Tobiah",
            None,
        ),
        ("Nobody at the lights knew whose turn it was.", "Ilse Marchbank-Oyo", None),
    ]


def test_miss_and_a_surname_two_share_is_the_one_not_introduced_as_dr():
    text = (
        "The error was first spotted by a trainee pharmacist, Imogen Ravelstoke-Idris, who "
        "noticed that two doses on the ward did not match.\n\n"
        "‘I only wanted the numbers to add up,’ Miss Ravelstoke-Idris, 24, told the Gazette.\n\n"
        "Her sister, Dr Felicity Ravelstoke-Idris, a consultant anaesthetist at Example "
        "Harrowby Infirmary, helped her write to the regulator. ‘She spotted it; I only knew "
        "the form,’ Dr Ravelstoke-Idris said."
    )
    assert found(text) == [
        (
            "I only wanted the numbers to add up",
            "Imogen Ravelstoke-Idris",
            "trainee pharmacist",
        ),
        (
            "She spotted it; I only knew the form",
            "Felicity Ravelstoke-Idris",
            "consultant anaesthetist at Example Harrowby Infirmary",
        ),
    ]
