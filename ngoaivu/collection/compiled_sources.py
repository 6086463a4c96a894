"""Where a compiled report's figures come from: for each section, each indicator its sentences name, the
figure of each window (the period, the year to date, the same times last year) and, unit by unit by name,
what each adds to it: an accepted answer's figure, linked to the answer, or the register rows counted, of
the asking unit's own work and of each unit counted by its register (the border guard's detained boat, the
units a sentence calls «03 đơn vị khác»), listed as an ordinary report's sources page lists them
(reporting/sources.py). Counted as the compiled report counts them (compiled_figures.py): the period's
figure of an answering unit is its answer's, its year to date its register's earlier months and its answer."""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.core.amounts import amounts_shown
from ngoaivu.core.models import Unit
from ngoaivu.core.period_field import in_words
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.periods import CUSTOM, Period
from ngoaivu.pure.wording import screen_date
from ngoaivu.register.counting import windows
from ngoaivu.reporting.sources import (  # as the ordinary page reads and lists them
    codes_by_section,
    register_window,
    window_names,
)

from .compilation import answers_of, counted_context
from .compiled_figures import by_register, compiled_cells, counted_figures


@dataclass(frozen=True)
class Counted:
    """One compilation's counting, read once for the page: its parts (compiled_figures.Parts), its accepted
    answers and their held_counts, the compiled figures, the units' names and the units asked."""

    request: object
    found: object
    accepted: list
    held: list
    figures: dict
    names: dict
    asked: set

    def cells(self, code, measure):
        """compiled_cells of code's measure: the asking unit's own work, each answer's, each other unit's."""
        own = self.found.parts.get(("own", self.request.unit_id), {})
        return compiled_cells(own, self.accepted, code, measure, self.held, self.found.others)


def _counted(request):
    submissions = answers_of(request)
    accepted, found, held, context = counted_context(request, submissions)
    names = {u.pk: u.report_name for u in Unit.objects.filter(pk__in=[pk for _kind, pk in found.scopes])}
    figures = context.figures | _listed_figures(request, found, accepted, held, context.figures)
    return Counted(request, found, accepted, held, figures, names, {s.unit_id for s in submissions})


def _listed_figures(request, found, accepted, held, figures):
    """The compiled figures of the indicators a section names by a list of their rows only («xin ý kiến Bộ
    Ngoại giao về dự thảo …», a letter issued), which the report's context does not count: counted here as it
    counts the others (compilation.compiled_context), so that their total is the sum of the parts listed."""
    sections = request.template.definition.get("sections", [])
    codes = [code for _key, named in codes_by_section(sections) for code in named if code not in figures]
    if not codes:
        return {}
    _cells, listed = counted_figures(
        list(dict.fromkeys(codes)), found, found.parts[("own", request.unit_id)], accepted, held
    )
    return listed


def compiled_sources(request, user):
    """[{"section", "key", "indicators": [{"name", "windows": [{"label", "amounts", "parts": [...]}]}]}] of the
    report compiled from request, for the sections of its report that state figures; [] before the report is
    made. Each part: {"unit", "how", "amounts", "answer" (the Submission, or None), "rows", "more", "hidden"},
    the rows as the ordinary page lists them (readable by user, linked), and an answer's "earlier": its
    register's months of the year before the period, in the year to date."""
    report = request.report
    if report is None:
        return []
    counted = _counted(request)
    if not counted.accepted:
        return []
    spans = windows(counted.found.period)
    sections = {s.key: s for s in report.sections.all()}
    out = []
    for key, codes in codes_by_section(request.template.definition.get("sections", [])):
        if not codes or key not in sections:
            continue
        indicators = [_indicator(code, counted, spans, user) for code in codes]
        out.append({"section": str(sections[key]), "key": key, "indicators": indicators})
    return out


def _indicator(code, counted, spans, user):
    windows_of = [_window(code, name, spans, counted, user) for name in window_names(code, spans)]
    return {"name": _(BY_CODE[code].name), "windows": windows_of}


