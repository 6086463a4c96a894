"""Where a compiled report says the answers' part its list does not name (collection/unlisted.Note): right
after the period's count it is part of, never after the year-to-date sentence, where «Trong đó, …» would
read as part of the year's total."""

import datetime as dt

from ngoaivu.collection import compilation
from ngoaivu.collection.answer_paragraphs import with_answers

from .test_compilation import answer


def test_the_answers_part_follows_the_periods_count_not_the_year_to_date(outgoing, units, users):
    from ngoaivu.register.models import OutgoingDelegation

    for day in (3, 12, 20):
        OutgoingDelegation.objects.create(
            unit=units["sngv"], title=f"Đoàn {day}", persons=3, countries=["LA"], start_date=dt.date(2021, 8, day)
        )
    OutgoingDelegation.objects.create(
        unit=units["sngv"], title="Đoàn tháng 5", persons=2, countries=["LA"], start_date=dt.date(2021, 5, 4)
    )
    request = outgoing()
    answer(request, units["dh"], "accepted", {"outgoing_delegations": {"groups": 3, "persons": 12}})
    text = compilation.compile_report(request, users["officer"]).sections.get(key="I.1.a").text
    part = "Trong đó, theo báo cáo của Trường Đại học Phạm Văn Đồng, đơn vị có 03 đoàn với 12 lượt người."
    # the year to date says its own sources: a reader takes it for another count than the month's
    ytd = "Tính chung trong 8 tháng, theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, có 07 đoàn"
    assert "có 06 đoàn với 21 lượt cán bộ" in text and ytd in text
    assert f"Đoàn 20 (Lào) ngày 20/8/2021. {part} {ytd}" in text
    assert text.endswith("so với cùng kỳ năm 2020).")
    assert compilation.compiled_draft(request)[0]["I.1.a"] == text


def test_the_answers_part_comes_before_what_the_count_sentence_says_besides():
    # «Ngoài ra, … việc riêng» between the count and the year to date: «Trong đó» after it would speak of it
    from ngoaivu.collection.unlisted import Note

    summary = (
        "Trong tháng, có 06 đoàn với 21 lượt cán bộ đi công tác nước ngoài: Đoàn 3 (Lào) ngày 03/8/2021. "
        "Ngoài ra, có 02 lượt cán bộ, công chức đi nước ngoài về việc riêng. "
        "Tính chung trong 8 tháng, có 07 đoàn với 23 lượt cán bộ đi công tác nước ngoài."
    )
    part = "Trong đó, theo báo cáo của Trường, đơn vị có 03 đoàn với 12 lượt người."
    note = Note(part, "Tính chung trong 8 tháng,", "07 đoàn")
    assert with_answers({"I.1.a": summary}, {}, {"I.1.a": [note]})["I.1.a"] == (
        f"Trong tháng, có 06 đoàn với 21 lượt cán bộ đi công tác nước ngoài: Đoàn 3 (Lào) ngày 03/8/2021. {part} "
        "Ngoài ra, có 02 lượt cán bộ, công chức đi nước ngoài về việc riêng. "
        "Tính chung trong 8 tháng, có 07 đoàn với 23 lượt cán bộ đi công tác nước ngoài."
    )
    # the year to date of another area, or none: the part follows the summary, as its own paragraph
    other = Note(part, "Tính chung trong 8 tháng,", "09 đoàn")
    assert with_answers({"I.1.a": summary}, {}, {"I.1.a": [other]})["I.1.a"] == f"{summary}\n\n{part}"
