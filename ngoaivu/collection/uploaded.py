"""What a unit's uploaded report gives its answer: the texts of its sections, the figures it states
beside the register's, and what the unit should check in it before sending."""

import re

from django.utils.translation import gettext as _

from ngoaivu.core.figure_limits import TEXT_LIMIT
from ngoaivu.core.period_field import in_words
from ngoaivu.pure.periods import Period
from ngoaivu.pure.text import fold
from ngoaivu.pure.wording import format_amount, format_count
from ngoaivu.register.intake_scope import report_issuer
from ngoaivu.register.intake_rules import engine_code, report_value
from ngoaivu.reporting.document import section_label

from .models import Submission
from .answer_outline import all_sections, drafted_texts, measures, numbered
from .services import period_indicator


def _key(text):
    return re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()


def _flatten(read_sections, parent=""):
    for section in read_sections:
        key = f"{parent}.{section.get('number') or ''}" if parent else (section.get("number") or "")
        yield key, section
        yield from _flatten(section.get("children", []), key)


def _statements(template, facts):
    """(code, measure, number, sentence) of each period figure the facts state, in the order of the
    text, for the measures of the template. An amount is in đồng, as the register keeps it."""
    wanted = {}
    for code, _name, measure, _word in measures(template):
        wanted.setdefault(code, set()).add(measure)
    for fact in facts:
        code = period_indicator(fact)
        for measure in sorted(wanted.get(code, ())):
            number = report_value(fact, measure, code)
            stated = fact.get(measure, fact.get("count"))
            whole = measure == "value" or stated == number  # "2,5 đoàn" is no count
            if number is not None and whole:
                yield code, measure, number, fact.get("text", "")


def document_figures(template, facts):
    """{code: {measure: {"document": n, "sentence": "…"}}}: the period figures an uploaded report states,
    the first statement of each, for the measures of the template. An amount is in đồng, as the
    register keeps it: "120.000 USD (tương đương 2,8 tỷ đồng)" is 2.800.000.000; without the đồng it
    stated, a foreign amount is not proposed (reading_warnings says so)."""
    read = {}
    for code, measure, number, sentence in _statements(template, facts):
        read.setdefault(code, {}).setdefault(measure, {"document": number, "sentence": sentence})
    return read


def _differing_statements(template, facts):
    """ "Tệp nêu 02 số liệu khác nhau …": a measure the file states more than once with other numbers
    (two paragraphs of delegations, say). The first is proposed; whether they add up, the unit knows."""
    numbers = {}
    for code, measure, number, _sentence in _statements(template, facts):
        numbers.setdefault((code, measure), [])
        if number not in numbers[code, measure]:
            numbers[code, measure].append(number)
    units = {(code, measure): (name, word) for code, name, measure, word in measures(template)}
    for key, stated in numbers.items():
        if len(stated) > 1:
            name, word = units[key]
            yield _(
                "Tệp nêu %(count)s số liệu khác nhau về «%(name)s»: %(values)s. Số đề xuất là số nêu đầu tiên; "
                "nếu các số liệu là của những hoạt động khác nhau, đề nghị cộng lại và ghi vào ô."
            ) % {
                "count": format_count(len(stated)),
                "name": _(name),
                "values": ", ".join(format_amount(number, word) for number in stated),
            }


