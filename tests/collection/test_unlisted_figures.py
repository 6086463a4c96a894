"""«Trong đó, theo báo cáo của …» (collection/unlisted.py) says only the units that give the area a figure
above 0, and nothing when none does."""

import datetime as dt

from ngoaivu.collection import compilation
from ngoaivu.collection.unlisted import unlisted_sentence
from ngoaivu.core.models import Unit
from ngoaivu.register.models import OutgoingDelegation

from .test_compilation import answer


def test_a_unit_without_a_figure_above_zero_is_not_said_among_the_answers_part(units):
    dh, vp = units["dh"], units["vp"]
    parts = [(dh, {"groups": 0, "persons": 0}, False), (vp, {"groups": 2, "persons": 5}, False)]
    assert unlisted_sentence("outgoing_delegations", parts, within=True) == (
        "Trong đó, theo báo cáo của Văn phòng UBND tỉnh, đơn vị có 02 đoàn với 05 lượt người."
    )
    assert unlisted_sentence("outgoing_delegations", parts[:1], within=True) == ""
    assert unlisted_sentence("aid", [(Unit(name="Sở Công Thương"), {"count": 0, "value": 0}, False)]) == ""


def test_the_compiled_note_counts_only_the_answers_that_give_a_figure(outgoing, units, users):
    # The Sở lists its own delegation; the Văn phòng counts two the register does not hold, the university none.
    OutgoingDelegation.objects.create(
        unit=units["sngv"], title="Đoàn Sở đi Lào", persons=3, countries=["LA"], start_date=dt.date(2021, 8, 3)
    )
    request = outgoing()
    answer(request, units["vp"], "accepted", {"outgoing_delegations": {"groups": 2, "persons": 5}})
    answer(request, units["dh"], "accepted", {"outgoing_delegations": {"groups": 0, "persons": 0}})
    text = compilation.compile_report(request, users["officer"]).sections.get(key="I.1.a").text
    assert "Trong đó, theo báo cáo của Văn phòng UBND tỉnh, đơn vị có 02 đoàn với 05 lượt người." in text
    assert "Trường Đại học Phạm Văn Đồng" not in text
    assert "theo báo cáo của 01 đơn vị, có 03 đoàn với 08 lượt cán bộ" in text
