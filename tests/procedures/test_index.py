"""The translations page (/thu-tuc/) and its menu entry: for those who may have translations to see."""

import pytest

ENTRY = '<a href="/thu-tuc/">Bản dịch thủ tục hành chính</a>'


@pytest.mark.parametrize("role", ["admin", "officer", "leader", "viewer"])
def test_whoever_reads_every_unit_finds_the_page_even_before_any_procedure(client_for, role):
    client = client_for(role)
    assert ENTRY in client.get("/").content.decode()
    assert client.get("/thu-tuc/").status_code == 200


def test_a_reporter_of_a_unit_that_keeps_no_procedures_is_neither_offered_nor_shown_the_page(client_for, procedure):
    procedure(unit="sngv")  # the Sở's, which the university's reporter does not read
    client = client_for("other_reporter")
    assert ENTRY not in client.get("/").content.decode()
    refused = client.get("/thu-tuc/")
    assert refused.status_code == 403 and "Bạn không có quyền thực hiện thao tác này" in refused.content.decode()
    assert client.get("/thu-tuc/ma-qr/").status_code == 403  # the page's QR sheet, empty for it too


def test_a_reporter_of_a_unit_that_keeps_procedures_reads_their_translations(client_for, procedure):
    item = procedure(unit="dh")
    client = client_for("other_reporter")
    assert ENTRY in client.get("/").content.decode()
    page = client.get("/thu-tuc/")
    assert page.status_code == 200 and item.code in page.content.decode()


def test_an_agency_that_has_ended_is_pointed_out_with_its_successor(client_for, procedure, units, clock):
    from datetime import date

    from ngoaivu.core.models import Succession, Unit

    clock(2026, 12, 2)
    committee = units["committee"]
    labour = Unit.objects.create(
        name="Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi",
        short_name="Sở Lao động - Thương binh và Xã hội",
        code="SLĐTBXH",
        parent=committee,
    )
    home = Unit.objects.create(name="Sở Nội vụ tỉnh Quảng Ngãi", short_name="Sở Nội vụ", code="SNV", parent=committee)
    Unit.objects.filter(pk=labour.pk).update(ended_on=date(2025, 3, 1), is_active=False)
    Succession.objects.create(
        predecessor=labour,
        successor=home,
        kind=Succession.Kind.MERGE,
        effective_on=date(2025, 3, 1),
        legal_basis="Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ",
    )
    # Written with an en dash, the unit with a hyphen: the same body.
    stale = procedure(agency="Sở Lao động – Thương binh và Xã hội")
    current = procedure(code="2.000205", agency="Sở Nội vụ")
    Unit.objects.create(name="Sở Du lịch", code="SDL", ended_on=date(2025, 3, 1), is_active=False)
    orphan = procedure(code="1.001865", agency="Sở Du lịch")  # its succession not yet recorded
    page = client_for("officer").get("/thu-tuc/")
    warnings = {procedure.code: warning for procedure, warning, _cells in page.context["rows"]}
    assert warnings == {
        stale.code: "Cơ quan thực hiện đã chấm dứt hoạt động từ 01/03/2025; "
        "cơ quan kế nhiệm: Sở Nội vụ tỉnh Quảng Ngãi.",
        current.code: None,
        orphan.code: "Cơ quan thực hiện đã chấm dứt hoạt động từ 01/03/2025; chưa ghi nhận cơ quan kế nhiệm.",
    }
    assert "Sở Lao động – Thương binh và Xã hội: Cơ quan thực hiện đã chấm dứt" in page.content.decode()
    clock(2025, 2, 28)  # the day before, it still did the work
    page = client_for("officer").get("/thu-tuc/")
    assert [warning for _procedure, warning, _cells in page.context["rows"]] == [None, None, None]


def _published_before_the_rule(item, users, lang="en", name="Issuance of a work permit"):
    """A translation written and published by one officer before the two-person rule: migration 0007
    records its translator and clears the review that was not a second person's; it stays published."""
    from importlib import import_module

    from django.apps import apps

    from ngoaivu.procedures.models import Translation

    row = Translation(procedure=item, language=lang, name=name)
    row._history_user = users["officer"]
    row.save()
    row.status, row.reviewer, row._history_user = "published", users["officer"], users["officer"]
    row.save()
    import_module("ngoaivu.procedures.migrations.0007_translation_translator").record_translators(apps, None)
    row.refresh_from_db()
    assert (row.status, row.translator, row.reviewer) == ("published", users["officer"], None)
    return row