def reading_warnings(submission, result):
    """[message]: what the unit should check in the file it uploaded before sending — the reader's
    checks (a blank number or date, parts that do not add up…), a report of another period or of
    another unit, a figure stated twice with other numbers, an amount in a foreign currency with no đồng stated."""
    warnings = [check["message"] for check in result.get("checks", []) if check.get("message")]
    meta = result.get("meta") or {}
    stated, asked = Period.from_dict(meta.get("period")), submission.request.period_for(submission.unit)
    if stated is not None and (stated.kind, stated.year, stated.index) != (asked.kind, asked.year, asked.index):
        warnings.append(
            _("Tệp là báo cáo %(stated)s, khác kỳ được yêu cầu (%(asked)s): kiểm tra số liệu trước khi dùng.")
            % {"stated": in_words(stated), "asked": in_words(asked)}
        )
    # Another unit of the register, not this one nor one whose work it counts (a predecessor).
    issuer, scope = report_issuer(meta), submission.unit.scope(asked.end, own=True)
    if issuer is not None and scope is not None and issuer.pk not in scope.unit_ids:
        warnings.append(
            _("Tệp do %(issuer)s ban hành, không phải báo cáo của %(unit)s: kiểm tra lại tệp đã chọn.")
            % {"issuer": issuer.name, "unit": submission.unit.name}
        )
    warnings.extend(_differing_statements(submission.request.template, result.get("facts", [])))
    for fact in result.get("facts", []):
        if engine_code(fact) == "aid" and fact.get("currency") not in (None, "VND") and not fact.get("value_vnd"):
            warnings.append(
                _(
                    "«%(sentence)s» ghi giá trị bằng %(currency)s, không nêu số tiền quy đổi ra đồng: đề nghị ghi thêm số tiền quy đổi ra đồng."
                )
                % {"sentence": fact.get("text", ""), "currency": fact["currency"]}
            )
    return warnings


def _placed_texts(sections, read_sections):
    """({answer section key: text}, [(heading, text) placed nowhere]) for the sections of a file;
    sections: all_sections of the answer.

    A file's section goes where its heading is the template's, or where its number is a leaf's. Text
    under a heading whose sub-sections it does not have ("1. Công tác lễ tân …" with no a), b)) is the
    section's own text, as the report prints a section's text above its a), b): not the first of them,
    which it does not speak of (the answer form shows it: answer_outline.answer_sections). A text that fits no
    section is kept aside, for the unit to place."""
    by_heading = {_key(heading): key for key, _n, heading, _leaves in sections}
    # A file numbers its sections as the report does: after the section of a country reported apart
    # («4. … Lào»), «5.» is the aid section, keyed I.4; the country's own is keyed by its code.
    paths = numbered(sections)
    leaf_keys = {paths[key]: key for key, _n, _h, leaves in sections if not leaves}
    texts, unplaced = {}, []
    for read_key, section in _flatten(read_sections):
        text = (section.get("text") or "").strip()
        if not text:
            continue
        target = by_heading.get(_key(section.get("heading")))
        if target is None and read_key in leaf_keys:
            target = leaf_keys[read_key]
        if target is None:
            # "V. ĐỀ XUẤT, KIẾN NGHỊ", "b) Đoàn vào": a letter is numbered as the third level is
            number = section.get("number") or ""
            unplaced.append((section_label(number, section.get("heading") or "", 3 if number.islower() else 1), text))
        else:
            texts[target] = f"{texts[target]}\n{text}" if target in texts else text
    return texts, unplaced


def overlong_text(submission, result):
    """(section's label, length) of the first text the file gives a section of the answer beyond
    TEXT_LIMIT characters, or None: such a file is refused whole (tasks.read_submission)."""
    template, unit = submission.request.template, submission.unit
    sections = all_sections(template, unit, submission.request.period_for(unit))
    texts, _unplaced = _placed_texts(sections, result.get("sections", []))
    labels, headings = numbered(sections), {key: heading for key, _n, heading, _leaves in sections}
    for key, text in texts.items():
        if len(text) > TEXT_LIMIT:
            return f"{labels.get(key, key)} {headings.get(key, '')}".strip(), len(text)
    return None


def _unplaced_warning(heading):
    return _(
        "Mục «%(heading)s» của tệp không khớp mục nào của mẫu báo cáo: nội dung của mục chưa được đưa vào câu "
        "trả lời (xem dưới đây); chép vào mục phù hợp nếu cần."
    ) % {"heading": heading}


