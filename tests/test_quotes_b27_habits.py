"""The proposer on the classes behind blind batch 27's false proposals.

One or more tests per class, on text of its own (invented people, firms and places): the
proposer must follow the sentence's structure, and where the structure gives no role or no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. an unnamed worker described by a noun and an apposition --------------------------------


def test_an_unnamed_worker_with_an_apposition_is_never_proposed():
    text = (
        "Example Parcels opened its new sorting hall in Ravensby in March.\n\n"
        "Another driver, a woman in her forties on the early route, said the scanner in her "
        "van counted every stop against a clock. “The number turns red if you stop for "
        "coffee. Nobody phones you. The red number does the phoning,” she said.\n"
    )
    assert found(text) == []


# --- 2. `Rt Hon`, `The Rt Hon` and `Hon.` are honorifics ----------------------------------------


def test_rt_hon_dame_is_left_out_of_the_name():
    text = (
        "Example Mutual published its annual results on Tuesday.\n\n"
        "Rt Hon Dame Lavinia Okonkwo-Thorne, Example Mutual’s chair, said:\n\n"
        "“Our members asked for fewer forms and faster answers, and this year we gave them "
        "both.”\n"
    )
    quote = "Our members asked for fewer forms and faster answers, and this year we gave them both."
    assert found(text) == [(quote, "Lavinia Okonkwo-Thorne", "Example Mutual’s chair")]


def test_the_rt_hon_is_left_out_of_the_name():
    text = (
        "Example Building Society opened two branches in Wexley.\n\n"
        "“A branch is still where people bring the hard questions,” said The Rt Hon Basil "
        "Ferreira-Nolan, the society’s president.\n"
    )
    quote = "A branch is still where people bring the hard questions"
    assert found(text) == [(quote, "Basil Ferreira-Nolan", "society’s president")]


# --- 3. a role never keeps a relative clause -----------------------------------------------------


def test_the_role_is_the_apposition_after_the_name_not_a_relative_clause():
    text = (
        "The tribunal heard the appeal in Leeds on Monday.\n\n"
        "The barrister who represented him, Winifred Achterberg-Mensah, a partner at the "
        "Leeds firm Example Audit LLP, told the panel the ledgers had been rewritten. ‘Every "
        "figure we checked had been typed in twice,’ she said.\n"
    )
    quote = "Every figure we checked had been typed in twice"
    role = "partner at the Leeds firm Example Audit LLP"
    assert found(text) == [(quote, "Winifred Achterberg-Mensah", role)]


# --- roles left empty -----------------------------------------------------------------------------


def test_postnominal_kc_is_the_role():
    text = (
        "The tribunal sat for a second day in Chester.\n\n"
        "For the regulator, Ottilie Brannagh-Sowande KC told the panel the software was beside "
        "the point. ‘A signature means the barrister read the document,’ she said.\n"
    )
    quote = "A signature means the barrister read the document"
    assert found(text) == [(quote, "Ottilie Brannagh-Sowande", "KC")]


def test_an_office_of_claims_after_a_curly_possessive_is_the_role():
    text = (
        "Example Friendly Society replaced its claims forms in April.\n\n"
        "Example Friendly’s director of claims, Lorcan Adebayo-Quist, said the new forms were "
        "shorter. ‘Half the questions were ones we already knew the answer to,’ he said.\n"
    )
    quote = "Half the questions were ones we already knew the answer to"
    role = "Example Friendly’s director of claims"
    assert found(text) == [(quote, "Lorcan Adebayo-Quist", role)]


def test_the_role_before_named_is_the_role():
    text = (
        "The studio closed its Dundee office in May.\n\n"
        "One of those let go, a former sound engineer named Fenella Osterberg-Nkem, says she "
        'has already found work, a move she calls "the quickest job hunt of my life."\n'
    )
    quote = "the quickest job hunt of my life."
    assert found(text) == [(quote, "Fenella Osterberg-Nkem", "former sound engineer")]


def test_one_of_several_after_an_opening_phrase_is_the_role():
    text = (
        "The board voted on the new licence on Friday.\n\n"
        "By Saturday, Anselm Oduya-Strand, one of the two trustees who abstained, posted on "
        'the forum. "I abstained because nobody asked the people who wrote the code," he wrote.\n'
    )
    quote = "I abstained because nobody asked the people who wrote the code"
    assert found(text) == [(quote, "Anselm Oduya-Strand", "one of the two trustees")]


def test_a_bracketed_occupation_after_a_dash_and_an_honorific_is_the_role():
    text = (
        "## The hydrologist\n\n"
        '"The sensors read the river well until the first flood fills them with silt." -- '
        "Dr Anneliese Mwangi-Roth (hydrologist, Example River Trust)\n"
    )
    quote = "The sensors read the river well until the first flood fills them with silt."
    role = "hydrologist, Example River Trust"
    assert found(text) == [(quote, "Anneliese Mwangi-Roth", role)]


def test_the_role_before_the_relative_clauses_of_whose_real_name_is():
    text = (
        "A data broker's archive of passport scans was offered for sale last week.\n\n"
        "A freelance analyst who writes as @saltmarsh_intel, and whose real name is Bertrand "
        "Oyelowo-Finch, found the listing first. “Nothing posted there is ever really taken "
        "down,” Oyelowo-Finch said.\n"
    )
    quote = "Nothing posted there is ever really taken down"
    assert found(text) == [(quote, "Bertrand Oyelowo-Finch", "freelance analyst")]


# --- a fediverse handle ---------------------------------------------------------------------------


def test_a_fediverse_handle_is_its_local_part_later():
    text = (
        "By Wednesday the quarrel had moved to Mastodon. Tomasz Lindqvist-Oyelaran "
        "(@tomlo@example.town), who maintains the parser, posted about a fork.\n\n"
        '@tomlo later added: "The fork is called Driftnet. Send your patches there."\n'
    )
    quote = "The fork is called Driftnet. Send your patches there."
    assert found(text) == [(quote, "Tomasz Lindqvist-Oyelaran", None)]


def test_the_thread_began_in_the_paragraph_after_the_poster():
    text = (
        "By Wednesday the quarrel had moved to Mastodon. Tomasz Lindqvist-Oyelaran "
        "(@tomlo@example.town), who maintains the parser, posted a thread about a fork.\n\n"
        'The thread began: "The parser stays MIT-licensed up to last night. Forks welcome."\n'
    )
    quote = "The parser stays MIT-licensed up to last night. Forks welcome."
    assert found(text) == [(quote, "Tomasz Lindqvist-Oyelaran", None)]


def test_the_thread_began_after_a_paragraph_naming_two_is_left_alone():
    text = (
        "Tomasz Lindqvist-Oyelaran and Hedda Amankwah-Berg posted a thread about a fork.\n\n"
        'The thread began: "The parser stays MIT-licensed up to last night. Forks welcome."\n'
    )
    assert [q for q in found(text) if q[1]] == []
