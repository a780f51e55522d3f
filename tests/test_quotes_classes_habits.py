"""The proposer on the classes batches 34 and 35 left: statements by firms and public bodies, ...

One or more tests per class, on text of its own (invented people, firms and places): the
proposer must follow the sentence's and the page's structure, and where the structure gives no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. statements by firms and public bodies -------------------------------------------------


def test_the_company_said_in_a_statement_before_a_colon_is_the_firm():
    text = (
        "Brisk Harbour Couriers, a parcel firm based in Hull, cut forty drivers' routes on "
        "Friday.\n\n"
        "Later that evening the company said in a statement: “Every driver keeps their pay "
        "until the new routes are agreed with the union.”\n"
    )
    assert found(text) == [
        (
            "Every driver keeps their pay until the new routes are agreed with the union.",
            "Brisk Harbour Couriers",
            None,
        )
    ]


def test_a_public_bodys_name_with_a_compass_word_is_no_place():
    text = (
        "The ward will reopen in May. In a statement, the North Fenwick Health Board said: "
        "‘No patient waited longer because of the closure, and every operation was moved to "
        "Castlebrae.’\n"
    )
    got = found(text)
    assert [g[1:] for g in got] == [("North Fenwick Health Board", None)]


def test_the_company_is_the_full_name_a_short_name_stands_for():
    text = (
        "The cider comes from Tarnwell Orchard Cider, a Somerset maker that sells in forty "
        "countries. Tarnwell buys apples from thirty farms.\n\n"
        "In a reply to our questions, the company said: “We pay every farm the same price "
        "per tonne, whatever the harvest.”\n"
    )
    got = found(text)
    assert [g[1] for g in got] == ["Tarnwell Orchard Cider"]


def test_it_said_after_the_company_sent_a_statement():
    text = (
        "Two managers from Quarrell Glassworks, which makes bottles for breweries, spoke at "
        "the hearing.\n\n"
        "The company later emailed a statement to the committee. “No furnace will close "
        "before the new one is lit,” it said.\n"
    )
    got = found(text)
    assert [g[1:] for g in got] == [("Quarrell Glassworks", None)]


def test_an_unnamed_spokesperson_for_the_company_stays_anonymous():
    # docs/quotes.md: `a spokesperson for the regulator said` is an anonymous source
    text = (
        "Brisk Harbour Couriers cut forty routes on Friday. A spokesperson for the company "
        "said: “Every driver keeps their pay until the new routes are agreed.”\n"
    )
    assert found(text) == []


def test_a_firms_claim_quoted_in_the_writers_sentence_is_no_quote():
    text = (
        "Brisk Harbour Couriers said in a statement on Friday that drivers had been told. The "
        "company said the new routes would be “agreed with every driver before they start”.\n"
    )
    assert found(text) == []


def test_it_said_of_a_document_is_nobodys():
    text = (
        "The regulator's report was published on Friday. “Not one of the nine lenders checked "
        "a borrower's income before approving the loan,” it said.\n"
    )
    assert [g for g in found(text) if g[1]] == []
