from collections import Counter

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.date_fields import DateField, DateWidget
from ngoaivu.core.unit_picker import UnitChoiceField
from ngoaivu.core.confirm import WarningFormMixin
from ngoaivu.core.figure_limits import text_size_error
from ngoaivu.core.forms import StoredTextMixin, VersionFormMixin
from ngoaivu.core.models import Unit
from ngoaivu.core.period_field import PeriodField, in_words
from ngoaivu.core.lineage import working_unit
from ngoaivu.core.permissions import is_unit_bound, readable_unit_ids, unit_choices
from ngoaivu.register.forms import CitationField
from ngoaivu.pure.period_parsing import parse
from ngoaivu.pure.periods import PeriodError, same_period
from ngoaivu.pure.wording import screen_date

from .document import split_footnotes
from .earlier_work import earlier_holder
from .models import Report, ReportSection, ReportTemplate
from .services import check_as_of, default_as_of
from .style import style_warning


# What the person can do with an existing report of the period, by its state: only a draft is edited
# (Report.is_editable); the approver returns a submitted or approved one (workflow.TRANSITIONS); an issued one
# stays as issued, and a correction is another document (frozen.py).
_EXISTING_STATES = {
    Report.Status.DRAFT: _("Mở dự thảo đã có để sửa."),
    Report.Status.SUBMITTED: _("Báo cáo đang chờ duyệt: muốn cập nhật, người duyệt trả lại để sửa."),
    Report.Status.APPROVED: _(
        "Báo cáo đã duyệt không sửa được nữa; nếu cần sửa, người duyệt trả lại (ghi lý do) để soạn lại trước khi "
        "ban hành."
    ),
    Report.Status.ISSUED: _(
        "Báo cáo đã ban hành giữ nguyên, không sửa được; nếu cần đính chính, lập văn bản khác bằng một dự thảo mới."
    ),
}


