"""The style checks of a report's text, asked about and never changed: counts under ten written with one
digit («5 đoàn» for «05 đoàn», pure/wording.bare_counts), figures of a thousand or more without their
thousands dots («1234 lượt» for «1.234 lượt», «1234567,5 đồng» for «1.234.567,5 đồng», undotted_counts), figures in the English writing («4,600,000,000»,
«1.5 tỷ», english_figures), dates the calendar lacks («31/02/2024»), dates with a two-digit year («10/3/24») and
markup pasted with a text («<b>», «&nbsp;», pure/markup.py), which the DOCX prints as written. The
section editor asks them (forms.section_warnings), and so do a unit's answers to a request, typed or read
from its file (collection), whose texts go into the compiled report as written."""

import re

from django.utils.translation import gettext as _

from ngoaivu.core.date_fields import no_such_day, refuse_date
from ngoaivu.pure.markup import markup_fragments
from ngoaivu.pure.wording import bare_counts, english_figures, undotted_counts

# A date written dd/mm/yyyy (or with dots or dashes) within a text.
_WRITTEN_DAY = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-]?\d)")
# A date whose year has two digits («10/3/24»): slashes only, a day and a month that can be, not a
# document's number («24/3/15/QĐ»: a word or a slash follows) nor a fraction of a figure.
_SHORT_YEAR_DAY = re.compile(r"(?<![\w/.,-])(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])/(\d{2})(?![\w/.,-]?\w)")


def impossible_days(text):
    """[what no_such_day says] of each date in text that is none («Ngày 31/02/2024 không có: …»), once each."""
    found = []
    for match in _WRITTEN_DAY.finditer(text or ""):
        said = no_such_day(match.group(0))
        if said and said not in found:
            found.append(said)
    return found


def short_years(text):
    """[what the date boxes say of it] of each date in text written with a two-digit year, once each."""
    found = []
    for match in _SHORT_YEAR_DAY.finditer(text or ""):
        said = refuse_date(match.group(0))
        if said not in found:
            found.append(said)
    return found


def style_warning(text):
    """The message of what text should be checked for, or "" when nothing."""
    said = []
    bare = bare_counts(text)
    if bare:
        said.append(
            _("Số đếm dưới 10 nên viết bằng hai chữ số theo văn phong hành chính: %(counts)s.")
            % {"counts": "; ".join(f"«{written}» → «{official}»" for written, official in bare)}
        )
    undotted = undotted_counts(text)
    if undotted:
        said.append(
            _("Số từ 1.000 trở lên nên có dấu chấm phân cách hàng nghìn: %(counts)s.")
            % {"counts": "; ".join(f"«{written}» → «{official}»" for written, official in undotted)}
        )
    english = english_figures(text)
    if english:
        said.append(
            _(
                "Số viết theo kiểu tiếng Anh; văn bản hành chính dùng dấu chấm phân cách hàng nghìn và dấu phẩy "
                "thập phân: %(figures)s."
            )
            % {"figures": "; ".join(f"«{written}» → «{official}»" for written, official in english)}
        )
    said.extend(impossible_days(text))
    said.extend(short_years(text))
    markup = markup_fragments(text)
    if markup:
        said.append(
            _(
                "Nội dung có mã định dạng HTML; báo cáo sẽ in nguyên các ký tự này như đã viết: %(fragments)s. "
                "Nên xóa các mã này."
            )
            % {"fragments": "; ".join(f"«{fragment}»" for fragment in markup)}
        )
    return " ".join(said)
