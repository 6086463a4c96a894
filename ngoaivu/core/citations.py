"""A typed citation against the register: a row's document sent back unchanged is kept as it is; another is
refused when the register holds its number with another date or issuer, without telling of the documents of
other units the person may not read."""

from django.utils.translation import gettext_lazy as _

from ngoaivu.pure.text import clean_text
from ngoaivu.pure.wording import screen_date

from .legal_documents import CITATION_EXAMPLE, GENERIC_KIND, LegalDocument


def kept_citation(text, kept):
    """The stored document kept (a LegalDocument or its key) when text is its citation as shown
    (citation()): a row's document sent back unchanged, by its edit form or an exported file imported back,
    is kept as it is, not judged again by rules younger than the row (an issuer's dates). None otherwise."""
    if kept is None or text is None:
        return None
    if not isinstance(kept, LegalDocument):
        kept = LegalDocument.objects.filter(pk=kept).first()
    if kept is None or clean_text(str(text), one_line=True).strip() != kept.citation():
        return None
    return kept


def readable_documents(user):
    """The documents user may read, as the «van-ban» area lists them: its units' and those shared (no unit).
    All of them when no user is named (a command, a seed)."""
    from ngoaivu.core.permissions import scope

    documents = LegalDocument.objects.all()
    return documents if user is None else scope(documents, user, shared_when_null=True)


def register_clash(document, user=None):
    """Why a typed citation cannot name the kept document of its number and year: the register holds it
    with another date or another issuer. Neither replaces the other silently: the person corrects the
    one that is wrong. None when they agree, or either leaves it blank (then the kept one is completed).
    A kept document user may not read (another unit's) is not told: the refusal names none of its details,
    and a citation that leaves out its date, issuer or kind is refused too, as naming it would tell them."""
    from ngoaivu.core.issuers import same_body

    if not document.number:
        return None
    same = LegalDocument.objects.cited_as(document)
    if document.issued_on is None and same.exclude(issued_year=None).values("issued_year").distinct().count() > 1:
        return None  # which year is meant is the date's to say (register/forms.undated_choice)
    kept = LegalDocument.objects.kept_for(document)
    if kept is None:
        return None
    other_day = document.issued_on and kept.issued_on and document.issued_on != kept.issued_on
    other_issuer = document.issuer and kept.issuer and not same_body(document.issuer, kept.issuer)
    if user is not None and not readable_documents(user).filter(pk=kept.pk).exists():
        if other_day or other_issuer:
            return _(
                "Số, ký hiệu %(number)s đã có trong sổ văn bản với ngày ban hành hoặc cơ quan ban hành khác với "
                "văn bản đã ghi; đề nghị kiểm tra lại."
            ) % {"number": document.number}
        if _tells_more(kept, document):
            return _(
                "Số, ký hiệu %(number)s đã có trong sổ văn bản: ghi đủ loại văn bản, ngày ban hành và cơ quan ban "
                "hành của văn bản, theo mẫu: %(example)s"
            ) % {"number": document.number, "example": CITATION_EXAMPLE}
        return None
    if not (other_day or other_issuer):
        return None
    return _(
        "Sổ văn bản đã có %(kept)s, khác với văn bản đã ghi: %(typed)s. Sửa lại ngày ban hành, cơ quan ban "
        "hành đã ghi; nếu sổ văn bản ghi sai, sửa văn bản trong sổ trước."
    ) % {"kept": _as_told(kept), "typed": _as_told(document)}


def _tells_more(kept, document):
    """Whether the row citing document would show of kept what document does not say: its date, issuer, kind."""
    return bool(
        (kept.issued_on and not document.issued_on)
        or (kept.issuer and not document.issuer)
        or (kept.doc_type != GENERIC_KIND and document.doc_type == GENERIC_KIND)
    )


def _as_told(document):
    """A document as a message names it: its kind, number, date (dd/mm/yyyy) and issuer."""
    parts = [document.doc_type, f"số {document.number}"]
    if document.issued_on:
        parts.append(f"ngày {screen_date(document.issued_on)}")
    if document.issuer:
        parts.append(f"của {document.issuer}")
    return " ".join(parts)
