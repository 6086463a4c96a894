"""What the packages above reporting add to its pages, without reporting importing them (tests/test_layers.py).

answer_offers: sent by «Lập báo cáo» once its form is valid and before the report is made, with user,
unit, template and period_code. A receiver returns a list of offers, the requests that ask exactly that
report of the unit (collection: incoming requests still «Chưa lập»). An offer has pk, subject, deadline
and letter (its citation, or ""), and answer(user, as_of=, letter=) → (report, made), which makes the
report for it and links it.

compiled_draft: sent for a compiled report (report), to learn how its sections read from the answers
accepted now. A receiver returns ({section key: text}, notes) or None when the report is not its
(collection: the request the report compiles). Its sections are held against that, as a drafted
report's against the register.

compiled_sources: sent for a compiled report (report) by its page and its sources page
(compiled_sources_address). A receiver returns the address of the page that lists each figure's sources unit
by unit, with the register rows counted, or None when the report is not its (collection: the request the
report compiles).

late_answers: sent while a draft is written, with units (a Scope) and period. A receiver returns the
rows of the list «late_answers»: one per unit that answered late, or not at all, a request sent by
those units for the period or due within it (collection); and of «returned_answers», those with
returned true: the unit sent in time, its answer was returned for correction and is not sent again.
The summary closing part I of the focal point's general report («Tóm lại, …») names them after what was done
(«Tuy nhiên, …»).
"""

from django.dispatch import Signal

answer_offers = Signal()
compiled_draft = Signal()
compiled_sources = Signal()
late_answers = Signal()


def compiled_sources_address(report):
    """The address of the page that breaks a compiled report's figures down by unit, or ""."""
    if not report.compiled:
        return ""
    found = [url for _receiver, url in compiled_sources.send(None, report=report) if url]
    return found[0] if found else ""
