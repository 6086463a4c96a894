from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy as _

from ngoaivu.core.amounts import unit_shown
from ngoaivu.core.confirm import WarningFormMixin
from ngoaivu.core.forms import AmountField, CountField, StoredTextMixin
from ngoaivu.core.date_fields import DateField, DateWidget
from ngoaivu.core.figure_limits import text_size_error
from ngoaivu.core.unit_picker import UnitChoiceField
from ngoaivu.core.period_field import PeriodField
from ngoaivu.core.lineage import working_unit
from ngoaivu.core.models import Unit
from ngoaivu.core.permissions import unit_choices_for
from ngoaivu.register.forms import CitationField, resolve_document
from ngoaivu.register.measure_floors import floor_errors
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.style import style_warning
from ngoaivu.pure.period_parsing import parse
from ngoaivu.pure.periods import PeriodError, same_period
from ngoaivu.pure.text import collation_key
from ngoaivu.core.errors import error_text
from ngoaivu.pure.wording import screen_date

from .contradictions import answer_warnings
from .recipients import a_year_after, lifetime_errors, recipient_choices
from .figures import figure_field
from .models import ReportRequest
from .requesting import answer_units


class UnitsByKind(forms.CheckboxSelectMultiple):
    """Units as checkboxes, grouped under their kind ("Sở, ban, ngành", "Trường đại học"…), each group
    with a box that checks all of it (site.js: data-check-all)."""

    template_name = "collection/_units_by_kind.html"

    def optgroups(self, name, value, attrs=None):
        options = [
            option
            for _group, group_options, _index in super().optgroups(name, value, attrs)
            for option in group_options
        ]
        groups = {}
        for option in options:
            groups.setdefault(option["value"].instance.get_kind_display(), []).append(option)
        # Each kind in the alphabet's order: "UBND phường Đức Phổ" after "… Cẩm Thành", not after "… Kon Tum".
        return [
            (kind, sorted(group, key=lambda option: collation_key(option["label"])), index)
            for index, (kind, group) in enumerate(groups.items())
        ]


