import pytest

from ngoaivu.procedures.models import Procedure, Translation


@pytest.fixture
def procedure(units):
    def create(
        code="1.000105",
        name="Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam",
        field="Việc làm",
        agency="Sở Lao động – Thương binh và Xã hội",
        translations=None,
        unit="sngv",
        **texts,
    ):
        """translations: {lang: (status, name)}, or (status, name, {text field: text}); texts: the procedure's
        other texts (documents, steps, legal_basis…)."""
        p = Procedure.objects.create(
            unit=units[unit],
            code=code,
            name=name,
            field=field,
            agency=agency,
            processing_time="05 ngày làm việc",
            fees="600.000 đồng",
            is_public=True,
            **texts,
        )
        for lang, (status, tname, *more) in (translations or {}).items():
            Translation.objects.create(
                procedure=p, language=lang, status=status, name=tname, **(more[0] if more else {})
            )
        return p

    return create


def opened(item, lang="en"):
    """The hidden field the translation page sends: the version of the stored translation, if any."""
    row = Translation.objects.filter(procedure=item, language=lang).first()
    return {"version": row.version} if row is not None else {}
