from collections import Counter

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.forms import DateField, DateWidget, UnitChoiceField, VersionFormMixin
from ngoaivu.core.models import Unit
from ngoaivu.core.period_field import PeriodField
from ngoaivu.core.lineage import working_unit
from ngoaivu.core.permissions import unit_choices
from ngoaivu.register.forms import CitationField
from ngoaivu.pure.text import lf_lines

from .document import split_footnotes
from .models import Report, ReportSection, ReportTemplate


class NewReportForm(forms.Form):
    unit = UnitChoiceField(Unit.objects.all(), label=_("Đơn vị báo cáo"))
    template = forms.ModelChoiceField(ReportTemplate.objects.filter(is_active=True), label=_("Mẫu báo cáo"))
    period_code = PeriodField(label=_("Kỳ báo cáo"))
    as_of = DateField(
        label=_("Số liệu tính đến ngày"),
        required=False,
        widget=DateWidget(),
    )
    letter = CitationField(label=_("Văn bản yêu cầu báo cáo"), required=False)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Every unit, ended ones too: an ended unit still reports on the time it existed (create_report refuses the rest).
        self.fields["unit"].queryset = unit_choices(user, Unit.objects.all())
        if user is not None and user.unit_id:
            self.fields["unit"].initial = working_unit(user).pk


def _marks(text):
    return Counter(number for _piece, number in split_footnotes(text or "") if number)


def check_footnote_marks(text, report, part=None):
    """A mark [[fn:N]] must point at one of the report's footnotes, or the document cannot be made;
    and a footnote is marked once in the whole report, for Word cannot point at one note twice (the
    second mark printed a note with no text). part: the intro, the closing or the section edited,
    whose stored marks are its own; a mark the edit adds to one already there is refused."""
    count, after = len(report.footnotes or []), _marks(text)
    missing = [number for number in sorted(after) if number > count]
    if missing:
        raise ValidationError(
            _(
                "Chú thích [[fn:%(number)s]] không có trong báo cáo (báo cáo có %(count)s chú thích); xóa hoặc sửa dấu này."
            )
            % {"number": missing[0], "count": count}
        )
    parts = {"intro": report.intro, "closing": report.closing}
    parts.update({section.pk: section.text for section in report.sections.all()})
    before = _marks(parts.pop(part if isinstance(part, str) else getattr(part, "pk", None), ""))
    elsewhere = sum((_marks(t) for t in parts.values()), Counter())
    twice = [n for n in sorted(after) if after[n] > before[n] and after[n] + elsewhere[n] > 1]
    if twice:
        raise ValidationError(
            _(
                "Chú thích [[fn:%(number)s]] đã được dẫn ở chỗ khác trong báo cáo; mỗi chú thích chỉ dẫn một lần, "
                "xóa dấu này hoặc thêm một chú thích mới."
            )
            % {"number": twice[0]}
        )


class ReportHeadForm(VersionFormMixin, forms.ModelForm):
    """The parts around the sections: summary line, opening, closing, recipients, signature.

    It carries the report's version: a save over someone else's is refused (VersionConflict).
    """

    class Meta:
        model = Report
        fields = ["title", "intro", "closing", "recipients", "signer_authority", "signer_title", "signer_name"]
        widgets = {
            # A title may run over two lines ("… năm 2024\nvà phương hướng…"): a one-line box drops the break.
            "title": forms.Textarea(attrs={"rows": 2}),
            "intro": forms.Textarea(attrs={"rows": 4}),
            "closing": forms.Textarea(attrs={"rows": 2}),
            "recipients": forms.Textarea(attrs={"rows": 6}),
        }

    def clean_title(self):
        return "\n".join(line.strip() for line in self.cleaned_data["title"].splitlines() if line.strip())

    def clean_intro(self):
        check_footnote_marks(self.cleaned_data["intro"], self.instance, "intro")
        return self.cleaned_data["intro"]

    def clean_closing(self):
        check_footnote_marks(self.cleaned_data["closing"], self.instance, "closing")
        return self.cleaned_data["closing"]


class SectionForm(VersionFormMixin, forms.ModelForm):
    """A section's text, with the version it started from (see ngoaivu/core/locking.py)."""

    class Meta:
        model = ReportSection
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 14})}

    def clean_text(self):
        text = lf_lines(self.cleaned_data["text"])
        check_footnote_marks(text, self.instance.report, self.instance)
        return text


class ChoiceForm(forms.Form):
    """After regenerating: take the new text or keep the edited one."""

    choice = forms.ChoiceField(
        choices=[("new", _("Dùng bản tạo lại")), ("keep", _("Giữ bản đã sửa"))],
        widget=forms.RadioSelect,
        label=_("Chọn"),
        help_text=_(
            "Giữ bản đã sửa: văn bản giữ nguyên các số liệu đang viết, và mục không còn được đánh dấu "
            "là khác với sổ theo dõi cho đến khi số liệu thay đổi lần nữa."
        ),
    )
    # The new text as shown: the choice applies only while it is still the text written now.
    new_text = forms.CharField(widget=forms.HiddenInput, strip=False)
    # The section's version the difference was shown against: a choice made on a stale page is refused.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)

    def clean_choice(self):
        value = self.cleaned_data["choice"]
        if value not in ("new", "keep"):
            raise ValidationError(_("Chọn một phương án."))
        return value