class RequestForm(StoredTextMixin, forms.ModelForm):
    letter = CitationField(label=_("Văn bản yêu cầu"), required=False)
    period_code = PeriodField(label=_("Kỳ báo cáo"))
    recipients = forms.ModelMultipleChoiceField(
        answer_units(), label=_("Đơn vị được đề nghị báo cáo"), required=False, widget=UnitsByKind
    )

    class Meta:
        model = ReportRequest
        fields = ["letter", "subject", "requested_by", "unit", "template", "period_code", "deadline"]
        widgets = {"deadline": DateWidget()}
        # unit: searched, not sent whole (some 442 units nationally); deadline: "31/02/2027" told as no such day
        field_classes = {"unit": UnitChoiceField, "deadline": DateField}

    def __init__(self, *args, user=None, direction=ReportRequest.Direction.INCOMING, **kwargs):
        super().__init__(*args, **kwargs)
        self.direction, self.user = direction, user
        self.fields["letter"].user = user  # another unit's document is not told (core register_clash)
        self.fields["template"].queryset = ReportTemplate.objects.filter(is_active=True)
        self.fields["recipients"].queryset = recipient_choices()
        self.fields["unit"].queryset = unit_choices_for(user, self.instance.unit_id if self.instance.pk else None)
        self.fields["unit"].widget.active_only = True  # its search offers what unit_choices_for() offers
        if user is not None and user.unit_id:
            self.fields["unit"].initial = working_unit(user).pk
        if direction == ReportRequest.Direction.OUTGOING:
            self.fields["unit"].label = _("Đơn vị gửi yêu cầu, tổng hợp")
            # The model's help names both kinds of request: each form says its own.
            self.fields["unit"].help_text = _("Đơn vị gửi yêu cầu và tổng hợp báo cáo của các đơn vị.")
            self.fields["requested_by"].widget = forms.HiddenInput()
            self.fields["recipients"].required = True
        else:
            self.fields["unit"].label = _("Đơn vị phải báo cáo")
            self.fields["unit"].help_text = _("Đơn vị phải báo cáo theo yêu cầu của cấp trên.")
            del self.fields["recipients"]

    def clean(self):
        cleaned = super().clean()
        unit, code = cleaned.get("unit"), cleaned.get("period_code")
        template = cleaned.get("template")
        if unit and code:
            try:
                period = parse(code, unit.reporting_convention)
            except PeriodError as error:
                self.add_error("period_code", error_text(error))
            else:
                # The deadline before the period's first day is the model's rule (ReportRequest.clean), asked
                # as the admin asks it once the form's fields are on the request.
                cleaned["period_code"] = period.code()
                self._check_deadline_not_far(cleaned.get("deadline"), period)
                if template:
                    try:
                        template.check_period(period)
                    except ValidationError as error:
                        self.add_error(None, error)
        if self.direction == ReportRequest.Direction.OUTGOING and not self.instance.pk:
            self._check_new_outgoing(cleaned)
        # The units whose answers would count some rows twice, the asking unit's own or each other's: the
        # model's rule over all of them, as the admin asks it. Refused here, send_request creates no answer.
        asking = ReportRequest(direction=self.direction, unit=unit, period_code=cleaned.get("period_code") or "")
        recipients = list(cleaned.get("recipients") or ())
        for _recipient, error in [*lifetime_errors(asking, recipients), *asking.asked_units_errors(recipients)]:
            self.add_error("recipients", error)
        letter = cleaned.get("letter")
        if letter is not None and not cleaned.get("requested_by") and letter.issuer:
            cleaned["requested_by"] = letter.issuer
        return cleaned

    def _check_deadline_not_far(self, deadline, period):
        """A deadline more than a year after both the period's end and today is a year mistyped («2099»):
        no report is asked for so late, and the request would wait on the home pages for years."""
        if deadline is None:
            return
        latest = a_year_after(max(period.end, timezone.localdate()))
        if deadline > latest:
            self.add_error(
                "deadline",
                _(
                    "Hạn báo cáo %(deadline)s quá xa: hạn không được muộn hơn một năm sau ngày kết thúc kỳ báo cáo "
                    "hoặc sau hôm nay (muộn nhất là %(latest)s)."
                )
                % {"deadline": screen_date(deadline), "latest": screen_date(latest)},
            )

    def _check_new_outgoing(self, cleaned):
        """A request sent out today: its deadline still ahead (the units would be late the day they get
        it), and not one the office already sent for the same report and period."""
        deadline, today = cleaned.get("deadline"), timezone.localdate()
        if deadline and deadline < today:
            self.add_error(
                "deadline",
                _("Hạn báo cáo đã qua (hôm nay là %(today)s): các đơn vị sẽ trễ hạn ngay khi nhận yêu cầu.")
                % {"today": screen_date(today)},
            )
        unit, code = cleaned.get("unit"), cleaned.get("period_code")
        if unit is None or not code:
            return
        period = parse(code, unit.reporting_convention)
        sent = ReportRequest.objects.filter(
            direction=ReportRequest.Direction.OUTGOING, unit=unit, template=cleaned.get("template")
        ).order_by("pk")
        # The same days however typed: a range of a year's days is that year (Period.is_same_period).
        same = next(
            (item for item in sent if same_period(lambda: item.period_for(unit), item.period_code, period)), None
        )
        if same is not None:
            self.add_error(
                None,
                _(
                    "Đã gửi yêu cầu «%(subject)s» cho cùng mẫu và kỳ báo cáo này; các đơn vị trả lời yêu cầu đó. "
                    "Để đề nghị thêm đơn vị báo cáo, chọn «Thêm đơn vị» trên trang của yêu cầu đó."
                )
                % {"subject": same.subject},
            )

    def _post_clean(self):
        letter = self.cleaned_data.pop("letter", None)
        super()._post_clean()
        self.cleaned_data["letter"] = letter

    def save(self, commit=True):
        self.instance.letter = resolve_document(self.cleaned_data.get("letter"), self.user)
        self.instance.direction = self.direction
        if self.direction == ReportRequest.Direction.OUTGOING and not self.instance.requested_by:
            self.instance.requested_by = self.cleaned_data["unit"].name
        return super().save(commit=commit)


