"""Mistakes found in a report: blank number and date, wrong year, parts that do not add up,
unit codes the register does not know."""

from ngoaivu.reading.citation_checks import unit_code_of
from ngoaivu.reading.reader import read_text


def codes(text, **options):
    return [c["code"] for c in read_text(text, **options)["checks"]]


def test_blank_number_and_date():
    result = read_text("Số: /BC-VP\nQuảng Ngãi, ngày  tháng 11 năm 2024\nBÁO CÁO\nKết quả năm 2024")
    checks = {c["code"]: c for c in result["checks"]}
    assert set(checks) == {"blank_number", "blank_date"}
    assert checks["blank_number"]["text"] == "Số: /BC-VP"
    assert "tháng 11 năm 2024" in checks["blank_date"]["text"]
    assert all(c["message"] and "\n" not in c["message"] for c in result["checks"])
    assert codes("Số: 15/BC-SNgV\nQuảng Ngãi, ngày 10 tháng 9 năm 2021\nBÁO CÁO\nCông tác tháng 8/2021") == []


def test_a_report_dated_before_its_period_is_an_older_ones_date_line():
    header = "Số: 45/BC-ĐHPVĐ\nQuảng Ngãi, ngày {day}\nBÁO CÁO\nCông tác đối ngoại quý III năm 2021\n"
    [check] = read_text(header.format(day="28 tháng 9 năm 2020"))["checks"]
    assert check["code"] == "year_mismatch" and "trước kỳ báo cáo quý III năm 2021" in check["message"]
    assert codes(header.format(day="28 tháng 9 năm 2021")) == []
    # A plan is written before the years it plans.
    assert codes("KẾ HOẠCH\nThực hiện chiến lược đến năm 2030\nBắc Ninh, ngày 05 tháng 4 năm 2022\n") == []


MONTHLY = """BÁO CÁO
Công tác đối ngoại tháng 8/2021
I. KẾT QUẢ CÔNG TÁC THÁNG 8/2021
Trong tháng, Sở quản lý 02 đoàn vào.
II. DỰ KIẾN KẾ HOẠCH CÔNG TÁC THÁNG {plan}
Tổ chức Hội nghị vào tháng {plan}.
"""


def test_year_mismatch_in_the_plan():
    assert codes(MONTHLY.format(plan="9/2021")) == []
    result = read_text(MONTHLY.format(plan="9/2020"))
    assert [c["code"] for c in result["checks"]] == ["year_mismatch", "year_mismatch"]
    assert "THÁNG 9/2020" in result["checks"][0]["message"]
    assert "tháng 9/2020" in result["checks"][1]["message"]


def test_year_mismatch_in_headings_and_comparisons_allowed():
    text = (
        "BÁO CÁO\nCông tác đối ngoại năm 2021\nI. KẾT QUẢ NĂM 2020\nSo với năm 2020, tăng 02 đoàn.\n"
        "II. PHƯƠNG HƯỚNG NĂM 2022\nTiếp tục quản lý đoàn vào."
    )
    assert codes(text) == ["year_mismatch"]  # the heading, not the comparison
    december = "BÁO CÁO\nCông tác tháng 12/2021\nI. KẾT QUẢ\nII. DỰ KIẾN CÔNG TÁC THÁNG 01/2022\n"
    assert codes(december) == []


def test_the_plan_named_in_the_closing_sentence_takes_the_next_period_s_year():
    head = "BÁO CÁO\nCông tác đối ngoại quý II năm 2019\nI. KẾT QUẢ\nTrong quý, Sở quản lý 03 đoàn vào.\n"
    closing = "Trên đây là báo cáo công tác quý II và phương hướng, nhiệm vụ quý III năm {year} của Sở Ngoại vụ."
    assert codes(head + closing.format(year=2019)) == []
    result = read_text(head + closing.format(year=2018))
    assert [c["code"] for c in result["checks"]] == ["year_mismatch"]
    assert "quý III năm 2018" in result["checks"][0]["message"]
    # Work left from an earlier period is no plan.
    assert codes(head + "Sở tiếp tục thực hiện các nhiệm vụ còn lại của quý IV năm 2018.") == []
    # The report's own year after a plan's name is no mistake.
    assert codes(head + "Thực hiện kế hoạch công tác quý II năm 2019, Sở đã tổ chức hội nghị.") == []


def test_cited_documents_do_not_count_for_the_year():
    text = (
        "BÁO CÁO\nCông tác đối ngoại tháng 8/2021\nI. DỰ KIẾN THÁNG 9/2021\nTriển khai Kế hoạch số 5/KH-UBND "
        "ngày 03/6/2020 của UBND tỉnh về công tác tháng 9/2020."
    )
    assert codes(text) == []