def _second_report_question(statuses, listed):
    """What the form says of the unit's reports (listed) of the template for the period, in statuses."""
    if statuses == {Report.Status.DRAFT}:
        said = _(
            "Đơn vị đã có báo cáo cùng mẫu cho kỳ này: %(reports)s. Mở báo cáo đã có để sửa, hoặc đánh dấu "
            "«Vẫn lập thêm một dự thảo» nếu cần thêm một bản (ví dụ trả lời một văn bản khác)."
        )
        return said % {"reports": listed}
    opening = _("Đơn vị đã có báo cáo cùng mẫu cho kỳ này: %(reports)s.") % {"reports": listed}
    states = [str(said) for status, said in _EXISTING_STATES.items() if status in statuses]
    closing = _("Đánh dấu «Vẫn lập thêm một dự thảo» nếu cần thêm một bản (ví dụ trả lời một văn bản khác).")
    return " ".join([opening, *states, str(closing)])


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

    # Asked for only when the unit chosen recorded nothing in the period and another did its work then
    # (reporting/earlier_work.py): hidden until then, and shown ticked again while the form comes back.
    draft_anyway = forms.BooleanField(
        label=_("Vẫn lập báo cáo cho đơn vị đã chọn"), required=False, widget=forms.HiddenInput
    )
    # Asked for only when the unit already has a report of the template for the period: a second draft
    # is allowed (one answering another letter), never made unknowingly.
    second_draft = forms.BooleanField(label=_("Vẫn lập thêm một dự thảo"), required=False, widget=forms.HiddenInput)
    field_order = ["unit", "draft_anyway"]

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["letter"].user = user  # another unit's document is not told (core register_clash)
        self.existing_reports = []  # those the page links to, when a second draft is asked about
        self.fields["as_of"].help_text = _(
            "Để trống: kỳ đã kết thúc tính đến hết kỳ; kỳ đang diễn ra tính đến hôm nay (%(today)s)."
        ) % {"today": screen_date(timezone.localdate())}
        # Every unit, ended ones too: an ended unit still reports on the time it existed (create_report refuses the rest).
        # Not the province itself: it is the land the units work in, no body that writes a report.
        self.fields["unit"].queryset = unit_choices(user, Unit.objects.exclude(kind=Unit.Kind.PROVINCE))
        if user is not None and user.unit_id and not self.is_bound:
            self.fields["unit"].initial = self._preset(working_unit(user), self.initial.get("period_code"))

    def _preset(self, unit, code):
        """The unit the form starts from: the user's working unit, or, for a period given in advance
        (?period_code=2021), the unit that did its work then, when the user may choose that one."""
        found = self._earlier_holder(unit, code, None) if code else None
        if found is not None and self._may_choose(found[0].unit):
            return found[0].unit.pk
        return unit.pk

    def _earlier_holder(self, unit, code, as_of):
        """(earlier_holder(), the period) for the unit and the period as create_report will read them; None
        when nobody else did the work, the period does not read or the unit did not exist then
        (create_report says why)."""
        try:
            period = parse(code, unit.reporting_convention, as_of)
            unit.check_existed(period.start, period.end)
        except (PeriodError, ValidationError):
            return None
        may_read = readable_unit_ids(self.user) if self.user is not None and is_unit_bound(self.user) else None
        holder = earlier_holder(unit, period, may_read)
        return None if holder is None else (holder, period)

    def _may_choose(self, unit):
        return self.fields["unit"].queryset.filter(pk=unit.pk).exists()

    def clean(self):
        data = super().clean()
        unit, code = data.get("unit"), data.get("period_code")
        if unit is None or not code or "as_of" in self.errors:
            return data
        data["as_of"] = self._cut_off(unit, code, data.get("as_of"))
        # Each question at once, on one page: not the second only once the first is answered.
        found = self._earlier_holder(unit, code, data.get("as_of"))
        if found is not None:
            self.fields["draft_anyway"].widget = forms.CheckboxInput()
            if not data.get("draft_anyway"):
                self.add_error("unit", self._earlier_work_warning(unit, *found))
        if data.get("template") is not None:
            self._ask_before_a_second_draft(unit, data["template"], code, data.get("as_of"), data.get("second_draft"))
        return data

    @staticmethod
    def _cut_off(unit, code, as_of):
        """The day the figures will be counted to, as create_report stores it: for a period still under way
        left blank, today, so that a second draft of the same days is asked about."""
        try:
            return default_as_of(parse(code, unit.reporting_convention), as_of)
        except PeriodError:
            return as_of

    def _ask_before_a_second_draft(self, unit, template, code, as_of, confirmed):
        try:
            period = parse(code, unit.reporting_convention, as_of)
            template.check_period(period)
        except (PeriodError, ValidationError):
            return  # no report can be made: create_report says why, beside its field
        reports = Report.objects.readable_by(self.user) if self.user is not None else Report.objects.all()
        # The same period however it was typed: a range of a quarter's days is that quarter's report.
        of_template = reports.filter(unit=unit, template=template).order_by("pk")
        fields = ("title", "status", "period_code", "convention", "as_of")
        same = [r for r in of_template.only(*fields) if same_period(lambda: r.period, r.period_code, period, r.as_of)]
        self.existing_reports = same
        if not self.existing_reports:
            return
        self.fields["second_draft"].widget = forms.CheckboxInput()
        if not confirmed:
            listed = "; ".join(f"«{report.title}» ({report.get_status_display().lower()})" for report in same)
            self.add_error("period_code", _second_report_question({report.status for report in same}, listed))

    @property
    def existing_links(self):
        """[(report, its link's words)] of existing_reports: a draft is opened to be edited, a report past it
        is looked at (Report.is_editable)."""
        return [
            (report, (_("Mở «%(title)s»") if report.is_editable else _("Xem «%(title)s»")) % {"title": report.title})
            for report in self.existing_reports
        ]

    def _earlier_work_warning(self, unit, holder, period):
        """Who did the work in period, named only to a user who reads that unit's rows (core/permissions)."""
        named = self.user is None or not is_unit_bound(self.user) or holder.unit.pk in readable_unit_ids(self.user)
        values = {
            "period": in_words(period),
            "unit": unit,
            "holder": holder.unit if named else "",
            "day": screen_date(holder.last_day),
        }
        if not named:
            said = _(
                "Trong kỳ %(period)s, công tác đối ngoại do đơn vị khác đảm nhiệm, sổ theo dõi của %(unit)s "
                "không có bản ghi nào trong kỳ này."
            )
        elif holder.focal:
            said = _(
                "Trong kỳ %(period)s, công tác đối ngoại do %(holder)s đảm nhiệm (đến ngày %(day)s), sổ theo dõi "
                "của %(unit)s không có bản ghi nào trong kỳ này."
            )
        else:
            said = _(
                "Trong kỳ %(period)s, công việc nay do %(unit)s đảm nhiệm được ghi trong sổ theo dõi của %(holder)s "
                "(đến ngày %(day)s); sổ theo dõi của %(unit)s không có bản ghi nào trong kỳ này."
            )
        if named and self._may_choose(holder.unit):
            asked = _("Chọn %(holder)s để lập báo cáo kỳ này, hoặc đánh dấu «Vẫn lập báo cáo cho đơn vị đã chọn».")
        else:
            asked = _("Nếu vẫn lập báo cáo cho %(unit)s, đánh dấu «Vẫn lập báo cáo cho đơn vị đã chọn».")
        return f"{said % values} {asked % values}"


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


