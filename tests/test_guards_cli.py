"""`digest check` as an editor reads it: exit code, problem lines and the summary line.
README: any error means exit 1; an entry whose `added` is in the future is valid, left out
until then, with a note (a note is neither an error nor a warning)."""

from __future__ import annotations

from digest.commands.cli import main


def test_a_scheduled_entry_gets_a_note_that_is_not_counted_as_a_warning(
    content, write_entry, valid_entry, capsys
):
    later = valid_entry.replace("date: 2022-09-15", "date: 2022-09-15\nadded: 2099-01-01")
    write_entry(content, "entries/2022/later.md", later)
    assert main(["check", "--no-cache", "--content", "content"]) == 0
    out, err = capsys.readouterr()
    assert out == (
        "content/entries/2022/later.md:4: note: added: scheduled for 2099-01-01 00:00 UTC; "
        "left out until then\n"
    )
    assert err == "1 entry checked, 1 valid; 0 errors, 0 warnings\n"


def test_a_future_date_without_added_is_noted_at_the_date(
    content, write_entry, valid_entry, capsys
):
    """Without `added`, the date is when the entry appears: the note names `date`, at its line."""
    later = valid_entry.replace("date: 2022-09-15", "date: 2099-01-01")
    write_entry(content, "entries/2099/later.md", later)
    line = later.split("\n").index("date: 2099-01-01") + 1
    assert main(["check", "--no-cache", "--content", "content"]) == 0
    out, _ = capsys.readouterr()
    assert out == (
        f"content/entries/2099/later.md:{line}: note: date: scheduled for 2099-01-01 00:00 UTC; "
        "left out until then\n"
    )