def test_parts_total_mismatch():
    text = (
        "BÁO CÁO\nCông tác tháng 8/2021\nI. KẾT QUẢ\nĐón 17 đoàn khách quốc tế với 120 lượt người, trong đó: "
        "lãnh đạo tỉnh tiếp 05 đoàn, các sở, ngành tiếp 10 đoàn."
    )
    result = read_text(text)
    (check,) = result["checks"]
    assert check["code"] == "parts_total_mismatch"
    assert "15" in check["message"] and "17" in check["message"]
    assert codes(text.replace("10 đoàn", "12 đoàn")) == []
    # One part alone, or parts named as examples, need not add up.
    assert codes("Đón 17 đoàn khách nước ngoài, trong đó có 05 đoàn Nhật Bản.") == []


def test_parts_that_pick_some_out_or_meet_a_rounded_total_raise_nothing():
    head = "BÁO CÁO\nCông tác năm 2023\nI. KẾT QUẢ\n"
    mismatched = head + "Năm 2023, có 750 LHS đang học tập tại trường, trong đó có 548 LHS Lào, 197 LHS Campuchia."
    assert codes(mismatched) == ["parts_total_mismatch"]  # 745 of 750
    assert codes(mismatched.replace("750", "gần 750")) == []  # "gần 750": 745 is near, within its tens
    assert codes(mismatched.replace("750", "gần 750").replace("197", "182")) == ["parts_total_mismatch"]  # 730
    assert codes(mismatched.rstrip(".") + "…") == []  # a list left open
    assert codes(mismatched.replace("548", "248").replace("197", "92")) == []  # 340 of 750: a few picked out
    # a hedge covers the rounding of a round total only: "hơn 15" dự án is not 7 + 9
    assert codes(head + "Năm 2023, tỉnh tiếp nhận hơn 15 dự án viện trợ, trong đó 7 dự án y tế, 9 dự án giáo dục.") == [
        "parts_total_mismatch"
    ]
    # hedged parts may make a total within their rounding: "hơn 7.300" is up to 7.400
    workers = head + "Hiện có {} lao động nước ngoài, trong đó {} lao động Trung Quốc và 7.600 lao động Hàn Quốc."
    assert codes(workers.format("hơn 15.000", "hơn 7.300")) == []
    assert codes(workers.format("15.000", "hơn 7.300")) == []
    assert codes(workers.format("15.000", "7.300")) == ["parts_total_mismatch"]
    assert codes(workers.format("hơn 15.000", "gần 7.300")) == ["parts_total_mismatch"]  # under 14.900
    assert codes(workers.format("15.200", "hơn 7.300")) == ["parts_total_mismatch"]  # 100 beyond the rounding


def test_parts_that_run_on_after_a_semicolon_are_parts_of_the_same_total():
    text = (
        "BÁO CÁO\nCông tác đối ngoại tháng 4 năm 2022\nI. KẾT QUẢ\nTrong tháng, đón tiếp 14 đoàn khách nước "
        "ngoài với 52 lượt người. Trong đó, làm việc với các sở, ngành là {a} đoàn với 30 lượt người; làm việc "
        "với lãnh đạo tỉnh là 03 đoàn với {b} lượt người."
    )
    result = read_text(text.format(a="10", b="12"))
    parts = [(f["groups"], f["persons"]) for f in result["facts"] if f["scope"] == "part"]
    assert parts == [(10, 30), (3, 12)]
    (check,) = result["checks"]
    assert check["message"] == ("Các số liệu chi tiết cộng lại 13 đoàn, khác tổng số 14 đoàn nêu trước đó.")
    assert codes(text.format(a="11", b="22")) == []  # 11 + 03 đoàn, 30 + 22 lượt người


def test_parts_check_writes_its_figures_as_the_report_would():
    text = (
        "BÁO CÁO\nCông tác đối ngoại năm 2022\nI. KẾT QUẢ\nNăm 2022, trên địa bàn tỉnh có 5.300 lao động nước "
        "ngoài, trong đó lao động người Trung Quốc là 4.156 người, lao động người Hàn Quốc là 1.000 người."
    )
    (check,) = read_text(text)["checks"]
    assert check["message"] == "Các số liệu chi tiết cộng lại 5.156 người, khác tổng số 5.300 người nêu trước đó."


def test_parts_check_of_an_amount_in_a_foreign_currency_names_that_currency():
    text = (
        "BÁO CÁO\nCông tác viện trợ năm 2008\nI. KẾT QUẢ\nTỉnh tiếp nhận dự án viện trợ trị giá 988.529,74 Euro, "
        "trong đó Ủy ban châu Âu viện trợ 741.397,30 Euro và tổ chức CARE Đan Mạch viện trợ 200.000 Euro."
    )
    (check,) = read_text(text)["checks"]
    assert check["message"] == (
        "Các số liệu chi tiết cộng lại 941.397,3 EUR, khác tổng số 988.529,74 EUR nêu trước đó."
    )


