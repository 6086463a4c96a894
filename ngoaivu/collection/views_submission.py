"""A unit's answer to a request: its figures and text, an uploaded report read, the office's review."""

from dataclasses import replace
from typing import NamedTuple

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from ngoaivu.core.downloads import CONTENT_TYPES
from ngoaivu.core.models import ReadingPhrase
from ngoaivu.pure.numbers import format_number
from ngoaivu.core.screen_figures import screen_count
from ngoaivu.core.locking import VersionConflict, say_saved
from ngoaivu.core.permissions import can_edit, is_office, scope
from ngoaivu.core.uploads import UploadError, read_upload
from ngoaivu.reading.extract import extract_bytes
from ngoaivu.sandbox import LimitExceeded, run_limited
from ngoaivu.reading.reader import ReadError, read_bytes
from ngoaivu.core.errors import error_text
from ngoaivu.pure.text import lf_lines

from .contradictions import contradictions, style_flags
from .figures import (
    DOCUMENT,
    REGISTER,
    TYPED,
    documented,
    figure_field,
    figure_sources,
    group_figures,
    reading_sections,
    sentence_anchor,
)
from .forms import AnswerForm, ReviewForm, UploadForm
from .models import Submission
from .reading_said import said_text
from .tasks import queue_reading, reading_failure, refusal
from .answer_outline import all_sections, answer_sections, figure_outline, measures, numbered
from .services import SubmissionError, being_read_message, prefill, register_values, review, save_answer


def _submission(request, pk):
    submissions = Submission.objects.select_related("request__unit", "request__template", "request__letter", "unit")
    return get_object_or_404(scope(submissions, request.user), pk=pk)


