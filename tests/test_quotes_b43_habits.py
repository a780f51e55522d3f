"""The proposer on the classes behind blind batches 43 and 44's misses and wrong proposals.

One or more tests per class, on text of its own (invented people, firms, places and pages): the
proposer must follow the sentence's and the page's structure, and where the structure gives no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. names: honorifics, particles, a double surname, the name someone goes by -------------


def test_sheikh_is_an_honorific_not_part_of_the_name():
    text = (
        "The authority’s chairman, Sheikh Rashid bin Saeed Al-Marzouqi, opened the session. "
        "“We will build the grid before we build the models,” he said."
    )
    assert found(text) == [
        (
            "We will build the grid before we build the models",
            "Rashid bin Saeed Al-Marzouqi",
            "authority’s chairman",
        )
    ]


def test_engr_is_an_honorific_not_part_of_the_name():
    text = (
        "“The pumps were never the problem; the meters were,” said Engr. Chinonso Obiora-Lambe, "
        "chief engineer of the Owerri Water Board."
    )
    assert found(text) == [
        (
            "The pumps were never the problem; the meters were",
            "Chinonso Obiora-Lambe",
            "chief engineer of the Owerri Water Board",
        )
    ]


def test_arap_is_a_particle_inside_the_name():
    text = (
        "“The ledger is wrong, and everyone knows it,” said Dr. Samuel Kiptoo arap Rotich, a "
        "former auditor at the Rift Valley Water Board. “We said so twice.”"
    )
    assert [g[1:] for g in found(text)] == [
        ("Samuel Kiptoo arap Rotich", "former auditor at the Rift Valley Water Board"),
        ("Samuel Kiptoo arap Rotich", "former auditor at the Rift Valley Water Board"),
    ]


def test_two_surnames_on_second_reference_mean_the_full_name():
    text = (
        "Maria Luiza Barbosa Teixeira, a judge at the labour court, spoke on Monday.\n\n"
        "“The code has been law for a decade,” Barbosa Teixeira said. “Nobody read it.”"
    )
    assert [g[1:] for g in found(text)] == [
        ("Maria Luiza Barbosa Teixeira", "judge at the labour court"),
        ("Maria Luiza Barbosa Teixeira", "judge at the labour court"),
    ]


def test_the_name_someone_goes_by_means_the_person_introduced_in_full():
    text = (
        "<p>Brightkettle’s founder, Adebowale Fashola-Grant, who goes by Bowale online, replied "
        "within minutes:</p>"
        '<blockquote class="social"><p>“We built it for Ibadan, not for Palo Alto. That is the '
        "whole point.”</p><footer>— Bowale Fashola-Grant (@bowale_builds)</footer></blockquote>"
        "<p>Other founders were kinder.</p>"
    )
    assert _from_page(text) == [
        (
            "We built it for Ibadan, not for Palo Alto. That is the whole point.",
            "Adebowale Fashola-Grant",
            "Brightkettle’s founder",
        )
    ]


# --- 2. offices ------------------------------------------------------------------------------


def test_federal_minister_for_a_portfolio_before_the_name_is_the_office():
    text = (
        "“We are not building a wall, we are building a gate,” said Federal Minister for Rural "
        "Affairs Brigitta van der Lohe at a briefing in Bonn."
    )
    assert found(text) == [
        (
            "We are not building a wall, we are building a gate",
            "Brigitta van der Lohe",
            "Federal Minister for Rural Affairs",
        )
    ]


def test_a_committees_remit_of_two_nouns_stays_in_the_role():
    text = (
        "Dame Olwen Pryce-Tarrant, chair of the Commons culture and media committee, said she "
        "would write to the board. ‘These jobs were promised to Wrexham,’ she said."
    )
    assert found(text) == [
        (
            "These jobs were promised to Wrexham",
            "Olwen Pryce-Tarrant",
            "chair of the Commons culture and media committee",
        )
    ]


def test_a_groups_part_yields_to_the_occupation_after_the_name():
    text = (
        "The crew’s leader, Ottilie Brask-Emenike, an engineer at Example Saltreach Labs, spoke "
        "first. “Nine weeks of work and one very patient landlord,” she said."
    )
    assert found(text) == [
        (
            "Nine weeks of work and one very patient landlord",
            "Ottilie Brask-Emenike",
            "engineer at Example Saltreach Labs",
        )
    ]


def test_a_firms_office_before_the_name_still_wins():
    # guard: a firm's possessive office is not a group's part in the story
    text = (
        "Example Saltreach’s chief scientist, Ottilie Brask-Emenike, a former physicist, spoke "
        "first. “Nine weeks of work and one very patient landlord,” she said."
    )
    assert found(text)[0][1:] == ("Ottilie Brask-Emenike", "Example Saltreach’s chief scientist")


# --- 3. dash lines and block quotes ------------------------------------------------------------


def test_via_a_platform_in_a_dash_line_is_no_role():
    text = (
        "<p>Ingeborg Tull-Mensah, chief technology officer at Example Cobblestone Data, "
        "posted:</p>"
        '<blockquote class="social"><p>“If the logs leak the prompts, I want to know what else '
        "they leak.”</p><footer>— Ingeborg Tull-Mensah, via "
        '<a href="https://social.example/itm">Social</a></footer></blockquote>'
        "<p>The vendor did not reply.</p>"
    )
    assert _from_page(text) == [
        (
            "If the logs leak the prompts, I want to know what else they leak.",
            "Ingeborg Tull-Mensah",
            "chief technology officer at Example Cobblestone Data",
        )
    ]


def test_a_block_quotes_own_dash_line_leaves_its_marks_off():
    text = (
        "<p>The leak was found by Halvard Teague-Oni, a researcher at Example Moorcroft Labs, "
        "who sent me his notes:</p>"
        "<blockquote><p>“Ninety minutes after we rang them, fine. The logs say it was open for a "
        "month.” — Halvard Teague-Oni</p></blockquote>"
        "<p>The vendor did not reply.</p>"
    )
    assert _from_page(text) == [
        (
            "Ninety minutes after we rang them, fine. The logs say it was open for a month.",
            "Halvard Teague-Oni",
            "researcher at Example Moorcroft Labs",
        )
    ]


# --- 4. transcripts ------------------------------------------------------------------------------

_PODCAST = (
    "Tinderbox, episode 12\n\n"
    "Host Rosamund Achebe-Lowe speaks with Torvald Ikeda-Brune, author of the Example Fenwick "
    "Institute's audit of voice assistants.\n\n"
    "ROSAMUND ACHEBE-LOWE: Torvald, welcome. The audit is ninety pages. Sum it up for me.\n\n"
    "TORVALD IKEDA-BRUNE: If a speaker can hear the television, the television can give it "
    "orders.\n\n"
    "ACHEBE-LOWE: Which result surprised you?\n\n"
    "IKEDA-BRUNE: [laughing] The cheapest one. A cartoon ordered forty tins of soup.\n\n"
    "ACHEBE-LOWE: Will you run it again?\n\n"
    "IKEDA-BRUNE: [in Welsh; our translation] Every year, as long as the grant lasts.\n"
)


def test_the_hosts_full_name_label_is_still_the_host():
    got = found(_PODCAST)
    assert not any(g[0].startswith("Torvald, welcome") for g in got)
    assert not any(g[1] == "Rosamund Achebe-Lowe" for g in got)


def test_a_stage_note_in_brackets_is_no_part_of_the_answer():
    got = [g[:2] for g in found(_PODCAST)]
    assert ("The cheapest one. A cartoon ordered forty tins of soup.", "Torvald Ikeda-Brune") in got
    assert ("Every year, as long as the grant lasts.", "Torvald Ikeda-Brune") in got


# --- 5. roles left empty ------------------------------------------------------------------------


def test_director_general_before_the_name_is_an_office():
    text = (
        "The director-general of the agency, Dr. Amina Yusuf Garba, said in a statement that the "
        "work was on time. Reached by phone, she was franker. “We are late, and I will not "
        "pretend otherwise,” she said."
    )
    assert found(text) == [
        (
            "We are late, and I will not pretend otherwise",
            "Amina Yusuf Garba",
            "director-general of the agency",
        )
    ]


def test_he_is_the_office_right_after_the_one_person_named():
    text = (
        "“It still drops too many,” says Haruto Kisaragi, watching from the hangar door. He is "
        "the director of the Example Ginza Drone Lab, a 30-person group spun out of a camera "
        "maker in 2020."
    )
    assert found(text) == [
        ("It still drops too many", "Haruto Kisaragi", "director of the Example Ginza Drone Lab")
    ]


def test_he_is_the_brother_is_kin_and_no_office():
    # guard: kinship after `He is the` is never a role
    text = (
        "“It still drops too many,” says Haruto Kisaragi, watching from the hangar door. He is "
        "the brother of the lab’s founder."
    )
    assert found(text) == [("It still drops too many", "Haruto Kisaragi", None)]


def test_a_firms_vice_president_of_two_nouns_before_the_name():
    text = (
        "Tallowmere’s vice president of trust and safety, Ngozi Ashworth-Bell, took the question "
        "on a call. Her key line: “We are not going to make the filter weaker to fix this.”"
    )
    assert found(text) == [
        (
            "We are not going to make the filter weaker to fix this.",
            "Ngozi Ashworth-Bell",
            "Tallowmere’s vice president of trust and safety",
        )
    ]


def test_prosecuting_and_defending_are_the_roles_as_printed():
    text = (
        "Rosalind Quayle, prosecuting, told the court the theft had been planned. ‘This was "
        "months in the making,’ she said.\n\n"
        "Barnaby Ferrand-Okafor, defending, said his client was in debt. He told the court: ‘He "
        "has lost his career and he knows it.’"
    )
    assert [g[1:] for g in found(text)] == [
        ("Rosalind Quayle", "prosecuting"),
        ("Barnaby Ferrand-Okafor", "defending"),
    ]


# --- 6. introductions ---------------------------------------------------------------------------


def test_her_first_line_in_english_introduces_the_quote():
    text = (
        "Dr. Ifeoma Castellane-Obi, the health minister, took her seat. She opened in Igbo and "
        "then switched to English. Her first line in English: “We will not rent our hospitals "
        "from anyone.”"
    )
    assert found(text) == [
        ("We will not rent our hospitals from anyone.", "Ifeoma Castellane-Obi", "health minister")
    ]


def test_her_final_word_on_the_matter_introduces_the_quote():
    text = (
        "Ifeoma Castellane-Obi, a nurse at Example Larkfield Clinic, said they had not asked. "
        "Her final word on the matter: “We would rather they spent it on nurses.”"
    )
    assert found(text) == [
        (
            "We would rather they spent it on nurses.",
            "Ifeoma Castellane-Obi",
            "nurse at Example Larkfield Clinic",
        )
    ]


def test_a_relative_clauses_passive_told_does_not_end_the_speakers_turn():
    text = (
        "‘My dad did this job, then I did this job,’ said Lorna Pickavance, a claims handler in "
        "Hull who has been told to wait. ‘I don’t think my son will get the chance.’"
    )
    assert [g[:2] for g in found(text)] == [
        ("My dad did this job, then I did this job", "Lorna Pickavance"),
        ("I don’t think my son will get the chance.", "Lorna Pickavance"),
    ]


def test_when_we_asked_him_the_one_asked_answers():
    text = (
        "Other countries have gone other ways. Joost ter Haar-Velde, who heads the audit unit at "
        "the Flemish regulator, was diplomatic when we asked him about the French model. “Every "
        "country finds its own way. What matters is one face for the companies.”"
    )
    assert [g[:2] for g in found(text)] == [
        (
            "Every country finds its own way. What matters is one face for the companies.",
            "Joost ter Haar-Velde",
        )
    ]


def test_she_added_when_i_asked_the_writer_asks_she_answers():
    text = (
        "Marit Okonkwo-Dahl, a partner at Example Fenlow LLP, advises hospitals on data.\n\n"
        "She added, when I asked whether clinics could just blame the vendor: “They can blame. "
        "The regulator will still look at them first.” — which is the line to print out."
    )
    assert found(text) == [
        (
            "They can blame. The regulator will still look at them first.",
            "Marit Okonkwo-Dahl",
            "partner at Example Fenlow LLP",
        )
    ]


# --- 7. bodies and firms ------------------------------------------------------------------------


def test_a_public_body_with_a_places_word_in_its_name_speaks():
    text = (
        "The regulator is now involved. The Dellow County Health Data Office said in a statement "
        "on Thursday: “We have opened an inquiry into the exposure and asked the company to keep "
        "all its logs.”"
    )
    assert [g[:2] for g in found(text)] == [
        (
            "We have opened an inquiry into the exposure and asked the company to keep all its "
            "logs.",
            "Dellow County Health Data Office",
        )
    ]


def test_a_firms_status_page_is_its_statement():
    text = (
        "Example Harrowgate Cloud has been down since 9am. Harrowgate’s status page reads: “We "
        "have identified a configuration change that is causing errors. We are rolling it back.”"
    )
    assert [g[:2] for g in found(text)] == [
        (
            "We have identified a configuration change that is causing errors. We are rolling it "
            "back.",
            "Example Harrowgate Cloud",
        )
    ]


# --- helpers ---------------------------------------------------------------------------------


def _page(body: str) -> str:
    return (
        "<html><head><title>Saltreach notes</title></head><body><article>"
        f"<h1>Saltreach notes</h1>{body}</article></body></html>"
    )


def _from_page(body: str) -> list[tuple[str, str, str | None]]:
    from digest.editor.articles import extract_html

    main = extract_html(_page(body))[0]
    return found(main)
