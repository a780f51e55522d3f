"""The proposer on press habits found by held-out batches 17 to 19 (issue 23), one class a test.

Every person and firm is invented; the texts are written for these tests, unlike the corpus's.
Expected values are written by hand: the quote as printed (the attribution's comma off), the
speaker as the article introduces them, the role as printed with the name (a leading article
off), or None.
"""

from __future__ import annotations

from digest.editor.quotes import propose


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(p.text, p.speaker, p.role) for p in propose(text)]


def test_a_person_described_with_a_firms_noun_is_still_a_person():
    text = (
        "“The rent went up twice this year and the footfall went down,” said Orla Penhallow, "
        "a harbourside business owner.\n"
        "“I only take contracts I can finish in a week,” wrote Dev Amberley, a freelance "
        "developer in Hull, on his blog."
    )
    assert found(text) == [
        (
            "The rent went up twice this year and the footfall went down",
            "Orla Penhallow",
            "harbourside business owner",
        ),
        (
            "I only take contracts I can finish in a week",
            "Dev Amberley",
            "freelance developer in Hull",
        ),
    ]
