"""Where a report's figures come from: for each section, each indicator its sentences name, the
figure of each window (the period, the year to date, the same times last year) and the register
rows counted in it, as the register holds them now."""

from django.urls import reverse
from django.utils.translation import gettext as _

from ngoaivu.core.amounts import amount_shown, amounts_shown
from ngoaivu.core.period_field import in_words
from ngoaivu.core.permissions import is_unit_bound, scope
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.wording import screen_date
from ngoaivu.register.area_registry import area_of
from ngoaivu.register.counting import windows
from ngoaivu.register.engine import evaluate, rows

from .context import report_units
from .drafting import section_key
from .template_names import indicator_codes, list_names

ROWS_SHOWN = 50  # a window counting more names these and says how many more


def codes_by_section(specs, parent_key=""):
    """[(section key, [codes its own sentences name])], in the outline's order: the figures, then the
    lists that are an indicator's rows (a letter, a course attended), which a sentence names without
    a figure."""
    out = []
    for spec in specs:
        key = section_key(parent_key, spec.get("number", ""))
        own = {"body": spec.get("body", []), "heading": spec.get("heading", "")}
        codes = indicator_codes(own)
        out.append((key, codes + [name for name in list_names(own) if name in BY_CODE and name not in codes]))
        out.extend(codes_by_section(spec.get("children", []), key))
    return out


def _row_label(indicator, row):
    """The row's name, once: its share (below) says its day and figures, so the name does not say them
    again ("QNg 96180 TS – Bị bắt giữ (29/04/2026) (29/4/2026 · 08 ngư dân)"); the day it is named by
    stays when the window places it by another (a boat released: the day it was detained)."""
    # a legal document (core) is named by its citation alone: no plain_name of the register's rows
    plain = getattr(row, "plain_name", None)
    if plain is not None and getattr(row, "name_day", None) in (None, indicator.date_field):
        return plain()
    return str(row)


def _row_share(indicator, row):
    """What one row adds to the figure, so that the rows can be added up by hand: the day that places it
    in the window and each summed measure ("20/03/2020 · 14 ngư dân"); a row counted once says only its day."""
    day = getattr(row, indicator.date_field, None) if indicator.date_field else None
    parts = [screen_date(day)] if day else []
    parts += [
        amount_shown(getattr(row, m.field) or 0, m.unit) for m in indicator.measures if m.field and not m.distinct
    ]
    return " · ".join(parts)


def _named_by(model, area):
    """The foreign keys a row's name may read, fetched with the rows: its area's listed ones, else (a
    procedure's translation, named by its procedure) the keys it cannot be without."""
    if area:
        return area.related_fields()
    return [f.name for f in model._meta.concrete_fields if f.many_to_one and not f.null]


def register_window(code, name, window, units, figure, user):
    """One window of one indicator: its amounts and the rows counted, those user may read linked."""
    indicator = BY_CODE[code]
    values = [(getattr(figure[m.name], name), m.unit) for m in indicator.measures]
    amounts = amounts_shown(values)
    counted = rows(code, window, units).order_by(*[name for name in (indicator.date_field, "pk") if name])
    area = area_of(counted.model)
    readable = scope(counted, user).select_related(*_named_by(counted.model, area))
    shown = [
        (
            _row_label(indicator, row),
            reverse("register:detail", args=[area.slug, row.pk]) if area else None,
            _row_share(indicator, row),
        )
        for row in readable[:ROWS_SHOWN]
    ]
    # fewer rows than the limit are all the readable ones; one who reads every unit reads them all
    mine = len(shown) if len(shown) < ROWS_SHOWN else readable.count()
    total = counted.count() if is_unit_bound(user) else mine
    label = in_words(window)
    if window.as_of is not None and window.kind != "custom":  # a period cut at a day says so
        label = _("%(period)s, đến ngày %(day)s") % {"period": label, "day": screen_date(window.end)}
    return {
        "label": label,
        "amounts": amounts,
        "rows": shown,
        "more": mine - len(shown),  # readable, beyond the ones listed
        "hidden": total - mine,  # of units the user does not read: counted, not named
    }


def window_names(code, spans):
    """The windows (of windows()) a figure's sources are listed by: a stock is counted on the period's last day,
    so its year to date is the same figure; so is the year to date of a period that starts the year."""
    to_date = not BY_CODE[code].is_stock and spans["ytd"].start < spans["period"].start
    return list(spans) if to_date else ["period", "last_year"]


def figure_sources(report, user):
    """[{"section", "indicators": [{"name", "windows": [...]}]}] for the sections that state figures."""
    if report.compiled:
        return []
    period = report.period
    units = report_units(report.unit, period)
    by_section = codes_by_section(report.template.definition.get("sections", []))
    codes = list(dict.fromkeys(code for _key, section_codes in by_section for code in section_codes))
    figures = evaluate(codes, period, units)
    spans = windows(period)
    sections = {s.key: s for s in report.sections.all()}
    out = []
    for key, section_codes in by_section:
        if not section_codes or key not in sections:
            continue
        indicators = []
        for code in section_codes:
            indicators.append(
                {
                    "name": _(BY_CODE[code].name),
                    "windows": [
                        register_window(code, name, spans[name], units, figures[code], user)
                        for name in window_names(code, spans)
                    ],
                }
            )
        out.append({"section": str(sections[key]), "key": key, "indicators": indicators})
    return out