class ReportHeadForm(StoredTextMixin, VersionFormMixin, forms.ModelForm):
    """The parts around the sections: summary line, opening, closing, recipients, signature.

    It carries the report's version: a save over someone else's is refused (VersionConflict).
    """

    # The day the figures are counted to («ngày chốt số liệu»), a draft's only: a report made while its period
    # ran, before create_report stored that day, compares part of its period with the whole of last year's.
    # Changed, it rewrites nothing: the sections whose figures differ are marked stale, to be drafted again.
    as_of = DateField(label=_("Số liệu tính đến ngày"), required=False, widget=DateWidget())

    class Meta:
        model = Report
        fields = ["title", "as_of", "intro", "closing", "recipients", "signer_authority", "signer_title", "signer_name"]
        widgets = {
            # A title may run over two lines ("… năm 2024\nvà phương hướng…"): a one-line box drops the break.
            "title": forms.Textarea(attrs={"rows": 2}),
            "intro": forms.Textarea(attrs={"rows": 4}),
            "closing": forms.Textarea(attrs={"rows": 2}),
            "recipients": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.compiled:  # cut as each unit's answer was: not the compilation's to change
            del self.fields["as_of"]
            return
        try:
            whole = parse(self.instance.period_code, self.instance.convention)
        except PeriodError:
            self.whole_period = None
        else:
            self.whole_period = whole
            self.fields["as_of"].help_text = _(
                "Ngày chốt số liệu: số liệu của kỳ và của cùng kỳ năm trước cùng tính đến ngày này; chọn một ngày "
                "từ %(start)s đến %(end)s, không sau hôm nay. Để trống: tính đến hết kỳ."
            ) % {"start": screen_date(whole.start), "end": screen_date(whole.end)}

    def clean_title(self):
        return "\n".join(line.strip() for line in self.cleaned_data["title"].splitlines() if line.strip())

    def clean_as_of(self):
        """As check_as_of holds every cut-off day; a post without the box (an older page) keeps the
        day stored."""
        if "as_of" not in self.data:
            return self.instance.as_of
        as_of, whole = self.cleaned_data["as_of"], self.whole_period
        if whole is not None:
            try:
                check_as_of(whole, as_of)
            except ValidationError as error:
                raise ValidationError(error.message_dict["as_of"]) from None
        return as_of

    # A text box's lines come as LF, as the drafted text has them (core/composed.py), so that a head saved
    # unchanged is unchanged (core/locking.py writes no version).
    # The intro, closing and recipients are a few lines each: a paste of a whole document by mistake is
    # refused beside its box, as the register's texts are (core/figure_limits.TEXT_LIMIT).
    def clean_intro(self):
        intro = self._short_text("intro")
        check_footnote_marks(intro, self.instance, "intro")
        return intro

    def clean_closing(self):
        closing = self._short_text("closing")
        check_footnote_marks(closing, self.instance, "closing")
        return closing

    def clean_recipients(self):
        return self._short_text("recipients")

    def _short_text(self, name):
        text = self.cleaned_data[name]
        too_long = text_size_error(text)
        if too_long:
            raise ValidationError(too_long, code="max_length")
        return text


# A section's text at most: some 40 pages, more than the longest list of a year's work; a paste of a
# whole document by mistake is refused before it makes a report no one can open.
SECTION_LIMIT = 100_000


def section_warnings(values):
    """{"text": message} for a section's text left empty (its heading would stand over nothing) or with
    counts under ten written with one digit, of a thousand or more without their dots, or a date that is
    none (style.style_warning): asked about, never changed."""
    text = values.get("text") or ""
    if not text.strip():
        return {
            "text": _(
                "Mục để trống: báo cáo sẽ có đề mục này mà không có nội dung. Nếu không có gì để báo cáo, "
                "nên ghi rõ (ví dụ «Không có hoạt động trong kỳ.»)."
            )
        }
    said = style_warning(text)
    return {"text": said} if said else {}


class SectionForm(StoredTextMixin, WarningFormMixin, VersionFormMixin, forms.ModelForm):
    """A section's text, with the version it started from (see ngoaivu/core/locking.py); an empty text
    or a bare count is saved once the person has checked it (core/confirm.WarningFormMixin)."""

    class Meta:
        model = ReportSection
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 14})}

    def clean_text(self):
        text = self.cleaned_data["text"]
        too_long = text_size_error(text, SECTION_LIMIT)
        if too_long:
            raise ValidationError(too_long, code="max_length")
        check_footnote_marks(text, self.instance.report, self.instance)
        return text

    def warning_checks(self):
        return (section_warnings,)


