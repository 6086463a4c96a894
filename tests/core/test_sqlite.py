from hypothesis import given, strategies as st

from ngoaivu.core.sqlite import unicode_like


def test_vietnamese_capitals_fold():
    assert unicode_like("%đoàn%", "Đoàn Đại sứ quán")
    assert unicode_like("%ĐẠI%", "trường đại học")
    assert not unicode_like("%doan%", "Đoàn")  # case folds, accents stay


def test_wildcards_and_escape():
    assert unicode_like("a_c", "abc") and not unicode_like("a_c", "abbc")
    assert unicode_like("100\\%", "100%", "\\") and not unicode_like("100\\%", "1000", "\\")


VIETNAMESE = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵÀÁẠĐỆỮ %_\\ ")


@given(VIETNAMESE, VIETNAMESE)
def test_contains_pattern_agrees_with_python(needle, haystack):
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    assert unicode_like(f"%{escaped}%", haystack, "\\") == (needle.casefold() in haystack.casefold())
