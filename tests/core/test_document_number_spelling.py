"""The migration that respells the document numbers kept before register_number (core 0014)."""

import importlib
from datetime import date

from django.apps import apps

from ngoaivu.core.models import LegalDocument

migration = importlib.import_module("ngoaivu.core.migrations.0014_document_number_spelling")


def test_numbers_take_the_registers_spelling_and_rows_that_would_clash_are_left_and_named():
    rows = [
        (1, "Công văn", "1821 /VP-HCQT", 2024),
        (2, "Công văn", "12/SNgV–VP", 2024),
        (3, "Nghị quyết", "22/NQ-TW", 2013),
        (4, "Công văn", "1821/VP-HCQT", 2024),  # already kept in the register's spelling: the first clashes
        (5, "Công văn", "7 / SNgV - ĐN", 2023),  # and these two would become one 7/SNgV-ĐN of 2023
        (6, "Công văn", "7/SNgV–ĐN", 2023),
        (7, "Công văn", "7 /SNgV-ĐN", 2022),  # another year: another document
        (8, "Công văn", "9 /SNgV-ĐN", None),  # without a year the rule never clashes
        (9, "Công văn", "9/SNgV-ĐN", None),
        (10, "Thông báo", "1821 /VP-HCQT", 2024),  # another kind
        (11, "Quyết định", "", 2024),
        (12, "Quyết định", "06/2021/QĐ-UBND", 2021),
    ]
    changes, left = migration.respelled(rows)
    assert changes == {
        2: "12/SNgV-VP",
        3: "22-NQ/TW",
        7: "7/SNgV-ĐN",
        8: "9/SNgV-ĐN",
        10: "1821/VP-HCQT",
    }
    assert left == [[rows[0], rows[3]], [rows[4], rows[5]]]
    assert migration.clash_report(left) == [
        "Số, ký hiệu văn bản: giữ nguyên cách viết cũ của 04 văn bản vì viết lại sẽ trùng với văn bản khác cùng "
        "loại, cùng số, cùng năm ban hành; hãy xem lại và gộp:",
        "  - Công văn năm 2024: «1821 /VP-HCQT» (mã 1), «1821/VP-HCQT» (mã 4)",
        "  - Công văn năm 2023: «7 / SNgV - ĐN» (mã 5), «7/SNgV–ĐN» (mã 6)",
    ]
    assert migration.clash_report([]) == []


def test_the_migration_rewrites_the_kept_numbers_with_a_version_each_and_prints_the_rows_it_left(db, capsys):
    def document(number, year=2024):
        # Kept as typed before the model took the register's spelling (core 0017): written past save().
        row = LegalDocument.objects.create(doc_type="Công văn", number=f"{number} tạm", issued_on=date(year, 8, 9))
        LegalDocument.objects.filter(pk=row.pk).update(number=number, number_key=None)
        return row

    spaced, dashed, taken, kept = document("1821 /VP-HCQT"), document("12/SNgV–VP"), document("5 /VP"), document("5/VP")
    migration.respell(apps, None)
    numbers = dict(LegalDocument.objects.values_list("pk", "number"))
    assert numbers == {spaced.pk: "1821/VP-HCQT", dashed.pk: "12/SNgV-VP", taken.pk: "5 /VP", kept.pk: "5/VP"}
    version = spaced.history.latest()
    assert (version.number, version.history_type, version.history_change_reason) == (
        "1821/VP-HCQT",
        "~",
        migration.REASON,
    )
    assert taken.history.count() == 1  # left as it was: no new version
    assert f"«5 /VP» (mã {taken.pk}), «5/VP» (mã {kept.pk})" in capsys.readouterr().out