class FootnoteForm(forms.Form):
    """A footnote added to a section by hand (notes.add_footnote): its text, and the words its mark follows."""

    note = forms.CharField(
        label=_("Nội dung chú thích"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Ví dụ: «Công văn số 49/SNgV-HTQT ngày 31/5/2021 của Sở Ngoại vụ.»"),
    )
    after = forms.CharField(
        label=_("Đặt dấu chú thích ngay sau đoạn chữ"),
        required=False,
        help_text=_("Chép đúng đoạn chữ trong mục; để trống thì dấu chú thích đứng trước dấu chấm cuối mục."),
    )

    def clean_note(self):
        note = self.cleaned_data["note"]
        too_long = text_size_error(note)
        if too_long:
            raise ValidationError(too_long, code="max_length")
        return note


class ChoiceForm(forms.Form):
    """After regenerating: take the new text or keep the edited one."""

    choice = forms.ChoiceField(
        choices=[("new", _("Dùng bản tạo lại")), ("keep", _("Giữ bản đã sửa"))],
        widget=forms.RadioSelect,
        label=_("Chọn"),
        help_text=_(
            "Dùng bản tạo lại: các đoạn tạo tự động được thay bằng bản mới, các đoạn viết thêm được giữ. "
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


class ReportListForm(forms.Form):
    """The filter of the report list. A status that is none (a link mistyped, a state since renamed) is
    refused beside the picker and lists nothing, as the register's list does: never every report as if
    the filter held."""

    status = forms.ChoiceField(
        choices=[("", _("Tất cả")), *Report.Status.choices],
        required=False,
        label=_("Tình trạng"),
        widget=forms.Select(attrs={"data-submit-on-change": True}),
    )

    @property
    def refused(self):
        return self.is_bound and not self.is_valid()

    def filter(self, reports):
        if self.refused:
            return reports.none()
        status = self.cleaned_data["status"] if self.is_bound else ""
        return reports.filter(status=status) if status else reports