@login_required
def submission_detail(request, pk, review_form=None):
    """The unit's answer: figures prefilled from the register and a text per section. review_form: the
    office's return or acceptance refused, shown with its message beside its field."""
    submission = _submission(request, pk)
    posted = request.method == "POST" and review_form is None  # the answer form was sent
    # While its uploaded file is being read the answer is shown, not edited: the reading fills it.
    editable = can_edit(request.user, submission) and submission.is_pending and not submission.is_being_read
    register = register_values(submission)
    if submission.status == Submission.Status.NOT_STARTED:
        prefill(submission, register)  # shown, not saved: the answer is a draft once the unit saves it
    item = submission.request
    period = item.period_for(submission.unit)
    # The figures under the template's sections, in its order, as the unit's report reads.
    outline = figure_outline(item.template, submission.unit, period)
    groups = group_figures(outline, measures(item.template), _("Số liệu khác"))
    template_measures = [row for group in groups for row in group.measures]
    sources = figure_sources(template_measures, submission.values, register, submission.sources)
    data = request.POST if posted else None
    everything = all_sections(item.template, submission.unit, period)
    labels = numbered(everything)
    # «Dùng số này», «Dùng lại nội dung đã lưu»: what the unit chose is put in the form and saved as a draft.
    taking = posted and ("take" in request.POST or "restore" in request.POST)
    took = None
    if taking:
        data, took = _taken(request, sources) if "take" in request.POST else _restored(request, submission, labels)
    # «Đọc tệp» posts the answer as typed with the file: saved as a draft first, never lost to the reading.
    reading = posted and not taking and "read" in request.POST
    # A file chosen, then «Lưu nháp», «Gửi báo cáo» or Enter: not read, said, and the answer not sent with it.
    unread = posted and not reading and bool(request.FILES.get("file"))
    former = _former_texts(submission)
    sections = answer_sections(everything, {**former, **(submission.texts or {})})

    def answer_form(data):
        return AnswerForm(
            data,
            measures=template_measures,
            sections=sections,
            values=submission.values,
            texts=submission.texts,
            version=submission.version,
            period=period,
            read=documented(sources),
            labels=labels,
            register={name: source.register for name, source in sources.items()},
            unit=submission.unit,
        )

    form = answer_form(data)
    if posted:
        if not editable and submission.is_being_read and can_edit(request.user, submission):
            messages.error(request, being_read_message())
            return redirect("collection:submission", submission.pk)
        if not editable and can_edit(request.user, submission):
            # A page left open after the answer was sent (another tab, the back button): say so, and show
            # what was typed, rather than a refusal of rights the user has.
            messages.error(request, _("Báo cáo đã gửi, không sửa được nữa; nội dung vừa nhập chưa được lưu."))
        elif not editable:
            raise PermissionDenied
        elif reading and not form.is_valid():
            messages.error(request, _("Chưa đọc tệp: sửa các ô có lỗi dưới đây, chọn lại tệp rồi bấm «Đọc tệp»."))
        elif took is not None and not form.is_valid():
            if took.unsaved:
                messages.info(request, took.unsaved)  # shown beside what else must be put right first
            if unread:
                messages.warning(request, _unread_message(False))
        elif form.is_valid():
            values, texts = form.answer()
            submit = form.sending and not reading and not unread and not taking
            if unread:
                messages.warning(request, _unread_message(form.sending))
            # a file refused says why; what was typed is saved as a draft
            upload = _upload(request, submission) if reading else None
            # «Đọc tệp» with nothing typed saves nothing: a file refused or not read leaves the answer, and
            # its status, as they were; one read starts the answer itself (tasks.read_submission).
            saving = not reading or _typed(submission, values, texts)
            try:
                with transaction.atomic():
                    if saving:
                        save_answer(submission, values, texts, submit=submit, version=form.cleaned_data["version"])
                    if upload is not None:
                        queue_reading(submission, *upload)
            except SubmissionError as error:
                messages.error(request, str(error))
            except VersionConflict:
                # Saved meanwhile from another page: what was typed is shown, to be saved again knowingly.
                messages.error(
                    request,
                    _(
                        "Báo cáo vừa được lưu ở một trang khác trong lúc bạn đang sửa; nội dung vừa nhập chưa được "
                        "lưu. Xem lại báo cáo đã lưu rồi bấm lưu lại nếu vẫn muốn dùng nội dung dưới đây."
                    ),
                )
                submission.refresh_from_db()
                data = data.copy()  # as posted, with what the unit took
                data["version"] = submission.version
                form = answer_form(data)
            else:
                if saving:
                    saved = (
                        took.saved if took is not None else _("Đã gửi báo cáo.") if submit else _("Đã lưu bản nháp.")
                    )
                    say_saved(request, submission, saved)
                    _say_problems(request, form.draft_problems())
                return redirect("collection:submission", pk)
    can_review = is_office(request.user) and submission.status == Submission.Status.SUBMITTED
    text_rows = [{"field": form[name], "key": name[3:], "former": former.get(name[3:])} for name in form.section_rows]
    figure_groups = [
        {"headings": group.headings, "rows": _figure_rows(form, sources, group.measures)} for group in groups
    ]
    return render(
        request,
        "collection/submission.html",
        {
            "submission": submission,
            "item": item,
            "form": form,
            "editable": editable,
            "figure_groups": figure_groups,
            "figures": [row for group in figure_groups for row in group["rows"]],
            "text_rows": text_rows,
            "has_document_figures": any(source.document is not None for source in sources.values()),
            "late": submission.is_late(),
            "upload_form": UploadForm(),
            "review_form": review_form or ReviewForm(),
            "can_review": can_review,
            "contradictions": contradictions([submission]) if can_review else [],
            "style_flags": style_flags(submission) if can_review else [],
        },
    )


def _say_problems(request, problems):
    """What a draft saved as typed must still put right before it is sent (AnswerForm.draft_problems)."""
    if problems:
        messages.warning(
            request,
            _("Bản nháp còn số liệu chưa khớp nhau, cần sửa trước khi gửi: %(problems)s")
            % {"problems": " ".join(problems)},
        )


