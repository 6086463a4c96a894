"""Markup typed or pasted into a text (from a web page, an e-mail, Word's HTML): a report prints its texts as
written, so «<b>đậm</b>» comes out with its tags and «&nbsp;» as six characters. Found to be asked about,
never removed: the writer may have meant them. No Django."""

import re
from html.entities import html5

# The elements of HTML a text brings from a page or an editor. A word in angle brackets that names none
# («<tên cơ quan>», «<ten don vi>»: a placeholder of a form) is a placeholder, not markup.
_ELEMENTS = set(
    """a abbr address area article aside audio b base bdi bdo big blockquote body br button canvas caption
    center cite code col colgroup data dd del details dfn dialog div dl dt em embed fieldset figcaption figure
    font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label
    legend li link main map mark meta nav noscript object ol optgroup option output p param picture pre q s
    samp script section select small source span strike strong style sub summary sup svg table tbody td
    template textarea tfoot th thead time title tr track tt u ul var video wbr xml""".split()
)
# A tag: «<b>», «</p>», «<br/>», «<span style="…">», Word's «<o:p>» (a name with its prefix); a comment
# («<!-- … -->», Word's «<!--[if gte mso 9]>»); a declaration («<!DOCTYPE html>»). «a < b > c» is none: the
# name follows «<» at once.
_TAG = re.compile(
    r"<!--.*?(?:-->|$)|<![A-Za-z\[][^<>]*>|</?([A-Za-z][A-Za-z0-9]*(?::[A-Za-z][\w.-]*)?)(?:[\s/][^<>]*)?>", re.S
)
# A character reference: «&nbsp;», «&amp;», «&#160;», «&#xA0;».
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|([A-Za-z][A-Za-z0-9]{1,31}));")
SHOWN = 40  # characters of a fragment named in a message; a longer tag is cut («<span style="…"…»)


def markup_fragments(text: str) -> list[str]:
    """Each tag, comment or character reference of HTML in text, as written (cut to SHOWN characters), once
    each, in their order: ["<b>", "</b>", "&nbsp;"]."""
    text = text or ""
    tags = [match for match in _TAG.finditer(text) if _is_markup(match.group(1))]
    found = [(match.start(), match.group(0)) for match in tags]
    for match in _REFERENCE.finditer(text):
        inside = any(tag.start() < match.start() < tag.end() for tag in tags)  # named with its tag
        if not inside and (match.group(1) is None or f"{match.group(1)};" in html5):
            found.append((match.start(), match.group(0)))
    fragments: list[str] = []
    for _start, fragment in sorted(found):
        shown = " ".join(fragment.split())
        shown = shown if len(shown) <= SHOWN else shown[: SHOWN - 1] + "…"
        if shown not in fragments:
            fragments.append(shown)
    return fragments


def _is_markup(name: str | None) -> bool:
    """A comment, a declaration (no name), an element of HTML, or a name with its prefix (Word's «o:p»)."""
    return name is None or ":" in name or name.lower() in _ELEMENTS
