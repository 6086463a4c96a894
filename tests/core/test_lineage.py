"""Figures across mergers, splits and moved duties (core/lineage.py with the engine)."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from ngoaivu.core.lineage import Scope, current_names, merged_names, scope_of, tree_as_of
from ngoaivu.core.models import Role, Succession, Unit
from ngoaivu.core.permissions import scope
from ngoaivu.pure.period_parsing import parse
from ngoaivu.register.engine import evaluate, rows
from ngoaivu.register.models import IncomingDelegation
from ngoaivu.reporting.context import comparison_note
from tests.conftest import make_user

MERGER = date(2025, 7, 1)
BASIS = "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội"


def unit(code, name, kind=Unit.Kind.DEPARTMENT, parent=None, **dates):
    return Unit.objects.create(code=code, name=name, kind=kind, parent=parent, **dates)


def end(old, new, kind=Succession.Kind.MERGE, on=MERGER, carries_records=True):
    Unit.objects.filter(pk=old.pk).update(ended_on=on, is_active=False)
    old.refresh_from_db()
    return Succession.objects.create(
        predecessor=old, successor=new, kind=kind, effective_on=on, legal_basis=BASIS, carries_records=carries_records
    )


def visit(owner, day, persons=2):
    return IncomingDelegation.objects.create(
        unit=owner, title=f"Đoàn {owner.code} {day}", country="LA", start_date=day, person_visits=persons
    )


def incoming(period, units):
    figure = evaluate(["incoming_delegations"], parse(period), units)["incoming_delegations"]
    return figure["groups"], figure["persons"]


@pytest.fixture
def merged(db):
    """Two provinces of 2025; Kon Tum merges into Quảng Ngãi on 01/7/2025, each with a Sở below."""
    qn = unit("XQN", "Tỉnh Thử Quảng Ngãi", Unit.Kind.PROVINCE)
    kt = unit("XKT", "Tỉnh Thử Kon Tum", Unit.Kind.PROVINCE)
    qn_office = unit("XQN-VP", "Văn phòng thử Quảng Ngãi", Unit.Kind.OFFICE, qn, coordinates_province=True)
    kt_dept = unit("XKT-S", "Sở thử Kon Tum", parent=kt)
    visit(qn_office, date(2025, 3, 10), 3)
    visit(kt_dept, date(2025, 4, 2), 5)
    visit(kt_dept, date(2024, 4, 2), 7)
    visit(qn_office, date(2026, 3, 12), 4)
    end(kt, qn)
    return {"qn": qn, "kt": kt, "office": qn_office, "kt_dept": kt_dept}


def test_same_period_counts_the_merged_province(merged):
    groups, persons = incoming("2026-H1", merged["qn"].scope(date(2026, 6, 30)))
    assert (groups.period, persons.period) == (1, 4)
    # 2025-H1 of the new territory: the old Quảng Ngãi's 3 and Kon Tum's 5.
    assert (groups.last_year, persons.last_year) == (2, 8)


def test_focal_point_counts_its_province_with_the_merger(merged):
    groups, persons = incoming("2026-H1", merged["office"].scope(date(2026, 6, 30)))
    assert (groups.last_year, persons.last_year) == (2, 8)


def test_report_before_the_merger_is_unchanged(merged):
    # Quảng Ngãi's own 2025-H1 report: Kon Tum joined later and is not counted.
    groups, persons = incoming("2025-H1", merged["qn"].scope(date(2025, 6, 30)))
    assert (groups.period, persons.period) == (1, 3)
    assert merged["kt_dept"].pk not in merged["qn"].scope(date(2025, 6, 30)).until


def test_ended_unit_is_counted_as_it_stood_on_its_last_day(merged):
    kt = merged["kt"]
    assert scope_of(kt, date(2026, 12, 31)) == scope_of(kt, date(2025, 6, 30))
    groups, persons = incoming("2025-H1", kt.scope(date(2025, 6, 30)))
    assert (groups.period, persons.period, persons.last_year) == (1, 5, 7)


def test_comparison_note_names_both_provinces(merged):
    note = comparison_note([merged["office"]], parse("2026-H1"))
    assert note == ("Số liệu cùng kỳ năm 2025 gồm số liệu của tỉnh Thử Quảng Ngãi và tỉnh Thử Kon Tum (trước sắp xếp).")
    # A year later the comparison is all after the merger: nothing to say.
    assert comparison_note([merged["office"]], parse("2027-H1")) == ""
    assert comparison_note([merged["qn"]], parse("2025-H1")) == ""


def test_a_compilations_note_names_what_its_answering_units_each_count(merged):
    # The office's own answer counts no merged unit; another answering unit that took one over does.
    office, kt_dept = merged["office"], merged["kt_dept"]
    assert comparison_note([office], parse("2026-H1"), own=True) == ""
    heir = unit("XQN-S", "Sở thử Quảng Ngãi", parent=merged["qn"])
    end(kt_dept, heir)
    assert comparison_note([office, heir], parse("2026-H1"), own=True) == (
        "Số liệu cùng kỳ năm 2025 gồm số liệu của Sở thử Quảng Ngãi và Sở thử Kon Tum (trước sắp xếp)."
    )


def test_new_unit_names_only_its_predecessors(db):
    a = unit("XA", "Sở thử Kế hoạch")
    b = unit("XB", "Sở thử Tài chính cũ")
    new = unit("XC", "Sở thử Tài chính", started_on=date(2025, 3, 1))
    end(a, new, on=date(2025, 3, 1))
    end(b, new, on=date(2025, 3, 1))
    assert merged_names(new, date(2026, 12, 31), since=date(2025, 1, 1)) == ["Sở thử Kế hoạch", "Sở thử Tài chính cũ"]


def test_split_counts_the_records_for_one_successor_only(db):
    old = unit("XO", "Sở thử cũ")
    first, second = unit("XF", "Sở thử thứ nhất"), unit("XS", "Sở thử thứ hai")
    visit(old, date(2025, 2, 1), 6)
    end(old, first, Succession.Kind.SPLIT)
    Succession.objects.create(
        predecessor=old,
        successor=second,
        kind=Succession.Kind.SPLIT,
        effective_on=MERGER,
        legal_basis=BASIS,
        carries_records=False,
    )
    assert incoming("2026-H1", first.scope(date(2026, 6, 30)))[1].last_year_ytd == 6
    assert incoming("2026-H1", second.scope(date(2026, 6, 30)))[1].last_year_ytd == 0
    duplicate = Succession(
        predecessor=old, successor=unit("XT", "Sở thử thứ ba"), kind="split", effective_on=MERGER, legal_basis=BASIS
    )
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "không tính hai lần" in str(error.value)


def test_duties_moved_in_the_middle_of_a_quarter(db):
    """Some duties move on 15/8/2025; the giver goes on: its rows count for the taker up to 14/8 only."""
    giver, taker = unit("XG", "Sở thử giao"), unit("XN", "Văn phòng thử nhận", Unit.Kind.OFFICE)
    visit(giver, date(2025, 7, 20), 2)
    visit(giver, date(2025, 8, 14), 3)
    visit(giver, date(2025, 8, 20), 11)  # after the transfer: still the giver's own work
    visit(taker, date(2025, 9, 5), 1)
    link = Succession.objects.create(
        predecessor=giver,
        successor=taker,
        kind=Succession.Kind.DUTIES,
        duties="Công tác lãnh sự",
        effective_on=date(2025, 8, 15),
        legal_basis=BASIS,
    )
    assert link.is_partial
    assert scope_of(taker, date(2025, 9, 30)).until[giver.pk] == date(2025, 8, 14)
    groups, persons = incoming("2025-Q3", taker.scope(date(2025, 9, 30)))
    assert (groups.period, persons.period) == (3, 6)
    assert incoming("2025-Q3", giver.scope(date(2025, 9, 30)))[1].period == 16
    listed = rows("incoming_delegations", parse("2025-Q3"), taker.scope(date(2025, 9, 30)))
    assert sorted(listed.values_list("person_visits", flat=True)) == [1, 2, 3]


def test_scope_union_keeps_the_wider_day():
    a = Scope({1: None, 2: date(2025, 6, 30)})
    b = Scope({2: None, 3: date(2025, 1, 31)})
    assert (a | b).until == {1: None, 2: None, 3: date(2025, 1, 31)}
    assert (a | b).cuts() == {date(2025, 1, 31): [3]}


def test_tree_as_of_a_date(merged):
    before = [(u.code, depth) for u, depth in tree_as_of(date(2025, 6, 30)) if u.code.startswith("X")]
    after = [(u.code, depth) for u, depth in tree_as_of(MERGER) if u.code.startswith("X")]
    assert ("XKT", 0) in before and ("XKT-S", 1) in before
    assert "XKT" not in dict(after) and ("XQN-VP", 1) in after


def test_unit_dates_and_names(merged):
    renamed = Unit(code="XQN2", name="Tỉnh Thử Kon Tum", kind=Unit.Kind.PROVINCE)
    renamed.full_clean()  # the ended Kon Tum's name is free again
    clash = Unit(code="XQN3", name="Tỉnh Thử Quảng Ngãi", kind=Unit.Kind.PROVINCE)
    with pytest.raises(ValidationError) as error:
        clash.full_clean()
    assert "tên chính thức" in str(error.value)
    backwards = Unit(code="XQN4", name="Thử ngày", started_on=date(2025, 7, 1), ended_on=date(2025, 1, 1))
    backwards.is_active = False
    with pytest.raises(ValidationError) as error:
        backwards.full_clean()
    assert "phải sau ngày bắt đầu" in str(error.value)


def test_reporters_before_and_after(merged):
    old_reporter = make_user("xkt-reporter", Role.REPORTER, merged["kt_dept"])
    new_reporter = make_user("xqn-reporter", Role.REPORTER, merged["office"])
    kt_rows = set(IncomingDelegation.objects.filter(unit=merged["kt_dept"]).values_list("pk", flat=True))
    new_rows = set(IncomingDelegation.objects.filter(unit=merged["office"]).values_list("pk", flat=True))

    def seen(user):
        return set(scope(IncomingDelegation.objects.all(), user).values_list("pk", flat=True))

    # The dissolved unit's reporter sees what they saw, nothing of the new unit.
    assert seen(old_reporter) == kt_rows
    # The office reads its own rows only: Kon Tum's Sở merged into the province, not into the office.
    assert seen(new_reporter) == new_rows
    # Once Kon Tum's Sở is merged into the office, its rows are the office's to read (not to edit).
    end(merged["kt_dept"], merged["office"])
    new_reporter = type(new_reporter).objects.get(pk=new_reporter.pk)
    assert seen(new_reporter) == new_rows | kt_rows
    old_reporter = type(old_reporter).objects.get(pk=old_reporter.pk)
    assert seen(old_reporter) == kt_rows
    old_reporter.unit = merged["office"]
    old_reporter.save()
    moved = type(old_reporter).objects.get(pk=old_reporter.pk)
    assert seen(moved) == new_rows | kt_rows


def test_rows_placed_by_year_count_for_the_taker_only_for_years_ended_before_the_change():
    from ngoaivu.pure.indicators import BY_CODE
    from ngoaivu.register.counting import kept

    # Tasks of 2025 of a Sở that gave duties away on 01/3/2025 and went on stay the Sở's own.
    assert "('year__lte', 2024)" in str(kept(BY_CODE["tasks"], Scope({1: date(2025, 2, 28)})))
    assert "('year__lte', 2025)" in str(kept(BY_CODE["tasks"], Scope({1: date(2025, 12, 31)})))
    assert "('start_date__lte', datetime.date(2025, 2, 28))" in str(
        kept(BY_CODE["incoming_delegations"], Scope({1: date(2025, 2, 28)}))
    )


def test_the_report_lists_keep_a_giver_that_goes_on_to_its_own_later_work(db):
    from ngoaivu.reporting.lists import build_lists
    from ngoaivu.register.models import AssignedTask

    giver, taker = unit("XG", "Sở thử giao"), unit("XN", "Văn phòng thử nhận", Unit.Kind.OFFICE)
    for year in (2024, 2025):
        AssignedTask.objects.create(unit=giver, title=f"Nhiệm vụ năm {year} của Sở", year=year)
    Succession.objects.create(
        predecessor=giver, successor=taker, kind="duties", effective_on=date(2025, 3, 1), legal_basis=BASIS
    )

    def titles(who):
        lists = build_lists(who.scope(date(2025, 12, 31)), parse("2025"))
        return [task["title"] for task in lists["tasks_programme"]]

    # The Sở goes on after the change: its 2025 tasks stay its own, not the taker's.
    assert (titles(taker), titles(giver)) == (
        [],
        ["Nhiệm vụ năm 2024 của Sở (nhiệm vụ năm 2024 chuyển sang)", "Nhiệm vụ năm 2025 của Sở"],
    )


def test_an_old_name_is_carried_to_the_successor_as_reports_name_it(db, monkeypatch):
    old = unit("KHDT", "Sở thử Kế hoạch và Đầu tư")
    new = unit("STC", "Sở Tài chính tỉnh Quảng Ngãi", short_name="Sở Tài chính")
    end(old, new)
    assert current_names(MERGER)["sở thử kế hoạch và đầu tư"] == new.report_name == "Sở Tài chính"
    # One rule (Unit.name_in_reports) for a unit and for the rows current_names reads: changed, both follow.
    monkeypatch.setattr(Unit, "name_in_reports", staticmethod(lambda name, short_name: f"{name} ({short_name})"))
    expected = "Sở Tài chính tỉnh Quảng Ngãi (Sở Tài chính)"
    assert current_names(MERGER)["sở thử kế hoạch và đầu tư"] == new.report_name == expected
