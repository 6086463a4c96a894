"""The demo province's 2025 reorganization, as the reporting tests set it up."""

from datetime import date

from ngoaivu.core.models import Succession


def sngv_ends_in_february_2025(units):
    """The Sở Ngoại vụ ends on 28/02/2025; the Văn phòng UBND tỉnh takes the focal point's duties from 01/3/2025."""
    sngv, vp = units["sngv"], units["vp"]
    sngv.coordinates_province, sngv.ended_on, sngv.is_active = True, date(2025, 3, 1), False
    sngv.save()
    vp.coordinates_province = True
    vp.save()
    Succession.objects.create(
        predecessor=sngv, successor=vp, kind=Succession.Kind.DUTIES, effective_on=date(2025, 3, 1), legal_basis="x"
    )