def test_a_part_the_register_does_not_count_leaves_the_sum_unchecked():
    head = "BÁO CÁO\nCông tác năm 2023\nI. KẾT QUẢ\n"
    text = head + (
        "Đến nay, tỉnh tài trợ học bổng cho 36 DHS Campuchia, trong đó đào tạo đại học cho 10 DHS; dạy tiếng Việt "
        "cho {} cán bộ của 2 tỉnh; {} DHS học ngành Y sĩ."
    )
    assert codes(text.format(8, 18)) == []  # 10 + 8 cán bộ + 18: the officials are not counted here
    assert codes(text.format(8, 18).replace("cho 8 cán bộ của 2 tỉnh; ", "")) == ["parts_total_mismatch"]


def test_unknown_unit_code_only_when_codes_are_given():
    text = (
        "Thực hiện Công văn số 1353/SNgV-ĐN ngày 09/11/2023, Công văn số 12/SXYZ-VP ngày 01/02/2023, "
        "Quyết định số 06/2021/QĐ-UBND, Nghị quyết số 01/NQ-CP và Nghị quyết số 22-NQ/TW."
    )
    assert codes(text) == []
    result = read_text(text, known_unit_codes={"SNgV", "UBND", "VP"})
    assert [(c["code"], c["text"].split(" ngày")[0]) for c in result["checks"]] == [
        ("unknown_unit_code", "Công văn số 12/SXYZ-VP")
    ]
    assert codes(text, known_unit_codes=set()) == ["unknown_unit_code"] * 3
    # a Party number written State-style names a Party organ, not a unit: "1011/CV-TU" is "1011-CV/TU"
    assert codes("Thực hiện văn bản số 1011/CV-TU ngày 14/12/2007 của Tỉnh ủy.", known_unit_codes={"SNgV"}) == []


def test_unit_code_of():
    assert unit_code_of("1353/SNgV-ĐN") == "SNgV"
    assert unit_code_of("06/2021/QĐ-UBND") == "UBND"
    assert unit_code_of("92/KH-UBND") == "UBND"
    assert unit_code_of("1821/VP-HCQT") == "VP"
    assert unit_code_of("22-NQ/TW") == "TW"
    assert unit_code_of("81/2006/QH11") == "QH11"


def test_a_cited_number_and_its_date_naming_different_years():
    text = "Căn cứ Quyết định số 45/2006/QĐ-TTg ngày 28/02/{year} của Thủ tướng Chính phủ về thẻ đi lại của doanh nhân APEC."
    (check,) = read_text(text.format(year=2007))["checks"]
    assert check["code"] == "reference_year_mismatch"
    assert check["message"] == "Số hiệu «45/2006/QĐ-TTg» mang năm 2006 nhưng ngày ban hành ghi 28/02/2007."
    assert codes(text.format(year=2006)) == []
    # an ordinance is numbered by its session's year
    assert codes("Căn cứ Pháp lệnh số 24/1999/PL-UBTVQH10 ngày 28 tháng 4 năm 2000 về nhập cảnh.") == []
    # the date of the sentence that cites it is not the document's
    assert "reference_year_mismatch" not in codes(
        "Ngày 05/3/2015, UBND tỉnh ban hành Kế hoạch thực hiện Quyết định số 45/2006/QĐ-TTg."
    )


def test_the_miscited_date_is_written_as_reports_write_dates():
    (check,) = read_text("Căn cứ Thông tư số 22/2016/TT-BTTTT ngày 05/3/2012 của Bộ Thông tin và Truyền thông.")[
        "checks"
    ]
    assert check["message"] == "Số hiệu «22/2016/TT-BTTTT» mang năm 2016 nhưng ngày ban hành ghi 05/3/2012."


def test_fewer_parts_than_the_total_says_it_gathers_are_picked_out_not_checked():
    text = (
        "BÁO CÁO\nCông tác đối ngoại tháng 10 năm 2026\n"
        "Trên địa bàn tỉnh đang có 2.163 lao động đến từ {n} quốc gia. Trong đó, lao động là người Đài Loan "
        "1.240 người, Trung Quốc 896 người."
    )
    assert codes(text.format(n=19)) == []
    assert codes(text.format(n=2)) == ["parts_total_mismatch"]  # both named: 2.136 is not 2.163


def test_a_day_the_calendar_does_not_have_is_checked_once():
    text = (
        "Số: 15/BC-SNgV\nQuảng Ngãi, ngày 10 tháng 4 năm 2021\nBÁO CÁO\nCông tác tháng 3/2021\n"
        "Khoản viện trợ 4,6 tỷ đồng được phê duyệt ngày 31/02/2021. Ngày 31/02/2021, Sở trình hồ sơ; "
        "đoàn đi ngày 05/15/2021."
    )
    checks = [c for c in read_text(text)["checks"] if c["code"] == "impossible_date"]
    assert [c["message"] for c in checks] == [
        "Ngày 31/02/2021 không có: tháng 2/2021 chỉ có 28 ngày.",
        "Ngày 05/15/2021 không có: tháng chỉ từ 1 đến 12.",
    ]
    assert "impossible_date" not in codes(text.replace("31/02/2021", "28/02/2021").replace("05/15", "05/03"))
