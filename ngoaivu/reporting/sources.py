"""Where a report's figures come from: for each section, each indicator its sentences name, the
figure of each window (the period, the year to date, the same times last year) and the register
rows counted in it, as the register holds them now."""

from django.urls import reverse

from ngoaivu.core.period_field import in_words
from ngoaivu.core.permissions import scope
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.wording import format_amount
from ngoaivu.register.areas import AREAS
from ngoaivu.register.engine import evaluate, rows, windows

from .context import indicator_codes

ROWS_SHOWN = 50  # a window counting more links the register's list for the rest


def _codes_by_section(specs, parent_key=""):
    """[(section key, [codes its own sentences name])], in the outline's order (keys as drafting.py)."""
    out = []
    for spec in specs:
        number = spec.get("number", "")
        key = f"{parent_key}.{number}" if parent_key else number
        out.append((key, indicator_codes({"body": spec.get("body", []), "heading": spec.get("heading", "")})))
        out.extend(_codes_by_section(spec.get("children", []), key))
    return out


def _area_of(model):
    return next((area for area in AREAS.values() if area.model is model), None)


def _window(code, name, window, units, figure, user):
    """One window of one indicator: its amounts and the rows counted, those user may read linked."""
    indicator = BY_CODE[code]
    amounts = ", ".join(format_amount(getattr(figure[m.name], name), m.unit) for m in indicator.measures)
    counted = rows(code, window, units).order_by("pk")
    readable = scope(counted, user)
    area = _area_of(counted.model)
    shown = [
        (str(row), reverse("register:detail", args=[area.slug, row.pk]) if area else None)
        for row in readable[:ROWS_SHOWN]
    ]
    total, mine = counted.count(), readable.count()
    return {
        "label": in_words(window),
        "amounts": amounts,
        "rows": shown,
        "more": mine - len(shown),  # readable, beyond the ones listed
        "hidden": total - mine,  # of units the user does not read: counted, not named
    }


def figure_sources(report, user):
    """[{"section", "indicators": [{"name", "windows": [...]}]}] for the sections that state figures."""
    if report.compiled:
        return []
    period = report.period
    units = report.unit.scope(period.end)
    by_section = _codes_by_section(report.template.definition.get("sections", []))
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
            # a stock is counted on the period's last day: its year to date is the same figure
            names = ["period", "last_year"] if BY_CODE[code].is_stock else list(spans)
            indicators.append(
                {
                    "name": BY_CODE[code].name,
                    "windows": [_window(code, name, spans[name], units, figures[code], user) for name in names],
                }
            )
        out.append({"section": str(sections[key]), "key": key, "indicators": indicators})
    return out
