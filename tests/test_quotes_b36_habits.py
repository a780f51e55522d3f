"""The proposer on the classes behind blind batch 36's misses and wrong proposals.

One or more tests per class, on text of its own (invented people, firms and places): the
proposer must follow the sentence's and the page's structure, and where the structure gives no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. titles and names of bodies ------------------------------------------------------------


def test_a_master_office_before_a_name_is_the_role():
    text = (
        "Forty trawlers stayed in port on Monday. Stationmaster Ewart Pilkington-Rhys said the "
        "line would reopen “as soon as the last carriage has been towed clear of the points”.\n"
    )
    got = found(text)
    assert got[0][1:] == ("Ewart Pilkington-Rhys", "Stationmaster")


def test_a_bodys_name_runs_on_past_of():
    text = (
        "The closure has angered shopkeepers. In a letter to the transport minister, the "
        "Brackenford Chamber of Commerce wrote: “Our members lose trade every week the bridge "
        "stays shut. We want a date for its reopening.”\n"
    )
    got = found(text)
    assert [g[1:] for g in got] == [("Brackenford Chamber of Commerce", None)]


def test_a_hospitals_name_is_no_person():
    text = (
        "Our reporter spoke to Imogen Castellane-Obi, a porter who had waited two hours for a bus "
        "to Harlow Vale Infirmary.\n\n"
        "“I have phoned my supervisor twice and the shift has started without me,” she said.\n"
    )
    got = found(text)
    assert got[0][1] == "Imogen Castellane-Obi"


def test_a_watchdog_with_a_compass_word_in_its_name_speaks():
    text = (
        "Example Consumer Panel West, the energy watchdog, said in a statement: “Customers who "
        "were overcharged must be paid back before the winter, not after it.”\n"
    )
    got = found(text)
    assert [g[1] for g in got] == ["Example Consumer Panel West"]


# --- 2. firms by their shorter names ----------------------------------------------------------


def test_a_firms_one_word_name_speaks_for_the_firm():
    text = (
        "The scanners, sold by Example Corvale Systems under a contract signed in 2024, "
        "check every parcel at the depot.\n\n"
        "Corvale said in a statement released overnight: “A faulty update sent on Sunday made "
        "the scanners reject sealed parcels. It has been withdrawn.”\n"
    )
    got = found(text)
    assert [g[1:] for g in got] == [("Example Corvale Systems", None)]


def test_a_firms_two_word_short_name_is_its_full_name():
    text = (
        "For a decade Pellow ran deliveries for the bakery chain Example Hartwell Loaves.\n\n"
        "Hartwell Loaves said in a statement that it had changed its checks. “Every delivery is "
        "now signed for by two people, which is what we should always have done,” the "
        "company said.\n"
    )
    got = found(text)
    assert [g[1] for g in got] == ["Example Hartwell Loaves"]


def test_a_persons_possessive_before_lawyer_is_no_firm():
    text = (
        "Gideon Marlow Tressider, 52, of Eastwold, admitted the thefts in May.\n\n"
        "Tressider's lawyer, Ophelia Drummond-Lake, said he had repaid most of the money.\n\n"
        "Tressider, in a dark jacket, said nothing in court. In a letter to the magistrates — "
        "handed up by Ms Drummond-Lake — he wrote: “I am sorry for every one of those days, "
        "and I will pay back the rest.”\n"
    )
    got = found(text)
    assert got[-1][1] == "Gideon Marlow Tressider"


# --- 3. questions put -------------------------------------------------------------------------


def test_an_analysts_question_is_a_question_put():
    text = (
        "Priya Anand-Holt, an analyst at Example Fenmore Securities, pressed her on margins. "
        "“Is this about price, or have you simply lost the customers?” Anand-Holt asked.\n"
    )
    assert found(text) == []


def test_a_fragment_after_asking_whether_is_the_question_put():
    text = (
        "Signe Lindqvist, the agency's director, dismissed the idea when a reporter put it to "
        "her, asking whether the launch was “a plan or a wish”. She said the rocket was "
        "already on the pad.\n"
    )
    assert found(text) == []


# --- 4. roles ---------------------------------------------------------------------------------


def test_a_qualified_office_before_a_name_is_cut_at_who():
    text = (
        "The Marrowdale director who signed the deal, Ottilie Brandvik-Saal, says she hesitated. "
        "“They showed me slides twice,” she says. “The third time they showed me an order.”\n"
    )
    got = found(text)
    assert got[0][1:] == ("Ottilie Brandvik-Saal", "Marrowdale director")


def test_an_office_a_copula_ends_the_sentence_before_on():
    text = (
        "The man charged with the cuts is the group's new finance director. Lorcan "
        "Featherstone-Ade, who arrived from a rival in June, told investors the plan was "
        "simple.\n\n"
        "“We will sell the two plants that lose money and keep the four that make it,” "
        "Featherstone-Ade said.\n"
    )
    got = found(text)
    assert got[0][1:] == ("Lorcan Featherstone-Ade", "group's new finance director")


# --- 5. the subject past an aside -------------------------------------------------------------


def test_the_subject_past_a_dash_aside():
    text = (
        "Inspector Halvard Quist — the detective who spent a year on the case — said outside "
        "court that one phone call started it. “A pensioner asked why her bank had paid a "
        "roofer she had never met.”\n"
    )
    got = found(text)
    assert got[0][1:] == ("Halvard Quist", "Inspector")


def test_the_subject_past_an_apposition_with_a_relative_clause():
    text = (
        "Ruairi Obasanjo-Kerr, secretary of Branch 12 of the Example Bus Drivers Union, which "
        "speaks for about 800 drivers at the three depots, said in an interview that nobody "
        "had asked them. “They built the depots and promised us jobs for life.”\n"
    )
    got = found(text)
    assert got[0][1] == "Ruairi Obasanjo-Kerr"


# --- 6. pronouns and relations ----------------------------------------------------------------


def test_a_pronoun_sentence_introduces_the_quote_after_it():
    text = (
        "Marguerite Olawale-Finch, who runs the ferry company, said the timetable would stay. "
        "She was in no mood to apologise. “We run the boats the tide allows us to run.”\n"
    )
    got = found(text)
    assert got[0][1] == "Marguerite Olawale-Finch"


def test_a_relation_as_the_subject_of_says():
    text = (
        "Her father, Bartholomew Ekanem-Royce, still keeps the shop in Tarrow where she learned "
        "to solder. “She took the radio apart on a Sunday and had it working by tea,” her "
        "father says.\n"
    )
    got = found(text)
    assert got[0][1:] == ("Bartholomew Ekanem-Royce", None)


def test_what_someone_said_as_the_subject_of_a_copula():
    text = (
        "Cosmo Delahaye-Yusuf, a lecturer at the Example Marlpit Institute, has studied every "
        "port strike since 1990. His view is that “the machines will win this one, but not for "
        "the reasons the owners give”.\n"
    )
    got = found(text)
    assert got[0][1] == "Cosmo Delahaye-Yusuf"


def test_a_named_reply_before_a_colon():
    text = (
        "Wilhelmina Osei-Tarrant, the project's founder, stepped down on Monday.\n\n"
        "Example Tollgate's chief executive, Ambrose Kettering, offered to pay two maintainers. "
        "“We should have asked before we launched,” he wrote.\n\n"
        "Osei-Tarrant's answer, a comment under Kettering's post, was one line: “Money is nice. "
        "It is also three years too late.”\n"
    )
    got = found(text)
    assert got[-1][1:] == ("Wilhelmina Osei-Tarrant", "project's founder")