class AddUnitsForm(forms.Form):
    """Units added to an outgoing request already sent: one the office forgot is asked on the same request
    (a second request for the same report and period is refused, RequestForm), each refused that would
    count some rows twice beside the units asked already (ReportRequest.asked_units_errors)."""

    recipients = forms.ModelMultipleChoiceField(answer_units(), label=_("Đơn vị được đề nghị thêm"), widget=UnitsByKind)

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        asked = set(request.submissions.values_list("unit_id", flat=True))
        self.asked = list(Unit.objects.filter(pk__in=asked))
        try:
            period = request.period_for(request.unit)
        except PeriodError:
            period = None
        # the units that existed in the asked period only: a 9-month 2021 request offers no commune of 2025
        self.fields["recipients"].queryset = recipient_choices(exclude=asked | {request.unit_id}, period=period)

    def clean_recipients(self):
        added = list(self.cleaned_data["recipients"])
        errors = lifetime_errors(self.request, added)
        errors += self.request.asked_units_errors([*self.asked, *added], self.request.standing_units())
        if errors:
            raise ValidationError([why for _unit, why in errors])
        return added


# The name of the «Gửi báo cáo» button (collection/submission.html). A browser posts a button that has no
# value as "submit=" (empty): its name being posted is what says the answer is sent, not a draft.
SEND = "submit"


def sends(data):
    """Whether the posted data (request.POST, a form's data) sends the answer rather than saves a draft."""
    return data is not None and SEND in data