def _own(key, text, drafted, earlier_file, unknown=False):
    """Whether a saved text is the unit's own words: not the register's draft, nor what an earlier file
    gave it unchanged (earlier_file: {key: that text}, None where only the key was kept: then unknown)."""
    text = (text or "").strip()
    if not text or text == (drafted.get(key) or "").strip():
        return False
    if key in earlier_file:
        return unknown if earlier_file[key] is None else text != earlier_file[key].strip()
    return True


def _merged_texts(current, texts, drafted, earlier_file):
    """(answer's texts, sections kept, {key: the unit's text the file's replaced}) after a file gave texts.

    The file's texts go into the form; what the unit saved there before, in its own words, is kept
    beside them, for the unit to take back (a text never changes unseen). A section the file does not
    have keeps what it had — the unit's words, the register's draft — but what an earlier file gave
    goes with it (a wrong file, then the right one): the draft comes back — unless only the earlier
    file's keys were kept, and the text may be the unit's: then it stays."""
    merged, kept, replaced = {}, 0, {}
    for key, text in current.items():
        own = _own(key, text, drafted, earlier_file)
        perhaps_own = _own(key, text, drafted, earlier_file, unknown=True)
        if key in texts:
            # Perhaps the unit's: offered back rather than lost.
            if perhaps_own and text.strip() != texts[key].strip():
                replaced[key] = text
        elif own:
            merged[key], kept = text, kept + 1
        elif perhaps_own:
            merged[key] = text  # the earlier file's or the unit's, none can tell: never lost
        elif key in earlier_file:
            merged[key] = drafted.get(key) or ""
        else:
            merged[key] = text
    return {**{key: text for key, text in merged.items() if text.strip()}, **texts}, kept, replaced


def from_reading(submission, result, file_name):
    """Keep what the reader found in an uploaded report beside the answer: the texts go into the form,
    the figures beside the register's, for the unit to choose; a read figure never replaces one unseen,
    and a text the unit wrote that the file's replaces stays beside it (sources["replaced"]).
    Returns (figures found, sections read, sections kept, labels of the sections replaced)."""
    template, unit = submission.request.template, submission.unit
    period = submission.request.period_for(unit)
    figures = document_figures(template, result.get("facts", []))
    # The report's own footnotes, for the marks ("¹") its texts carry into the compiled report.
    footnotes = [note.get("text", "") for note in result.get("footnotes", [])]
    earlier = submission.sources or {}
    # An answer read before the file's texts were kept has only their keys.
    earlier_file = earlier.get("file_texts") or dict.fromkeys(earlier.get("file_sections") or [])
    found = sum(len(by_measure) for by_measure in figures.values())
    sections = all_sections(template, unit, period)
    texts, unplaced = _placed_texts(sections, result.get("sections", []))
    # The draft as prefilled (an answer prefilled before it was kept: drafted now, once).
    drafted = earlier.get("drafted")
    if drafted is None:
        drafted = drafted_texts(template, unit, period)[0]
    merged, kept, newly = _merged_texts(submission.texts or {}, texts, drafted, earlier_file)
    # Replaced by an earlier file and not taken back since: still offered.
    replaced = {
        key: text
        for key, text in {**(earlier.get("replaced") or {}), **newly}.items()
        if text.strip() != (merged.get(key) or "").strip()
    }
    submission.sources = {
        "figures": figures,
        "footnotes": footnotes,
        "warnings": reading_warnings(submission, result) + [_unplaced_warning(heading) for heading, _t in unplaced],
        "unplaced": [{"heading": heading, "text": text} for heading, text in unplaced],
        "file_texts": texts,
        "replaced": replaced,
        "drafted": drafted,
    }
    submission.texts = merged
    submission.uploaded_file = file_name[:255]
    if submission.status == Submission.Status.NOT_STARTED:
        submission.status = Submission.Status.DRAFT
    submission.save()
    labels = numbered(sections)
    return found, len(texts), kept, [labels.get(key, key) for key in texts if key in newly]