def _typed(submission, values, texts):
    """Whether the answer posted differs from the one the page showed: saved, or prefilled from the register
    while not started. A browser sends a text's lines as CRLF, the answer keeps them as typed."""
    shown_values, shown_texts = submission.values or {}, submission.texts or {}
    for code, by_measure in values.items():
        if any(value != int((shown_values.get(code) or {}).get(name) or 0) for name, value in by_measure.items()):
            return True
    return any(lf_lines(text) != lf_lines(shown_texts.get(key)).strip() for key, text in texts.items())


def _unread_message(sending):
    """What a page says of a file posted without «Đọc tệp»: not read, and the answer not sent with it."""
    if sending:
        return _(
            "Chưa gửi báo cáo: tệp đã chọn chưa được đọc. Bấm «Đọc tệp» để đọc số liệu từ tệp, "
            "hoặc bấm «Gửi báo cáo» mà không chọn tệp."
        )
    return _("Tệp đã chọn chưa được đọc: bấm «Đọc tệp» để đọc số liệu từ tệp.")


ORIGINS = {
    REGISTER: gettext_lazy("Tính từ sổ theo dõi"),
    DOCUMENT: gettext_lazy("Đọc từ báo cáo của đơn vị"),
    TYPED: gettext_lazy("Đơn vị tự ghi"),
}


def _figure_rows(form, sources, group_measures):
    """Each figure of a group beside the register's and the uploaded report's, with where it came from."""
    names = [figure_field(code, measure) for code, _name, measure, _word in group_measures]
    return [
        {
            "field": form[name],
            "source": sources[name],
            "origin": ORIGINS[sources[name].origin],
            "register": format_number(sources[name].register),
            "document": format_number(sources[name].document),
        }
        for name in names
    ]


class Took(NamedTuple):
    """What a page says of the figures or text the unit chose to take (_taken, _restored): saved with the
    draft, or, when another box must be put right first, only put in the form."""

    saved: str
    unsaved: str


def _taken(request, sources):
    """(the posted answer with the figures the unit chose to take from its report, Took). sources takes them
    too, so that each row already says where its figure now comes from, should the page be shown again."""
    data = request.POST.copy()
    wanted = request.POST["take"]
    names = [name for name, source in sources.items() if source.document is not None and wanted in ("all", name)]
    for name in names:
        data[name] = format_number(sources[name].document)
        sources[name] = replace(sources[name], value=sources[name].document)
    n = {"n": screen_count(len(names))}
    return data, Took(
        _("Đã dùng %(n)s số liệu đọc từ báo cáo của đơn vị và lưu bản nháp.") % n,
        _("Đã điền %(n)s số liệu đọc từ báo cáo của đơn vị. Bấm «Lưu nháp» để ghi lại.") % n,
    )


def _former_texts(submission):
    """{section key: text}: what the unit had saved in a section before an uploaded file's text replaced
    it (uploaded.from_reading), while the section holds another text: offered to take back."""
    texts = submission.texts or {}
    return {
        key: text
        for key, text in ((submission.sources or {}).get("replaced") or {}).items()
        if text.strip() != (texts.get(key) or "").strip()
    }


def _restored(request, submission, labels):
    """(the posted answer with a section's text the unit had saved before a file replaced it, Took)."""
    data = request.POST.copy()
    key = request.POST["restore"]
    text = _former_texts(submission).get(key)
    if text is None:  # taken back already (another tab): the answer as posted
        return data, Took(_("Đã lưu bản nháp."), "")
    data[f"s__{key}"] = text
    section = {"section": labels.get(key, key)}
    return data, Took(
        _("Đã dùng lại nội dung mục %(section)s đã lưu trước khi tải tệp lên và lưu bản nháp.") % section,
        _("Đã điền lại nội dung mục %(section)s đã lưu trước khi tải tệp lên. Bấm «Lưu nháp» để ghi lại.") % section,
    )


# A unit's report as the page and its messages name it, «Word hoặc PDF»: a plain-text file is no report
# a unit issues, and is refused in the same words as any other kind.
ANSWER_KINDS = ("docx", "doc", "pdf")