class AnswerForm(WarningFormMixin, forms.Form):
    """The template's figures and one text per section, as the unit answers them. Sent (not saved as a
    draft), a figure that its section's text says none of or another number of, or that differs from the one
    read from the unit's uploaded report, is asked about once more (core/confirm.py): «Tôi đã kiểm tra» sends it."""

    # The answer's version the page was opened at: a save from a page another tab has since saved over is refused.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)
    instance = None  # no stored row whose warnings would be asked again (WarningFormMixin)

    def __init__(
        self,
        *args,
        measures=(),
        sections=(),
        values=None,
        texts=None,
        version=None,
        period=None,
        read=None,
        labels=None,
        register=None,
        unit=None,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.period = period
        self.unit = unit  # the answering unit, whose register gives the year to date its text is compared with
        self.read = read or {}  # {(code, measure): the figure read from the uploaded report} (figures.documented)
        self.register = register or {}  # {figure field: the register's figure}, which a box left blank keeps
        # {section key: "I.5"}: a section by its numbers as the report prints them (answer_outline.numbered)
        self.labels = labels or {}
        self.fields["version"].initial = version
        values, texts = values or {}, texts or {}
        self.measure_rows, self.section_rows = [], []
        self.unmatched = {}  # {(code, measure): message}: a draft's figures that do not agree yet (clean)
        self.words = {(code, measure): unit_shown(word) for code, _n, measure, word in measures}
        for code, name, measure, word in measures:
            field_name = figure_field(code, measure)
            figure = {"decimal_places": 0} if word == "đồng" else {}
            self.fields[field_name] = (AmountField if figure else CountField)(
                label=f"{gettext(name)} ({unit_shown(word)})",
                min_value=0,
                required=False,
                initial=(values.get(code) or {}).get(measure),
                **figure,
            )
            self.measure_rows.append(field_name)
        for key, number, heading in sections:
            field_name = f"s__{key}"
            self.fields[field_name] = forms.CharField(
                # by its numbers as the report prints them (answer_outline.numbered), else by its key
                label=f"{self.labels.get(key, key)} {heading}".strip(),
                required=False,
                initial=texts.get(key, ""),
                widget=forms.Textarea(attrs={"rows": 4}),
            )
            self.section_rows.append(field_name)

    @property
    def sending(self):
        """Whether this post sends the answer (the warnings are asked) rather than saves a draft."""
        return sends(self.data)

    @property
    def warnings_heading(self):
        """The warnings' heading (_error_summary.html): they are asked when the answer is sent, not saved."""
        if self.sending:
            return gettext("Một số nội dung cần kiểm tra lại trước khi gửi báo cáo, xem các ô được đánh dấu.")
        return super().warnings_heading

    def clean(self):
        cleaned = super().clean()
        values = {}
        for name, code, measure in self._figures():
            if name in self.errors:
                continue
            if cleaned.get(name) is None:
                # A box emptied keeps the register's figure, the one it was prefilled with, rather than
                # replacing it by 0 as if the unit had counted none; 0 is typed when there was none.
                cleaned[name] = self.register.get(name) or 0
            values.setdefault(code, {})[measure] = cleaned[name]
        # 3 đoàn with 1 lượt người, 14 lượt người in 0 đoàn: refused beside the figure that cannot be, as the
        # register's form refuses it, when the answer is sent. A draft is an answer being typed: it keeps
        # what was typed (draft_problems says what is still to put right), as long as each figure can be stored.
        below = floor_errors(values)
        if self.sending and below:
            self.add_error(None, gettext("Chưa gửi báo cáo: một số số liệu chưa khớp nhau, xem các ô được đánh dấu."))
            for (code, measure), message in below.items():
                self.add_error(figure_field(code, measure), message)
        self.unmatched = {} if self.sending else below
        for name in self.section_rows:
            too_long = text_size_error(cleaned.get(name))
            if too_long:
                self.add_error(name, too_long)
        return cleaned

    def draft_problems(self):
        """[«label: message»]: what a draft saved as typed must still put right before it is sent (clean)."""
        return [
            f"{self.fields[figure_field(code, measure)].label}: {message}"
            for (code, measure), message in self.unmatched.items()
        ]

    def warning_checks(self):
        if not self.sending:
            return ()  # a draft is saved as typed: the warnings are for sending
        return (self._answer_warnings,)

    def _answer_warnings(self, cleaned):
        """{figure field: message}: contradictions.answer_warnings of the figures and texts as typed: a figure
        its section's text says otherwise of in the period, none («Trong tháng, Trường chưa tổ chức lớp tập
        huấn.» beside 02 classes) or another number («tiếp nhận 03 khoản viện trợ» beside 02), of the period or
        of the year to date («Tính chung 9 tháng, …»), or one other than the figure read from the unit's
        uploaded report. The API asks the same."""
        texts = {name[3:]: cleaned.get(name) or "" for name in self.section_rows}
        values = {}
        for name, code, measure in self._figures():
            values.setdefault(code, {})[measure] = int(cleaned.get(name) or 0)
        found = answer_warnings(texts, values, self.period, self.read, self.labels, self.words, unit=self.unit)
        warnings = {figure_field(code, measure): message for (code, measure), message in found.items()}
        # a count under ten with one digit, a date that is none: asked as the report's section editor asks them
        warnings.update((name, said) for name in self.section_rows if (said := style_warning(cleaned.get(name))))
        return warnings

    def _figures(self):
        for name in self.measure_rows:
            _prefix, code, measure = name.split("__")
            yield name, code, measure

    def figure_fields(self):
        return [self[name] for name in self.measure_rows]

    def answer(self):
        values, texts = {}, {}
        for name, code, measure in self._figures():
            values.setdefault(code, {})[measure] = int(self.cleaned_data.get(name) or 0)
        for name in self.section_rows:
            texts[name[3:]] = (self.cleaned_data.get(name) or "").strip()
        return values, texts


class UploadForm(forms.Form):
    # An empty file passes here so that read_upload refuses it in the same words as everywhere.
    # Posted with the answer form (collection/submission.html), whose typing it must not lose.
    file = forms.FileField(
        label=_("Tệp báo cáo (.docx, .doc, .pdf)"),
        allow_empty_file=True,
        widget=forms.FileInput(attrs={"form": "answer"}),
    )


class CompliancePeriodForm(forms.Form):
    """The period whose deadlines the on-time rate counts, chosen with the picker the statistics pages use;
    blank, the last 12 months."""

    period = PeriodField(label=_("Kỳ"), required=False, blank_label=_("12 tháng qua"))

    def clean_period(self):
        text = self.cleaned_data["period"]
        if not text:
            return None
        try:
            return parse(text)
        except PeriodError as error:
            raise ValidationError(error_text(error)) from None

    @property
    def refused(self):
        """Whether a period was asked for that cannot be read (a year out of range, a word for a year): the
        page then says why beside the picker and counts nothing, rather than another period's rate."""
        return self.is_bound and not self.is_valid()

    def chosen(self):
        """The period asked for, or None: the last 12 months when none is asked, nothing to count when
        the one asked is refused (refused)."""
        return self.cleaned_data.get("period") if self.is_bound and self.is_valid() else None


class ReviewForm(forms.Form):
    comment = forms.CharField(label=_("Ý kiến"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