def test_the_office_is_told_how_many_translations_await_a_second_review_and_lists_them(client_for, procedure, users):
    from ngoaivu.procedures.models import Translation

    unreviewed = procedure()
    _published_before_the_rule(unreviewed, users)
    scripted = procedure(code="2.000205", translations={"ko": ("published", "취업 허가")})  # no reviewer named
    reviewed = procedure(code="1.001865", translations={"ja": ("draft", "労働許可")})
    Translation.objects.filter(language="ja").update(status="published", translator=users["officer"])
    Translation.objects.filter(language="ja").update(reviewer=users["admin"])
    client = client_for("admin")
    page = client.get("/thu-tuc/").content.decode()
    assert "02 bản dịch đang công bố nhưng chưa được người thứ hai (khác người dịch) rà soát." in page
    assert "Đã công bố, chưa được người thứ hai rà soát (02)" in page
    marked = {
        (procedure.code, code)
        for procedure, _warning, cells in client.get("/thu-tuc/").context["rows"]
        for code, _tr, awaits in cells
        if awaits
    }
    assert marked == {(unreviewed.code, "en"), (scripted.code, "ko")}
    listed = client.get("/thu-tuc/?show=unreviewed")
    assert [procedure for procedure, _warning, _cells in listed.context["rows"]] == [unreviewed, scripted]
    assert "02 bản dịch đã công bố, chưa được người thứ hai rà soát." in listed.content.decode()
    assert reviewed.code not in listed.content.decode()
    # Settled, nothing is left to list.
    Translation.objects.exclude(language="ja").update(reviewer=users["leader"])
    settled = client.get("/thu-tuc/?show=unreviewed")
    assert settled.context["rows"] == []
    assert "Không có bản dịch nào đã công bố mà chưa được người thứ hai rà soát." in settled.content.decode()
    # Said once, in words: no «0 bản dịch …» line above it, no «(0)» in the choice.
    assert 'id="awaiting-count"' not in settled.content.decode() and "(0)" not in settled.content.decode()
    assert 'id="awaiting-review"' not in client.get("/thu-tuc/").content.decode()


@pytest.mark.parametrize("role", ["leader", "viewer", "other_reporter"])
def test_who_may_not_review_is_shown_neither_the_notice_nor_the_choice(client_for, procedure, users, role):
    unreviewed = procedure(unit="dh")  # a unit the university's reporter reads
    _published_before_the_rule(unreviewed, users)
    other = procedure(code="2.000205", unit="dh")
    client = client_for(role)
    page = client.get("/thu-tuc/?show=unreviewed")
    assert [procedure for procedure, _warning, _cells in page.context["rows"]] == [unreviewed, other]
    body = page.content.decode()
    assert "người thứ hai" not in body and 'value="unreviewed"' not in body
    assert not any(awaits for _p, _w, cells in page.context["rows"] for _code, _tr, awaits in cells)


def test_the_procedures_lacking_a_translation_are_listed_by_language_or_in_any(client_for, procedure):
    from ngoaivu.procedures.models import Translation

    done = {code: ("draft", "Tên") for code in ("en", "zh", "ko", "ja")}
    whole = procedure(code="1.000001", translations=done)
    unset = procedure(code="1.000002", translations={**done, "ko": ("missing", "")})  # set back to «Chưa dịch»
    bare = procedure(code="1.000003", translations={"en": ("published", "Work permit")})
    client = client_for("viewer")  # anyone who reads the page, not only those who review

    def listed(show):
        return [p.code for p, _warning, _cells in client.get("/thu-tuc/", {"show": show}).context["rows"]]

    assert sorted(listed("missing")) == [unset.code, bare.code]
    assert sorted(listed("missing-ko")) == [unset.code, bare.code]
    assert listed("missing-en") == []
    assert listed("missing-ja") == [bare.code]
    page = client.get("/thu-tuc/", {"show": "missing-ko"}).content.decode()
    assert '<option value="missing-ko" selected>Chưa có bản dịch tiếng Hàn</option>' in page
    assert '<option value="missing">Còn ngôn ngữ chưa dịch</option>' in page
    assert "Không có thủ tục nào còn thiếu bản dịch." in client.get("/thu-tuc/?show=missing-en").content.decode()
    # An unknown choice filters nothing.
    assert sorted(listed("missing-xx")) == [whole.code, unset.code, bare.code]
    Translation.objects.filter(status="missing").update(status="draft", name="Tên")
    assert listed("missing-ko") == [bare.code]
