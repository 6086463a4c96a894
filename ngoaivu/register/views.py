"""One set of views for every area of the register (see areas.py); its list page is in views_list.py."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import ProtectedError, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from ngoaivu.core.confirm import confirmation_page, is_confirmed
from ngoaivu.core.constraints import explain_refusal
from ngoaivu.core.deletion import explain_protected
from ngoaivu.core.locking import VersionConflict, say_saved
from ngoaivu.core.permissions import can_edit, can_write, scope
from ngoaivu.core.forms import FigureMixin
from ngoaivu.core.keyset import keyset_page, row_count

from .area_registry import AREAS
from .conflicts import conflict_page
from .display import field_rows, history_entries, list_rows
from .forms import form_class
from .history import delete_with_children, deleted_with, deletions, dependents, restore_changes, visible_history
from .offering import area_or_404, listed_area, offered_areas
from ngoaivu.core.screen_figures import screen_count

DELETED_PAGE_SIZE = 50


def visible_rows(area, user):
    return scope(area.model.objects.all(), user, shared_when_null=area.shared_when_null)


def _record(area, user, pk):
    """A row the user may read; another unit's row does not exist for a unit reporter."""
    return get_object_or_404(visible_rows(area, user), pk=pk)


def _editable(area, user, pk):
    record = _record(area, user, pk)
    if not can_edit(user, record):
        raise PermissionDenied
    return record


@login_required
def index(request):
    return render(request, "register/index.html", {"groups": offered_areas(request.user)})


def _parent(area, request):
    if not area.parent_field:
        return None
    parent_id = request.GET.get(area.parent_field)
    if not parent_id:
        return None
    parent_model = area.model._meta.get_field(area.parent_field).related_model
    parent = get_object_or_404(scope(parent_model.objects.all(), request.user), pk=parent_id)
    if not can_edit(request.user, parent):
        raise PermissionDenied
    return parent


def _linked(field, value):
    """A value a link carries, as its field reads it: a figure "4600000000" is shown "4.600.000.000"
    like one typed; what the field cannot read stays as it came, to be refused on saving."""
    if not isinstance(field, FigureMixin):
        return value
    try:
        return field.to_python(value)
    except ValidationError:
        return value


