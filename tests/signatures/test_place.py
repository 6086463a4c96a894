"""stamps.place, as properties: wherever the signature block is, the stamps keep their rules."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ngoaivu.signatures.stamps import POINTS_PER_MM, SEAL_DIAMETER_MM, Box, place

lefts = st.floats(min_value=50, max_value=400)
bottoms = st.floats(min_value=80, max_value=700)
widths = st.floats(min_value=40, max_value=200)
gaps = st.floats(min_value=0, max_value=150)
ratios = st.floats(min_value=0.5, max_value=5)


@given(lefts, bottoms, widths, gaps, ratios)
def test_place(left, bottom, width, gap, ratio):
    name = Box(left, bottom, left + width, bottom + 14)
    title = Box(left + 5, name.top + gap, left + width - 5, name.top + gap + 14)
    placement = place(name, title, page=2, image_ratio=ratio)
    signature, seal, field = placement.signature, placement.seal, placement.organisation
    assert placement.page == 2
    # The signature image: the image's proportions, centred over the name, between title and name
    # (when the gap is too narrow, at least 24 pt high anyway).
    assert signature.width / signature.height == pytest.approx(ratio)
    assert signature.centre[0] == pytest.approx(name.centre[0])
    assert signature.bottom >= name.top - 1e-6
    if gap >= 24:
        assert signature.top <= title.bottom + 1e-6
    assert signature.height == pytest.approx(0.9 * max(gap, 24))
    # The seal: real size, its right edge a third of the way into the signature, level with it.
    diameter = SEAL_DIAMETER_MM * POINTS_PER_MM
    assert seal.width == pytest.approx(diameter) and seal.height == pytest.approx(diameter)
    assert seal.right == pytest.approx(signature.left + signature.width / 3)
    assert seal.centre[1] == pytest.approx(signature.centre[1])
    # The organisation's field holds the seal and the text under the name.
    assert field.left <= seal.left and field.top >= seal.top and field.right >= signature.right
    assert field.bottom < name.bottom - 5


@given(lefts, bottoms, widths, ratios)
def test_place_without_a_title(left, bottom, width, ratio):
    name = Box(left, bottom, left + width, bottom + 14)
    placement = place(name, None, page=0, image_ratio=ratio)
    assert placement.signature.bottom >= name.top
    assert placement.signature.height == pytest.approx(0.9 * 60)


@given(st.floats(min_value=20, max_value=50))
def test_seal_size(millimetres):
    name = Box(300, 400, 420, 414)
    seal = place(name, None, page=0, seal_mm=millimetres).seal
    assert seal.width == pytest.approx(millimetres * POINTS_PER_MM)
