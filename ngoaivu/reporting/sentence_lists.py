"""The lists of a sentence spec written out: a list's rows, their fields in the official style, a
list spec's items joined. Pure Python; the patterns they sit in are sentences.py's.

Lists. The application supplies rows of plain data (lists.py: build_lists); the template says
how they are written. A list spec names the list and writes each row with "item", a pattern in
which the row's fields are placeholders ({title}, {persons}…):

    {"list": "outgoing_delegations",
     "item": "Trong tháng {month:raw}, tổ chức đoàn công tác đến {countries} ({persons} người): {title}",
     "join": ". ",            # items joined into one sentence by this (without it: one paragraph per item)
     "last": " và ",          # before the last item, instead of "join" (optional: "22, 23 và 24")
     "end": ".",              # written after the items (optional)
     "footnote": "…",         # a footnote per item, from its fields (optional; none when it is empty)
     "if": "…",               # optional; when it fails, or the list is empty, "empty" (or "else") is written
     "empty": "Không có …"}

A list spec is a piece inside a sentence's text (["Ký kết … thỏa thuận quốc tế: ", {"list": …,
"join": "; "}, "."]), or an entry of a section body: with "join", one sentence (it takes
"paragraph" as a sentence does); without, one paragraph per item (an item's "\\n" starts another).
An item pattern is itself a pattern: it may hold pieces and conditions on the row's fields
({"if": "returning", "text": …, "else": …}), and every other placeholder.

Fields are written in the official style: a number as a count ("04"; {FIELD:raw} as stored:
"8", "22"; {FIELD:number} "1.234"; {FIELD:money} "7,037 tỷ đồng"), a date as "18/3/2021", a
list of names as an enumeration ("Lào và Campuchia"); {FIELD:lower} puts the first letter in
lower case, for a phrase inside a sentence; {FIELD:clause} only when it opens with a verb of work
("Phối hợp …", not a name: pure/wording.as_clause). Besides its own fields an item has {letter}: a, b,
c… by position. The lists and their fields are described in lists.py, which fetches the rows.

Templates written before list specs existed say {lists.NAME.joined}, {lists.NAME.joined_sentence},
{lists.aid.kind_phrase}, {lists.articles.languages}, and in items {summary_phrase} and {result}:
these still write what they wrote, from the rows, by the list specs of old_keys.py.
"""

from dataclasses import dataclass
from datetime import date

from ngoaivu.pure.wording import as_clause, format_count, format_date, format_money, format_number

from .old_keys import OLD_ITEM_FIELDS, OLD_LIST_KEYS

LETTERS = "abcdđeghiklmnopqrstuvxy"  # Vietnamese outlines skip f, j, w, z and use đ
FIELD_FORMATS = ("raw", "number", "money", "lower", "clause")


def _sentences():
    """sentences.py, which fills the patterns a list's items are written by and writes a list inside a
    pattern by this module: imported when a list is written, so that either module may be imported first."""
    from . import sentences

    return sentences


@dataclass
class Item:
    """One row of a list while its item pattern is filled."""

    name: str  # the list's
    fields: dict


def list_rows(name, context):
    """The rows of a list the template names."""
    try:
        return context.lists[name]
    except KeyError:
        raise _sentences().PatternError(f"Không có danh sách «{name}».") from None


def list_words(rest, spec, context):
    """{lists.NAME.count}, and the keys of templates written before list specs."""
    name, _d, key = rest.partition(".")
    rows = list_rows(name, context)
    if key == "count":
        return len(rows) if spec == "raw" else format_count(len(rows))
    old = OLD_LIST_KEYS.get(f"{name}.{key or 'joined'}")
    if old is None:
        raise _sentences().PatternError(
            f"Danh sách «{name}» không có «{key}»: dùng {{lists.{name}.count}}, hoặc viết từng mục bằng "
            f'{{"list": "{name}", "item": "…"}}.'
        )
    return _sentences().fill(old, context)


def item_field(item, name, context):
    """A field of the row being written; an unknown one is named for the administrator."""
    if name in item.fields:
        return item.fields[name]
    old = OLD_ITEM_FIELDS.get(item.name, {}).get(name)
    if old is not None:
        return _sentences().fill(old, context, item)
    known = ", ".join(sorted(item.fields))
    raise _sentences().PatternError(f"Danh sách «{item.name}» không có trường «{name}» (các trường: {known}).")


def format_field(value, spec=""):
    """A field of a list's row as the reports write it: counts "04", dates "18/3/2021", "A, B và C"."""
    if spec and spec not in FIELD_FORMATS:
        raise _sentences().PatternError(f"Không có cách viết «{spec}» (dùng {', '.join(FIELD_FORMATS)}).")
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return join_vi(format_field(part, spec) for part in value)
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, int) and spec != "raw":
        return {"money": format_money, "number": format_number}.get(spec, format_count)(value)
    text = str(value)
    if spec == "clause":
        return as_clause(text)
    return text[:1].lower() + text[1:] if spec == "lower" else text


def list_shows(spec, context, item=None):
    """Whether a list spec writes its items: its "if" holds and the list has some."""
    return bool(list_rows(spec["list"], context)) and _sentences().holds(spec.get("if"), context, item)


def list_items(spec, context):
    """(text, footnote) of each row of a list spec, filled from the row's fields."""
    name = spec["list"]
    for position, row in enumerate(list_rows(name, context)):
        item = Item(name, {"letter": LETTERS[position % len(LETTERS)], **row})
        text = _sentences().fill(spec.get("item", ""), context, item)
        yield text, _sentences().fill(spec.get("footnote", ""), context, item).strip()


def write_list(spec, context, item=None):
    """A list spec with "join": its items in one piece of text, each footnote marked after its item."""
    if not list_shows(spec, context, item):
        return _sentences().fill(spec.get("empty", spec.get("else", "")), context, item)
    texts = []
    for text, note in list_items(spec, context):
        if note and text:
            context.footnotes.append(note)
            text = mark_before_stop(text, len(context.footnotes))
        if text:  # an item whose condition writes nothing («"if": "apart"») leaves no separator behind
            texts.append(text)
    if not texts:
        return ""
    join = spec.get("join", "")
    last = spec.get("last", join)
    joined = f"{join.join(texts[:-1])}{last}{texts[-1]}" if len(texts) > 1 else texts[0]
    return joined + _sentences().fill(spec.get("end", ""), context, item)


def mark_before_stop(sentence, number):
    """A footnote mark goes before the final full stop, as in "…UBND tỉnh¹."."""
    mark = f"[[fn:{number}]]"
    if sentence.endswith("."):
        return sentence[:-1] + mark + "."
    return sentence + mark


def join_vi(items):
    """ "22, 23 và 24" — a Vietnamese enumeration."""
    items = [str(item) for item in items]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} và {items[-1]}"
