"""Words an administrator teaches the reader: kept in the database, used by every reading."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from ngoaivu.core.models import ReadingPhrase
from ngoaivu.reading.reader import read_text

TEXT = "BÁO CÁO\nCông tác đối ngoại tháng 8 năm 2021\nI. KẾT QUẢ\n- Trong tháng, Sở tiếp {n} đoàn giao lưu hữu nghị."


def indicators(result):
    return [(f["indicator"], f["groups"]) for f in result["facts"]]


def test_a_phrase_taught_is_read_and_the_shipped_words_come_back_after(db):
    assert indicators(read_text(TEXT.format(n="04"))) == []  # "giao lưu hữu nghị" names nothing yet
    ReadingPhrase.objects.create(indicator="incoming_delegations", phrase="giao lưu hữu nghị")
    phrases = ReadingPhrase.as_lexicon()
    assert phrases == {"incoming_delegations": ["giao lưu hữu nghị"]}
    assert indicators(read_text(TEXT.format(n="04"), phrases=phrases)) == [("incoming_delegations", 4)]
    assert indicators(read_text(TEXT.format(n="04"))) == []  # only for that reading


def test_a_phrase_is_words_not_a_pattern(db):
    ReadingPhrase.objects.create(indicator="incoming_delegations", phrase="đoàn (.*)")
    result = read_text(TEXT.format(n="04"), phrases=ReadingPhrase.as_lexicon())
    assert indicators(result) == []


def test_a_phrase_without_letters_or_twice_is_refused(db):
    with pytest.raises(ValidationError) as refused:
        ReadingPhrase(indicator="aid", phrase=" 123 ").full_clean()
    assert refused.value.message_dict["phrase"] == ["Cụm từ phải có chữ."]
    ReadingPhrase.objects.create(indicator="aid", phrase="quà tặng")
    with pytest.raises(ValidationError) as twice:
        ReadingPhrase(indicator="aid", phrase="quà  tặng").full_clean()
    assert twice.value.message_dict["phrase"] == ["Chỉ tiêu này đã có cụm từ này."]
    with pytest.raises(ValidationError) as capitals:
        ReadingPhrase(indicator="aid", phrase="Quà Tặng").full_clean()  # case aside, as the reader reads
    assert capitals.value.message_dict["phrase"] == ["Chỉ tiêu này đã có cụm từ này."]
    with pytest.raises(ValidationError) as elsewhere:
        ReadingPhrase(indicator="foreign_press_crews", phrase="quà tặng").full_clean()
    assert elsewhere.value.message_dict["phrase"] == [
        "Cụm từ này đã có cho chỉ tiêu «Viện trợ PCPNN được phê duyệt»; mỗi cụm từ chỉ một chỉ tiêu."
    ]
    with pytest.raises(ValidationError) as empty:
        ReadingPhrase(indicator="aid", phrase="").full_clean()
    assert empty.value.message_dict["phrase"] == ["Trường này không được để trắng."]  # one message, not two


def test_an_uploaded_report_is_read_with_the_phrases(client_for, db, run_tasks):
    ReadingPhrase.objects.create(indicator="incoming_delegations", phrase="giao lưu hữu nghị")
    upload = SimpleUploadedFile("bao-cao.txt", TEXT.format(n="06").encode("utf-8"), "text/plain")
    response = client_for("officer").post("/so-theo-doi/doc-bao-cao/", {"file": upload}, follow=True)
    assert response.status_code == 200 and response.context["error"] is None
    assert indicators(response.context["result"]) == [("incoming_delegations", 6)]


def test_a_course_word_taught_makes_those_it_is_given_for_participants(db):
    text = "BÁO CÁO\nCông tác đối ngoại tháng 8 năm 2021\nI. KẾT QUẢ\n- Sở tổ chức chuyên đề lễ tân đối ngoại cho 120 đại biểu."

    def participants(result):
        return [(f["indicator"], f.get("participants")) for f in result["facts"]]

    assert participants(read_text(text)) == []
    ReadingPhrase.objects.create(indicator="training_courses", phrase="chuyên đề")
    assert participants(read_text(text, phrases=ReadingPhrase.as_lexicon())) == [("training_courses", 120)]


def test_a_phrase_beside_people_counts_them_under_its_indicator(db):
    text = "BÁO CÁO\nCông tác đối ngoại tháng 8 năm 2021\nI. KẾT QUẢ\n- Trong tháng, tỉnh đón 25 người nước ngoài đến làm việc."

    def people(result):
        return [(f["indicator"], f.get("persons"), f.get("fishermen")) for f in result["facts"]]

    assert people(read_text(text)) == []  # plain "người" counts anyone: listed unplaced, not guessed
    ReadingPhrase.objects.create(indicator="incoming_delegations", phrase="người nước ngoài đến làm việc")
    assert people(read_text(text, phrases=ReadingPhrase.as_lexicon())) == [("incoming_delegations", 25, None)]
    assert people(read_text(text)) == []
    # foreign workers, whom the shipped words name by their unit alone ("lao động nước ngoài")
    workers = text.replace("tỉnh đón 25 người nước ngoài đến làm việc", "có thêm 25 người sang giảng dạy tiếng Hàn")
    assert people(read_text(workers)) == []
    ReadingPhrase.objects.create(indicator="foreign_experts", phrase="sang giảng dạy tiếng Hàn")
    assert people(read_text(workers, phrases=ReadingPhrase.as_lexicon())) == [("foreign_experts", 25, None)]
    boats = text.replace("tỉnh đón 25 người nước ngoài đến làm việc", "12 người đi biển bị nước ngoài giữ")
    ReadingPhrase.objects.create(indicator="boats_detained", phrase="đi biển bị nước ngoài giữ")
    assert people(read_text(boats, phrases=ReadingPhrase.as_lexicon())) == [("boats_detained", None, 12)]


def test_a_fishing_phrase_still_tells_who_is_held_and_leaves_nothing_behind(db):
    from ngoaivu.reading import lexicon

    text = "BÁO CÁO\nCông tác đối ngoại tháng 8 năm 2021\nI. KẾT QUẢ\n- 12 người bị nước ngoài giữ, đến nay vẫn chưa được thả."
    phrases = {"boats_detained": ["bị nước ngoài giữ"]}
    assert [(f["indicator"], f.get("fishermen")) for f in read_text(text, phrases=phrases)["facts"]] == [
        ("fishermen_still_detained", 12)
    ]
    assert lexicon.PEOPLE_PHRASES == {}
    with pytest.raises(RuntimeError), lexicon.extended(phrases):
        assert lexicon.PEOPLE_PHRASES
        raise RuntimeError("a reading that fails")
    assert lexicon.PEOPLE_PHRASES == {} and "bị\\s+nước" not in lexicon.BOAT_CUES["boats_detained"].pattern


def test_a_phrase_taught_names_its_indicator_in_a_statement_of_none(db):
    text = "BÁO CÁO\nCông tác đối ngoại tháng 8 năm 2021\nI. KẾT QUẢ\n- Trong tháng, Sở không tổ chức diễn đàn hợp tác nào."

    def none_of(result):
        return [(n["indicator"], n["scope"], n["count"]) for n in result["nones"]]

    assert none_of(read_text(text)) == []  # "diễn đàn hợp tác" names nothing yet
    ReadingPhrase.objects.create(indicator="conferences", phrase="diễn đàn hợp tác")
    assert none_of(read_text(text, phrases=ReadingPhrase.as_lexicon())) == [("conferences", "period", 0)]
    assert none_of(read_text(text)) == []  # only for that reading