@require_POST
@login_required
def submission_upload(request, pk):
    """Read the unit's Word or PDF report into the form, for the reporter to check and confirm.
    The answer page now posts its file with the answer («Đọc tệp»); this address stays for a page opened
    before, and for scripts (the bench, the tests) that upload a report alone."""
    submission = _submission(request, pk)
    if not can_edit(request.user, submission):
        raise PermissionDenied
    if not submission.is_pending:
        messages.error(request, _("Báo cáo đã gửi, không sửa được nữa."))
        return redirect("collection:submission", pk)
    upload = _upload(request, submission)
    if upload is not None:
        with transaction.atomic():
            queue_reading(submission, *upload)
    return redirect("collection:submission", pk)


def _upload(request, submission):
    """(data, kind, name) of the report the unit posted, or None, the reason said in a message."""
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Chọn tệp báo cáo (.docx, .doc, .pdf) để tải lên."))
        return None
    upload = form.cleaned_data["file"]
    try:
        data, kind = read_upload(upload, ANSWER_KINDS)
        if kind == "docx":
            _check_text(data, upload.name)
    except UploadError as failure:
        messages.error(
            request, said_text(refusal(upload.name, error_text(failure), submission, advice=False, unread=True))
        )
        return None
    except ReadError as failure:
        messages.error(request, said_text(refusal(upload.name, reading_failure(failure), submission, unread=True)))
        return None
    return data, kind, upload.name


def _check_text(data, name):
    """ReadError for a Word file with nothing to read. Its text is taken at once (no LibreOffice, no
    waiting; in the sandbox, an upload being untrusted): such a file is refused on the spot, like a
    damaged one. Any other file that cannot be read is dropped by its reading (tasks.read_submission);
    either way the last file and the figures read from it stay."""
    try:
        run_limited(extract_bytes, data, name)
    except LimitExceeded as stopped:
        raise ReadError(stopped.message, **stopped.params) from None


@login_required
def submission_file(request, pk):
    """The unit's own uploaded report, to whoever may see the submission; no other URL reaches it."""
    submission = _submission(request, pk)
    if not submission.stored_file:
        raise Http404
    try:
        handle = submission.stored_file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    extension = submission.stored_file.name.rsplit(".", 1)[-1]
    kind = {"txt": "text"}.get(extension, extension)
    return FileResponse(
        handle,
        as_attachment=True,
        filename=submission.uploaded_file or f"bao-cao.{extension}",
        content_type=CONTENT_TYPES.get(kind, "application/octet-stream"),
    )


@login_required
def submission_reading(request, pk):
    """The unit's uploaded report as the reader saw it, sentence by sentence, each figure's sentence marked."""
    submission = _submission(request, pk)
    if not submission.stored_file:
        raise Http404
    try:
        with submission.stored_file.open("rb") as handle:
            result = read_bytes(handle.read(), submission.stored_file.name, phrases=ReadingPhrase.as_lexicon())
    except FileNotFoundError:
        raise Http404 from None
    except ReadError as failure:
        messages.error(request, error_text(failure))
        return redirect("collection:submission", pk)
    marked = {
        sentence_anchor(read["sentence"])
        for by_measure in (submission.sources or {}).get("figures", {}).values()
        for read in by_measure.values()
        if read.get("sentence")
    }
    return render(
        request,
        "collection/reading.html",
        {"submission": submission, "item": submission.request, "sections": reading_sections(result, marked)},
    )


@require_POST
@login_required
def submission_review(request, pk, action):
    submission = _submission(request, pk)
    if not is_office(request.user):
        raise PermissionDenied
    form = ReviewForm(request.POST)
    form.is_valid()
    try:
        review(submission, action, form.cleaned_data.get("comment", ""))
    except SubmissionError as error:
        if error.field in form.fields:
            form.add_error(error.field, str(error))
            return submission_detail(request, pk, review_form=form)
        messages.error(request, str(error))
    else:
        messages.success(request, _("Đã tiếp nhận báo cáo.") if action == "accept" else _("Đã trả lại báo cáo."))
    return redirect("collection:submission", pk)
