"""The proposer on the classes behind blind batch 28's misses and wrong proposals.

One or more tests per class, on text of its own (invented people, firms and places): the
proposer must follow the sentence's structure, and where the structure gives no speaker, give
none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. a dash line printed with a hyphen under a block quote -----------------------------------


def test_a_hyphen_line_under_a_block_quote_is_its_attribution_not_a_list_item():
    text = (
        "The ferry company rebuilt its timetable over the winter.\n\n"
        "> “We moved the first crossing to six so the bakery vans make the morning market.”\n"
        "- Olwen Fairbrother-Nkemelu, operations manager, Example Ferries\n\n"
        "The new timetable starts in May.\n"
    )
    quote = "We moved the first crossing to six so the bakery vans make the morning market."
    role = "operations manager, Example Ferries"
    assert found(text) == [(quote, "Olwen Fairbrother-Nkemelu", role)]


def test_a_list_after_a_block_quote_with_its_own_attribution_is_still_a_list():
    text = (
        "The council published its plan on Monday.\n\n"
        "> “Every stop gets a shelter before any stop gets a screen.”\n"
        "> — Ruaridh Castellane-Obi, transport lead\n"
        "- Forty shelters by June\n"
        "- Screens at the two interchanges\n"
    )
    quote = "Every stop gets a shelter before any stop gets a screen."
    assert found(text) == [(quote, "Ruaridh Castellane-Obi", "transport lead")]


# --- 2. a split quote around `she began,` -------------------------------------------------------


def test_a_split_quote_around_began_is_the_subjects():
    text = (
        "The orchestra's new season opened in Galway on Friday.\n\n"
        "The festival's director, Ottoline Rasmussen-Eze, turned to the hall before the first "
        "piece. “When I "
        "joined, we rehearsed in a school gym,” she began, “and some nights the gym won.”\n"
    )
    role = "festival's director"
    assert found(text) == [
        ("When I joined, we rehearsed in a school gym", "Ottoline Rasmussen-Eze", role),
        ("and some nights the gym won.", "Ottoline Rasmussen-Eze", role),
    ]


def test_began_alone_is_no_verb_of_speech():
    text = (
        "Work on the bridge began in May. “It will carry trams by 2029,” the council's "
        "statement said.\n\n"
        "The contractor, Example Spans, began hiring welders in June.\n"
    )
    assert found(text) == []


# --- 3. a title of two words before a name is the role, never part of the name ------------------


def test_nurse_practitioner_before_a_name_is_the_role():
    text = (
        "The clinic in Harrowgate began taking walk-in patients on Saturdays.\n\n"
        "Nurse Practitioner Idris Okafor-Lindgren, who runs the Saturday list, said the queue "
        "starts before the doors open. “We see forty people before lunch,” Okafor-Lindgren said.\n"
    )
    quote = "We see forty people before lunch"
    assert found(text) == [(quote, "Idris Okafor-Lindgren", "Nurse Practitioner")]


def test_a_title_before_a_name_after_from_makes_a_person_not_a_place():
    text = (
        "The committee also heard from Nurse Practitioner Saoirse Bamidele-Ruiz of Westbrook "
        "Infirmary, who trained the night staff. “Nobody reads a manual at four in the "
        "morning,” Bamidele-Ruiz said.\n"
    )
    quote = "Nobody reads a manual at four in the morning"
    assert found(text) == [(quote, "Saoirse Bamidele-Ruiz", "Nurse Practitioner")]


def test_professor_emeritus_before_a_name_is_the_role():
    text = (
        "The observatory reopened its dome to the public on Sunday.\n\n"
        "Professor Emeritus Halvard Oyelaran-Moss, who built the first telescope there in "
        "1981, said the repairs were overdue. “The dome leaked on me for thirty years,” he "
        "said.\n"
    )
    quote = "The dome leaked on me for thirty years"
    assert found(text) == [(quote, "Halvard Oyelaran-Moss", "Professor Emeritus")]


def test_bishop_emerita_keeps_the_whole_title():
    text = (
        "“The roof can wait; the soup kitchen cannot,” said Bishop Emerita Rosalind "
        "Achebe-Fairlie.\n"
    )
    quote = "The roof can wait; the soup kitchen cannot"
    assert found(text) == [(quote, "Rosalind Achebe-Fairlie", "Bishop Emerita")]


# --- 4. `head of the FIRM's part` is one role ----------------------------------------------------


def test_an_office_of_a_firms_part_is_kept_whole():
    text = (
        "Example Looms reported a quieter quarter on Thursday.\n\n"
        "The director of the group's dyeing works in Bradwell, Fenella Osei-Carruthers, said "
        "the new vats had halved the water bill. “We reuse the rinse twice now,” she said.\n"
    )
    quote = "We reuse the rinse twice now"
    role = "director of the group's dyeing works in Bradwell"
    assert found(text) == [(quote, "Fenella Osei-Carruthers", role)]


def test_a_firms_possessive_after_a_preposition_that_is_no_office_starts_the_role():
    text = (
        "At the meeting, the company's finance chief, Rufus Adjei-Lindholm, said the "
        "dividend would stay. “Nothing about this quarter changes it,” he said.\n"
    )
    quote = "Nothing about this quarter changes it"
    assert found(text) == [(quote, "Rufus Adjei-Lindholm", "company's finance chief")]


# --- 5. a group as a sentence's subject leaves a singular pronoun after it unsure ---------------


def test_a_pronoun_after_both_women_is_left_unsure():
    text = (
        "Example Tramways' chief engineer, Ingrid Mbeki-Sorensen, said the new brakes were "
        "ready. “We tested them through a whole winter,” she said.\n\n"
        "Her deputy, Paloma Achterberg-Nwosu, ran the trials at the depot.\n\n"
        "Both women were asked when the first tram would carry passengers. “Not before "
        "spring,” she said.\n"
    )
    role = "Example Tramways' chief engineer"
    assert found(text) == [
        ("We tested them through a whole winter", "Ingrid Mbeki-Sorensen", role),
        ("Not before spring", "", None),
    ]


def test_a_pronoun_after_the_two_executives_is_left_unsure():
    text = (
        "Tobiah Grunwald-Eze, the bank's finance director, presented the results on Tuesday. "
        "“Lending grew in every region,” he said.\n\n"
        "He was joined by the bank's chair, Marisol Okoro-Haines.\n\n"
        "The two executives were asked about the branch closures. “We will say more in "
        "March,” he said.\n"
    )
    role = "bank's finance director"
    assert found(text) == [
        ("Lending grew in every region", "Tobiah Grunwald-Eze", role),
        ("We will say more in March", "", None),
    ]


def test_a_group_whose_sentence_names_its_speaker_is_no_group_subject():
    text = (
        "We met Anneliese Varga-Obi, a beekeeper, and Joaquim Ferreira-Lund, a farmer. Both "
        "men and women at the market had worries, but Varga-Obi was the most direct. “The "
        "spray drifts into my hives,” she said.\n"
    )
    quote = "The spray drifts into my hives"
    assert found(text) == [(quote, "Anneliese Varga-Obi", "beekeeper")]


# --- 6. words read out from a document, and another party's claim, are not the speaker's -------


def test_a_fragment_read_out_from_a_document_is_not_proposed():
    text = (
        "Hortensia Delacroix-Ampah chairs the tenants' association, which met in the church "
        "hall on Tuesday.\n\n"
        "The landlord's lease, she told the meeting, let him raise rents "
        "“at any time . . . for any reason . . . without notice”, words she read out twice. "
        "“We will not sign that again,” she said.\n"
    )
    assert found(text) == [("We will not sign that again", "Hortensia Delacroix-Ampah", None)]


def test_a_fragment_of_another_partys_argument_is_not_proposed():
    text = (
        "The ferry operator's spokesman, Lucan Obiora-Westlake, said the council had claimed the "
        "new fares were “a tax on island families”, but that the subsidy covered them. “Nobody "
        "pays more than last year,” he said.\n"
    )
    role = "ferry operator's spokesman"
    assert found(text) == [("Nobody pays more than last year", "Lucan Obiora-Westlake", role)]


def test_a_fragment_the_speaker_claims_in_her_own_right_is_hers():
    text = (
        "Example Halls' director, Ysolde Okafor-Brandt, said she had argued that the fee was "
        "“far too high for a village hall” from the start.\n"
    )
    quote = "far too high for a village hall"
    assert found(text) == [(quote, "Ysolde Okafor-Brandt", "Example Halls' director")]


# --- 7. `his secretary, who read out …`: the one the office names spoke last ----------------------


def test_an_office_holder_who_reads_out_is_the_one_the_pronoun_means():
    text = (
        "Beside him on the steps were Kofi Mensah-Lindqvist, a porter, and Aurelio "
        "Bankole-Firth, the guild's treasurer.\n\n"
        "Ignatius Obuya-Renner, who chairs the guild, passed the megaphone to his treasurer, "
        "who read out the ledger's last page. “Every penny of it went on the roof,” he said.\n"
    )
    quote = "Every penny of it went on the roof"
    assert found(text) == [(quote, "Aurelio Bankole-Firth", "guild's treasurer")]


def test_an_office_nobody_was_given_leaves_the_pronoun_unsure():
    text = (
        "Ignatius Obuya-Renner, who chairs the guild, passed the megaphone to his treasurer, "
        "who read out the ledger's last page. “Every penny of it went on the roof,” he said.\n"
    )
    assert found(text) == [("Every penny of it went on the roof", "", None)]
