"""Where a report's figures come from (reporting/sources.py), a page beside the report."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .redrafting import stale_sections
from .signals import compiled_sources_address
from .sources import figure_sources
from .views import _report


@login_required
def report_sources(request, pk):
    report = _report(request, pk)
    return render(
        request,
        "reporting/sources.html",
        {
            "report": report,
            "sections": figure_sources(report, request.user),
            "stale": [str(section) for section in stale_sections(report, issued_too=True)],
            "compiled_sources": compiled_sources_address(report),
        },
    )