@login_required
def record_create(request, slug):
    area = area_or_404(slug)
    if not can_write(request.user, area.model):
        raise PermissionDenied
    parent = _parent(area, request) if area.parent_field else None
    Form = form_class(area)
    # A GET may carry values to start from (a fact read from a report): shown, never saved until posted.
    initial = {
        # a field of several values (the countries of a delegation out) takes each the link carries
        name: request.GET.getlist(name)
        if getattr(Form.base_fields[name].widget, "allow_multiple_selected", False)
        else _linked(Form.base_fields[name], value)
        for name, value in request.GET.items()
        if name in Form.base_fields
    }
    form = Form(request.POST or None, user=request.user, area=area, parent=parent, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                record = form.save()
        except IntegrityError:
            # Another save won a race for a unique rule since validation: say which, beside its field.
            form.add_error(None, explain_refusal(form.instance, form.fields))
        else:
            messages.success(request, _saved(record, _("Đã thêm %(what)s.") % {"what": area.verbose_name}))
            return redirect("register:detail", slug, record.pk)
    return render(request, "register/form.html", {"area": area, "form": form, "record": None})


@login_required
def record_update(request, slug, pk):
    area = area_or_404(slug)
    record = _editable(area, request.user, pk)
    Form = form_class(area)
    form = Form(request.POST or None, instance=record, user=request.user, area=area)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                form.save()
        except VersionConflict:
            # Someone saved since this form was opened: nothing is written; both versions are shown.
            current = visible_rows(area, request.user).filter(pk=pk).first()
            return conflict_page(
                request,
                form,
                current,
                lambda data, instance: Form(data, instance=instance, user=request.user, area=area),
                title=_("Sửa %(what)s: %(record)s") % {"what": area.verbose_name, "record": current or record},
                cancel_url=reverse("register:detail", args=[slug, pk])
                if current
                else reverse("register:list", args=[slug]),
                can_save=current is not None and can_edit(request.user, current),
            )
        except IntegrityError:
            form.add_error(None, explain_refusal(form.instance, form.fields))
        else:
            say_saved(request, record, _saved(record, _("Đã lưu thay đổi.")))
            return redirect("register:detail", slug, record.pk)
    return render(request, "register/form.html", {"area": area, "form": form, "record": record})


def _saved(record, message):
    """A save's message, then what the save did besides, as the row says it (Procedure.saved_note: its
    translations sent back to drafts)."""
    note = getattr(record, "saved_note", "")
    return f"{message} {note}" if note else message


@login_required
def record_detail(request, slug, pk):
    area = area_or_404(slug)
    record = _record(area, request.user, pk)
    children = []
    for child_slug in area.children:
        child = AREAS[child_slug]
        rows = scope(child.model.objects.filter(**{child.parent_field: record}), request.user)
        children.append(
            {
                "area": child,
                "rows": list_rows(child, rows.select_related(*child.related_fields())),
                "columns": child.column_labels(),
            }
        )
    return render(
        request,
        "register/detail.html",
        {
            "area": area,
            "record": record,
            "fields": field_rows(area, record),
            "children": children,
            "citing": _citing(area, record, request.user),
            "history": history_entries(record, visible_history(area, request.user).filter(id=record.pk)),
            "can_edit": can_edit(request.user, record),
        },
    )


def _citing(area, record, user):
    """The rows of other areas that point at record (those citing a document), by area, as user may read
    them: a unit reporter sees its own unit's only, never that another unit cites it. Each row comes with
    the fields that cite it ("văn bản giao", "văn bản kết quả")."""
    groups = []
    for other in AREAS.values():
        fields = [
            f
            for f in other.model._meta.get_fields()
            if f.many_to_one and f.related_model is area.model and f.name != other.parent_field
        ]
        if not fields:
            continue
        condition = Q()
        for f in fields:
            condition |= Q(**{f.name: record})
        rows = visible_rows(other, user).filter(condition).select_related(*other.related_fields())
        listed = [
            (row, [f.verbose_name for f in fields if getattr(row, f.attname) == record.pk], cells)
            for row, cells in list_rows(other, rows)
        ]
        if listed:
            groups.append({"area": other, "rows": listed, "columns": other.column_labels()})
    return groups


@login_required
def record_delete(request, slug, pk):
    area = area_or_404(slug)
    record = _editable(area, request.user, pk)
    if request.method == "POST":
        try:
            with transaction.atomic():
                delete_with_children(area, record)
        except ProtectedError as error:
            messages.error(request, explain_protected(record, error, request.user))
            return redirect("register:detail", slug, pk)
        messages.success(
            request, _("Đã xóa %(what)s. Có thể khôi phục trong mục «Đã xóa».") % {"what": area.verbose_name}
        )
        return redirect("register:list", slug)
    # A plan's items, an agreement's steps go with it, and come back with it: said before.
    going = [
        (what, count)
        for what, model, parent_field, _child in dependents(area)
        if (count := model.objects.filter(**{parent_field: record}).count())
    ]
    return render(request, "register/confirm_delete.html", {"area": area, "record": record, "going": going})


def _history_row(area, user, history_id):
    return get_object_or_404(visible_history(area, user), history_id=history_id)


@login_required
def record_restore(request, slug, history_id):
    """Bring a record back to one of its earlier versions, or back from deletion.

    A GET, or a POST without confirmed=1, shows which version comes back and the fields that will
    change (core/confirm.py); only the confirmation's own POST restores. It carries the state it
    was shown against: when the row has changed since, the page is shown again with the new changes.

    A unit reporter restores only a version of their own unit, to a row that is theirs now or
    was theirs when deleted (history.visible_history): another unit's row, or a version written by another
    unit, does not exist for them.
    """
    area = area_or_404(slug)
    row = _history_row(area, request.user, history_id)
    instance = row.instance
    current = area.model.objects.filter(pk=instance.pk).first()
    if not can_edit(request.user, instance) or (current is not None and not can_edit(request.user, current)):
        raise PermissionDenied
    when = timezone.localtime(row.history_date).strftime("%d/%m/%Y %H:%M")
    parent = area.model._meta.get_field(area.parent_field) if area.parent_field else None
    if (
        parent is not None
        and not parent.related_model._base_manager.filter(pk=getattr(instance, parent.attname)).exists()
    ):
        # A plan's item, an agreement's step, whose plan or agreement is deleted: it has nothing to belong to.
        messages.error(
            request,
            _("Bản ghi này thuộc %(parent)s đã xóa; vui lòng khôi phục %(parent)s trước.")
            % {"parent": parent.related_model._meta.verbose_name},
        )
        return redirect("register:deleted", slug)
    # The row's latest version when the page was shown: any save or deletion since moves it on.
    latest = area.model.history.filter(id=instance.pk).order_by("-history_date", "-history_id").first()
    seen = str(latest.history_id if latest else 0)
    # A deleted plan's items, an agreement's steps, deleted with it, come back with it.
    children = deleted_with(area, latest, request.user) if current is None and latest is not None else []
    if not is_confirmed(request):
        return _confirm_restore(request, area, row, current, when, seen, children)
    if request.POST.get("seen") != seen:
        messages.error(request, _("Bản ghi vừa được thay đổi sau khi bạn mở trang này; xem lại rồi xác nhận lại."))
        return _confirm_restore(request, area, row, current, when, seen, children)
    reason = _("Khôi phục phiên bản ngày %(when)s") % {"when": when}
    instance._change_reason = reason
    try:
        with transaction.atomic():
            instance.save()
            for _what, versions in children:
                for version in versions:
                    child_row = version.instance
                    child_row._change_reason = reason
                    child_row.save()
    except DatabaseError:  # a restored row can clash with rows created since (a unique number, a deleted parent)
        messages.error(request, _("Không khôi phục được phiên bản này vì dữ liệu hiện tại không còn phù hợp."))
        return redirect("register:list", slug)
    if current is None:
        message = _("Đã đưa «%(record)s» trở lại sổ theo dõi, với các giá trị của phiên bản ngày %(when)s.")
    else:
        message = _("Đã khôi phục «%(record)s» về phiên bản ngày %(when)s.")
    messages.success(request, _saved(instance, message % {"record": instance, "when": when}))
    for what, versions in children:
        messages.success(
            request,
            _("Đã đưa trở lại cả %(n)s %(what)s đã xóa cùng bản ghi này.")
            % {"n": screen_count(len(versions)), "what": what},
        )
    return redirect("register:detail", slug, instance.pk)


def _confirm_restore(request, area, row, current, when, seen, children=()):
    """What restoring row will write: the fields whose value changes, or every field of a deleted row."""
    instance = row.instance
    values = {"record": current or instance, "when": when, "who": row.history_user or _("hệ thống")}
    changes = restore_changes(area, instance, current)
    if current is None:
        title, button = _("Khôi phục bản ghi đã xóa"), _("Khôi phục bản ghi")
        lines = [
            _(
                "«%(record)s» đã bị xóa. Bản ghi sẽ được đưa trở lại sổ theo dõi với các giá trị của phiên bản "
                "ngày %(when)s (do %(who)s lưu) dưới đây."
            )
            % values
        ]
        lines += [
            _("Cùng đưa trở lại %(n)s %(what)s đã xóa cùng bản ghi này.")
            % {"n": screen_count(len(versions)), "what": what}
            for what, versions in children
        ]
        cancel_url = reverse("register:deleted", args=[area.slug])
    else:
        title, button = _("Khôi phục phiên bản"), _("Khôi phục phiên bản này")
        lines = [
            _("«%(record)s» sẽ trở về phiên bản ngày %(when)s (do %(who)s lưu).") % values,
            _("Các trường dưới đây sẽ thay đổi; các trường khác giữ nguyên.")
            if changes
            else _("Phiên bản này có cùng giá trị với bản hiện tại: không trường nào thay đổi."),
            _("Bản hiện tại vẫn được giữ trong lịch sử thay đổi và có thể khôi phục lại."),
        ]
        cancel_url = reverse("register:detail", args=[area.slug, current.pk])
    return confirmation_page(
        request,
        "register/confirm_restore.html",
        title=title,
        lines=lines,
        button=button,
        action_url=reverse("register:restore", args=[area.slug, row.history_id]),
        cancel_url=cancel_url,
        hidden={"seen": seen},
        area=area,
        changes=changes,
        deleted=current is None,
    )


@login_required
def deleted_list(request, slug):
    """The rows whose latest version is their deletion, newest first, as the user may see them."""
    area = listed_area(slug, request.user)
    rows = (
        visible_history(area, request.user)
        .filter(history_id__in=deletions(area).values("history_id"))
        .select_related("history_user")
        .order_by("-history_date", "-history_id")
    )
    page = keyset_page(rows, DELETED_PAGE_SIZE, after=request.GET.get("after"), before=request.GET.get("before"))
    for row in page.rows:
        # Restored by whoever may edit the row, record_restore's rule: no link leads to a refusal.
        row.restorable = can_edit(request.user, row.instance)
    return render(
        request,
        "register/deleted.html",
        {
            "area": area,
            "page": page,
            "rows": page.rows,
            "count": row_count(rows, page),
            "next_query": page.next_token and urlencode({"after": page.next_token}),
            "previous_query": page.previous_token and urlencode({"before": page.previous_token}),
        },
    )
