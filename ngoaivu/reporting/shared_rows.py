"""Rows the lists of context.py and partner_lists.py both write: students' arrivals, aid, the steps on
agreements. Plain data for sentences.py."""

from django.db.models import Sum

from ngoaivu.core.models import PartnerLocality
from ngoaivu.pure.numbers import format_number
from ngoaivu.pure.wording import clauses
from ngoaivu.register import models as m
from ngoaivu.register.engine import rows


def reads(*codes):
    """Marks a list's builder with the indicators whose register rows it lists (none: it lists no
    indicator's rows). A compilation counts a unit whose only rows of the period a list names by its
    register all the same (collection/compiled_figures.listed_codes): read from the list itself, so
    that a list cannot read rows the compilation does not count."""

    def mark(build):
        build.reads = codes
        return build

    return mark


def countries_apart():
    """The codes of the countries whose localities the reports tell in a section of their own
    (PartnerLocality.reported_apart), in order."""
    found = PartnerLocality.objects.filter(reported_apart=True).values_list("country", flat=True)
    return sorted(set(found))


@reads("agreement_steps")
def agreement_steps(units, period, country=None):
    """One row per agreement worked on in the period: its steps in the officer's words (or by their
    names), each with its document, as the clauses of one sentence (seed 003: «Về …: Tham mưu UBND
    tỉnh Kế hoạch tổ chức Hội nghị; báo cáo Ban Thường vụ Tỉnh ủy …»)."""
    steps = rows("agreement_steps", period, units).select_related("agreement", "document")
    if country is not None:
        steps = steps.filter(agreement__country=country)
    by_agreement = {}
    for step in steps.order_by("done_on", "pk"):
        phrase = step.work_done.strip().rstrip(".") or step.get_step_display()
        if step.document_id:
            phrase = f"{phrase} ({step.document.citation()})"
        row = by_agreement.setdefault(step.agreement_id, {"agreement": step.agreement, "done": []})
        row["done"].append(phrase)
    # apart: with a partner of a country told in a section of its own (seed 001: Laos), not among the others;
    # laos: the same of Laos alone, as the templates edited before those sections tell it
    apart = countries_apart()
    return [
        {
            "agreement": row["agreement"].title,
            "work": clauses(row["done"]),
            "apart": row["agreement"].country.code in apart,
            "laos": row["agreement"].country == "LA",
        }
        for row in by_agreement.values()
    ]


def aid_rows(found):
    found = found.select_related("approval_decision")
    return [
        {
            "title": row.title,
            "donor": row.donor,
            "country": row.country.name,
            "value": int(row.value_vnd),
            "original": original(row.value_original, row.currency),
            "kind": row.kind,
            "emergency": row.kind == m.ForeignAid.Kind.EMERGENCY,
            "date": row.approved_on,
            "decision": row.approval_decision.citation() if row.approval_decision_id else "",
        }
        for row in found
    ]


def original(value, currency):
    """ "175.238,50 USD", "190.000 EUR": an aid's value in the currency it was given in; none when it
    was given in đồng, whose value the sentence says already."""
    if value is None or not currency or currency.upper() == "VND":
        return ""
    return f"{format_number(value, 0 if value == value.to_integral_value() else 2)} {currency.upper()}"


def arrivals(arrivals):
    """Students who came back, by country (most first), then the new ones in one row."""
    returning = arrivals.filter(arrival="returning").values("country").annotate(n=Sum("persons")).order_by("-n")
    found = [
        {"returning": True, "country": country_name(row["country"]), "persons": row["n"], "provinces": []}
        for row in returning
    ]
    new = arrivals.filter(arrival="new")
    new_total = new.aggregate(n=Sum("persons"))["n"] or 0
    if new_total:
        provinces = [p for p in new.order_by("home_province").values_list("home_province", flat=True).distinct() if p]
        found.append({"returning": False, "country": "", "persons": new_total, "provinces": provinces})
    return found


def country_name(code):
    from django_countries import countries

    return countries.name(code)