def _window(code, name, spans, counted, user):
    """One window of code: the compiled figure, then each unit's part of it, by name."""
    indicator = BY_CODE[code]
    figures = counted.figures.get(code, {})
    total = [(getattr(figures[m.name], name) if m.name in figures else 0, m.unit) for m in indicator.measures]
    cells = {m.name: counted.cells(code, m.name) for m in indicator.measures}
    parts = []
    own = ("own", counted.request.unit_id)
    if own in counted.found.scopes:
        parts.append(_register_part(own, code, name, spans, counted, user))
    for index, answer in enumerate(counted.accepted):
        stated = {m: cells[m][1 + index] for m in cells}
        if name in ("period", "ytd"):
            parts.append(_answer_part(answer, index, stated, code, name, spans, counted, user))
        elif ("answer", answer.unit_id) in counted.found.scopes:
            parts.append(_register_part(("answer", answer.unit_id), code, name, spans, counted, user))
    registered = {unit.pk for unit, _figures in counted.found.others}
    for key in counted.found.scopes:
        # a unit with no figure of the period is not counted in it (compiled_figures.register_units)
        if key[0] == "other" and (name != "period" or key[1] in registered):
            parts.append(_register_part(key, code, name, spans, counted, user))
    return {"label": in_words(spans[name]), "amounts": amounts_shown(total), "parts": [p for p in parts if p]}


def _register_part(key, code, name, spans, counted, user):
    """The register rows of one part of the compilation (compiled_figures.part_scopes) that count in the window
    name of code; None when it adds nothing."""
    held = counted.found.parts.get(key, {}).get(code, {})
    if not any(getattr(figure, name) for figure in held.values()):
        return None
    shown = register_window(code, name, spans[name], counted.found.scopes[key], held, user)
    return {"unit": counted.names.get(key[1], ""), "how": _register_how(key, counted), "answer": None, **_rows(shown)}


def _register_how(key, counted):
    kind, pk = key
    if kind != "other":  # the asking unit's own work; an answering unit's last year
        return _("sổ theo dõi của đơn vị")
    if pk in counted.asked:
        return _("sổ theo dõi; chưa có báo cáo được tiếp nhận")
    return _("sổ theo dõi; không được đề nghị báo cáo")


def _answer_part(answer, index, stated, code, name, spans, counted, user):
    """An accepted answer's part: its figure of the period (stated: compiled_cells', its register's where it
    states fewer than the rows the report lists, unlisted.py), and in the year to date its register's
    earlier months besides. In the period it is said even at 0: «không có …» counts it as a source."""
    indicator = BY_CODE[code]
    key = ("answer", answer.unit_id)
    scope, held = counted.found.scopes.get(key), counted.found.parts.get(key, {}).get(code, {})
    registered = any(by_register(answer, counted.held[index], code, m.name) for m in indicator.measures)
    accepted = timezone.localdate(answer.accepted_at) if answer.accepted_at else None
    part = {
        "unit": answer.unit.report_name,
        "how": _("báo cáo được tiếp nhận ngày %(day)s") % {"day": screen_date(accepted)}
        if accepted
        else _("báo cáo được tiếp nhận"),
        "answer": answer,
        "rows": [],
        "more": 0,
        "hidden": 0,
    }
    if registered and scope is not None:
        part["how"] = _("sổ theo dõi: báo cáo được tiếp nhận nêu ít hơn số bản ghi của đơn vị trong kỳ")
        part.update(_rows(register_window(code, "period", spans["period"], scope, held, user)))
    earlier = {m: _Earlier(f.ytd - f.period) for m, f in held.items()} if name == "ytd" else {}
    amounts = [(stated[m.name] + (earlier[m.name].ytd if m.name in earlier else 0), m.unit) for m in indicator.measures]
    if name == "ytd" and not any(n for n, _unit in amounts):
        return None
    part["amounts"] = amounts_shown(amounts)
    before = _earlier_months(spans)
    if before is not None and scope is not None and any(e.ytd for e in earlier.values()):
        shown = register_window(code, "ytd", before, scope, earlier, user)
        part["earlier"] = {"label": in_words(before), **_rows(shown)}
    return part


@dataclass(frozen=True)
class _Earlier:
    """A figure of the year's months before the period (its "ytd"), as register_window reads a Figure."""

    ytd: int


def _earlier_months(spans):
    """The year's days before the period (a Period), or None when the period starts the year."""
    start, period = spans["ytd"].start, spans["period"]
    if start >= period.start:
        return None
    return Period(CUSTOM, period.year, custom_start=start, custom_end=period.start - timedelta(days=1))


def _rows(shown):
    return {key: shown[key] for key in ("amounts", "rows", "more", "hidden")}
