"""The one form machinery for every area: built from the model, validated by the model."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from ngoaivu.core.confirm import WarningFormMixin
from ngoaivu.core.forms import figure_formfield
from ngoaivu.core.date_fields import DateWidget, no_cited_day
from ngoaivu.core.unit_picker import UnitChoiceField
from ngoaivu.core.forms import StoredTextMixin, VersionFormMixin
from ngoaivu.core.issuers import issuer_problem
from ngoaivu.core.locking import FIELD as VERSION_FIELD
from ngoaivu.core.citations import kept_citation, readable_documents, register_clash
from ngoaivu.core.legal_documents import CITATION_EXAMPLE
from ngoaivu.core.models import GENERIC_KIND, LegalDocument, Unit
from ngoaivu.core.permissions import default_unit, editable, is_unit_bound, owning_unit, unit_choices

from .models.base import copy_message, first_copy
from .unlikely import checks_for


class CitationField(forms.CharField):
    """A legal document typed as it is cited; found or created when the form is saved."""

    def prepare_value(self, value):
        if isinstance(value, LegalDocument):
            return value.citation()
        if isinstance(value, int):
            doc = LegalDocument.objects.filter(pk=value).first()
            return doc.citation() if doc else ""
        return value

    # On an edit form, the stored document's key (RecordForm): sent back as shown, it is kept as it is, not
    # judged again by rules younger than the row (an issuer's dates), which would refuse an unrelated edit.
    kept = None
    # The person typing: the register's documents they may not read are not told (core register_clash).
    user = None

    def __init__(self, *, user=None, **kwargs):
        self.user = user
        # lazily: a form class built at import time shows it in each user's language
        kwargs.setdefault(
            "help_text", format_lazy(_("Ghi như khi trích dẫn, ví dụ: {example}"), example=CITATION_EXAMPLE)
        )
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        kept = kept_citation(value, self.kept)
        if kept is not None:
            return kept
        document = LegalDocument.from_citation(value, self.user)
        if document is None or not document.number:
            raise ValidationError(_("Không nhận ra văn bản. Ghi theo mẫu: %(example)s") % {"example": CITATION_EXAMPLE})
        problem = citation_problem(value, document, self.user)
        if problem:
            raise ValidationError(problem)
        return document


def citation_problem(text, document, user=None, issuers=None):
    """Why a parsed citation cannot be kept, beside a form's field or an import's row (widgets.CitationWidget):
    its issuer did not exist on its date (core/issuers.py; issuers, the units an import read once); without a
    date, the date it writes does not exist, or the number alone names documents of several years. None when
    nothing is wrong."""
    if document.issued_on:
        return issuer_problem(document, issuers)
    return no_cited_day(text) or undated_choice(document, user)


def undated_choice(document, user=None):
    """Why a citation without its date cannot be resolved: numbers start again each year, so when the
    register holds that number in more than one year, which document is meant is the date's to say. The
    years are named only when user may read every one of those documents (another unit's are not told)."""
    same = LegalDocument.objects.cited_as(document).filter(issued_year__isnull=False)
    years = list(same.order_by("issued_year").values_list("issued_year", flat=True).distinct())
    if len(years) < 2:
        return None
    if user is not None and same.exclude(pk__in=readable_documents(user).values("pk")).exists():
        return _("Sổ văn bản có %(type)s số %(number)s của nhiều năm: ghi thêm ngày ban hành để chọn đúng văn bản.") % {
            "type": document.doc_type,
            "number": document.number,
        }
    return _(
        "Sổ theo dõi có %(type)s số %(number)s của các năm %(years)s: ghi thêm ngày ban hành để chọn đúng văn bản."
    ) % {
        "type": document.doc_type,
        "number": document.number,
        "years": ", ".join(str(year) for year in years),
    }


def resolve_document(document, user=None):
    """The saved LegalDocument for a parsed citation: an existing one is reused and completed, never
    changed: one the register holds with another date or issuer is refused (core register_clash), and
    one user may not read is named only by a citation that tells all the row would show of it."""
    if document is None or document.pk:
        return document
    problem = register_clash(document, user)  # from_citation has said it beside the field; kept since
    if problem:
        raise ValidationError(problem)
    existing = LegalDocument.objects.kept_for(document)
    if existing is None:
        document.save()
        return document
    changed = existing.doc_type == GENERIC_KIND and document.doc_type != GENERIC_KIND
    if changed:
        existing.doc_type = document.doc_type  # the kind named at last
    for name in ("issued_on", "issuer", "summary"):
        if not getattr(existing, name) and getattr(document, name):
            setattr(existing, name, getattr(document, name))
            changed = True
    if changed:
        existing.save()
    return existing


class RecordForm(StoredTextMixin, WarningFormMixin, VersionFormMixin, forms.ModelForm):
    """An edit form carries the version it started from; a stale save raises VersionConflict. A figure
    allowed but unlikely (unlikely.py) is saved once the person confirms it (core/confirm.py)."""

    def __init__(self, *args, user=None, area=None, parent=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user, self.area, self.parent = user, area, parent
        for name, formfield in self.fields.items():
            if isinstance(formfield, CitationField):
                formfield.user = user
                if self.instance.pk is not None:
                    formfield.kept = self.initial.get(name)
            model_field = self._meta.model._meta.get_field(name)
            if isinstance(model_field, models.DateField):
                formfield.widget = DateWidget()
            if isinstance(formfield.widget, forms.Textarea):
                formfield.widget.attrs["rows"] = 3
        if "unit" in self.fields:
            # Ended units too, said to have ended: a row dated while one existed is its own (Record.clean_fields).
            self.fields["unit"].queryset = unit_choices(user, Unit.objects.all())
            if user is not None and is_unit_bound(user):
                self.fields["unit"].required = True
                self.fields["unit"].initial = owning_unit(user, self.instance)
            elif self.instance.pk is None and default_unit(user) is not None:
                # A new row is most often the writer's own unit's (or its successor's, once it has ended).
                self.fields["unit"].initial = default_unit(user).pk
        if area is not None and area.parent_field:
            parent_field = self.fields[area.parent_field]
            parent_field.queryset = editable(parent_field.queryset.model.objects.all(), user)
            if parent is not None:
                parent_field.initial = parent.pk
        if parent is not None and area is not None:
            # The child belongs to the parent's unit: set it before the model validates.
            self.instance.unit_id = owning_unit(user, self.instance, parent)

    def clean(self):
        cleaned = super().clean()  # a text area's CRLF lines come as LF (core/composed.py)
        if self.area is not None and self.area.parent_field and cleaned.get(self.area.parent_field):
            self.instance.unit_id = owning_unit(self.user, self.instance, cleaned[self.area.parent_field])
        return cleaned

    def warning_checks(self):
        return checks_for(self._meta.model)

    def _post_clean(self):
        # Model validation must see a LegalDocument instance, not an unsaved parse; swap
        # parsed citations in only for the duration of the model's own checks.
        parsed = {}
        for name, field in self.fields.items():
            if isinstance(field, CitationField) and name in self.cleaned_data:
                parsed[name] = self.cleaned_data[name]
                self.cleaned_data[name] = None
        super()._post_clean()
        for name, document in parsed.items():
            self.cleaned_data[name] = document
        if self.instance.pk is None and not self.errors:
            self._refuse_a_copy(parsed)

    def _refuse_a_copy(self, citations):
        """A new row equal in every field to one already kept, as an import refuses it (resources.py)."""
        lookups = {}
        for name, document in citations.items():  # parsed, not yet saved: compared by what they cite
            if document is None:
                lookups[f"{name}__isnull"] = True
            else:
                lookups.update(
                    {
                        f"{name}__doc_type": document.doc_type,
                        f"{name}__number": document.number,
                        f"{name}__issued_on": document.issued_on,
                    }
                )
        names = [name for name in self._meta.fields if name != VERSION_FIELD and name not in citations]
        first = first_copy(self.instance, names, lookups)
        if first is not None:
            self.add_error(None, copy_message(first))

    def save(self, commit=True):
        for name, field in self.fields.items():
            if isinstance(field, CitationField):
                setattr(self.instance, name, resolve_document(self.cleaned_data.get(name), self.user))
        if self.user is not None and not self.instance.pk and hasattr(self.instance, "created_by_id"):
            self.instance.created_by = self.user
        return super().save(commit=commit)


class ComparedUnitForm(forms.Form):
    """Đọc báo cáo: the unit whose register an officer sets the report against (blank: the one that issued it)."""

    unit = UnitChoiceField(
        Unit.objects.all(),
        required=False,
        label=_("Đối chiếu với sổ theo dõi của đơn vị"),
        empty_label=_("Đơn vị ban hành báo cáo"),
    )


# Yes-or-no answers the reports count apart («… trong đó 03 đoàn trong kế hoạch năm»): asked on every new
# record, never preset, so that a box left as it came does not put a trip in the plan.
ASKED_ANSWERS = {"in_annual_plan"}


def record_formfield(model_field, **kwargs):
    """Legal documents typed as citations, figures typed as officers write them, a unit from a searchable picker."""
    if model_field.name in ASKED_ANSWERS:
        return forms.TypedChoiceField(
            label=model_field.verbose_name.capitalize(),
            choices=[("", _("— Chọn —")), (True, _("Có")), (False, _("Không"))],
            coerce=lambda value: value in (True, "True"),
            initial=None,
            error_messages={"required": _("Chọn «Có» hoặc «Không».")},
        )
    if isinstance(model_field, models.ForeignKey) and model_field.related_model is LegalDocument:
        return CitationField(label=model_field.verbose_name.capitalize(), required=not model_field.blank)
    if isinstance(model_field, models.ForeignKey) and model_field.related_model is Unit:
        return model_field.formfield(form_class=UnitChoiceField, **kwargs)
    if isinstance(model_field, CountryField) and model_field.multiple:
        # A box per country, a filter box above them (site.js): in a multiple list a click dropped the
        # countries chosen before. Not required here: the model's clean() says what is missing, once.
        widget = forms.CheckboxSelectMultiple(attrs={"class": "check-list"})
        return model_field.formfield(widget=widget, required=False, **kwargs)
    return figure_formfield(model_field, **kwargs)


def form_class(area):
    return forms.modelform_factory(
        area.model, form=RecordForm, fields=area.form_fields(), formfield_callback=record_formfield
    )
