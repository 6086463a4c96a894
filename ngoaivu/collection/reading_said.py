"""What the reading of a unit's file tells the unit (Submission.reading_said), said in the language of
whoever opens the answer: the reading runs in the background, in no one's language, and the unit and the
office may have chosen different ones.

What is stored is a list of parts, each a message marked for the catalogue (a gettext_noop template) and
its values: {"message": "…", "params": {name: value}, "counts": [names]}. The figures in it are written
when shown: a value named in "counts" as a count ("04" in Vietnamese, "4" in English), any other number
as the screens write numbers ("20.000" / "20,000"). A part that is a plain string, or a whole message that
is one (stored before messages were kept so), is shown as it is.
"""

from types import SimpleNamespace

from ngoaivu.core.errors import error_text
from ngoaivu.core.screen_figures import screen_count, screen_number


def part(message: str, /, counts=(), **params) -> dict:
    """A part of what is said: message, a gettext_noop template; params, its values (a number stays a
    number, to be written in the reader's language); counts, the names of the values that are counts."""
    stored = {name: value if isinstance(value, int | float | str) else str(value) for name, value in params.items()}
    said = {"message": message, "params": stored}
    if counts:
        said["counts"] = list(counts)
    return said


def _written(name, value, counts):
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    return screen_count(value) if name in counts else screen_number(value)


def part_text(said) -> str:
    """One part in the active language, its figures written as that language writes them."""
    if isinstance(said, str):
        return said
    counts = said.get("counts", ())
    params = {name: _written(name, value, counts) for name, value in said.get("params", {}).items()}
    # error_text: the reader's messages name a file's reason for failing, translated with the line.
    return error_text(SimpleNamespace(message=said["message"], params=params))


def said_text(said) -> str:
    """The whole of what is said (a list of parts, or a plain string kept from before) in the active language."""
    if isinstance(said, str):
        return said
    return " ".join(text for text in map(part_text, said or ()) if text)
