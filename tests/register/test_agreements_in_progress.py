"""Agreements under review are counted on the period's last day: started by then (their first step) and
not signed by then; not those under review on the day the report is drafted."""

from datetime import date

from django.utils import timezone

from ngoaivu.pure.period_parsing import parse
from ngoaivu.register.engine import evaluate
from ngoaivu.register.models import Agreement, AgreementStep


def in_progress(period_code):
    return evaluate(["agreements_in_progress"], parse(period_code))["agreements_in_progress"]["count"].period


def test_counted_from_the_first_step_until_signing(units):
    agreement = Agreement.objects.create(
        unit=units["sngv"], title="Bản ghi nhớ hợp tác", partner="Tỉnh Champasak", country="LA"
    )
    AgreementStep.objects.create(agreement=agreement, step="mofa", done_on=date(2021, 8, 20))
    agreement.refresh_from_db()
    assert agreement.process_started_on == date(2021, 8, 20)
    assert in_progress("2019-05") == 0 and in_progress("2021-07") == 0
    assert in_progress("2021-08") == 1 and in_progress("2021-12") == 1
    # An earlier step moves the start back; signing ends the count from the signing day on.
    AgreementStep.objects.create(agreement=agreement, step="party_review", done_on=date(2021, 6, 2))
    assert in_progress("2021-06") == 1
    agreement.refresh_from_db()
    agreement.status, agreement.signed_on = Agreement.Status.SIGNED, date(2022, 3, 10)
    agreement.save()
    assert in_progress("2022-02") == 1 and in_progress("2022-03") == 0 and in_progress("2021-12") == 1


def test_without_steps_it_counts_from_the_day_it_was_registered_and_a_postponed_one_never(units):
    agreement = Agreement.objects.create(
        unit=units["sngv"], title="Kế hoạch hợp tác", partner="Tỉnh Udon", country="TH"
    )
    registered = timezone.localdate(agreement.created_at)  # the province's day, whatever UTC's is
    assert agreement.process_started_on == registered
    agreement.save()  # saved again, it keeps that day
    assert agreement.process_started_on == registered
    assert in_progress(f"{registered.year}-{registered.month:02d}") == 1
    step = AgreementStep.objects.create(agreement=agreement, step="mofa", done_on=date(2020, 1, 5))
    assert in_progress("2020-01") == 1
    step.delete()
    assert in_progress("2020-01") == 0
    Agreement.objects.filter(pk=agreement.pk).update(status=Agreement.Status.POSTPONED)
    assert in_progress(f"{registered.year}-{registered.month:02d}") == 0
