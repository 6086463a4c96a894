"""What the import template says about each column: required or not, format, allowed values.

The same description feeds the template's drop-down lists, its column formats and its
sheet «Hướng dẫn», so the three never disagree.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django_countries import countries
from import_export import widgets
from openpyxl.styles import Alignment, Font

from ngoaivu.core.locking import FIELD
from ngoaivu.core.models import PartnerLocality, Unit
from ngoaivu.core.permissions import default_unit, editable, is_unit_bound
from ngoaivu.pure.text import collation_key

from .examples import example_values
from .sheet_rows import EXAMPLE_MARK, is_required
from .value_widgets import BooleanWidget, ChoiceWidget, CountryWidget, DateWidget, NumberWidget, TaxCodeWidget
from .widgets import CitationWidget, PartnerLocalityWidget, ScopedForeignKeyWidget, UnitCodeWidget, UnitWidget

GUIDE_LIST_LIMIT = 400  # longer lists are only in the cell's drop-down


@dataclass
class Column:
    name: str
    required: str
    format: str
    options: list = field(default_factory=list)  # the drop-down list; empty: none
    strict: bool = True  # Excel refuses a value not in the list (else it warns)
    cell_format: str | None = None  # the column's number format in the template


def _units(user):
    if is_unit_bound(user):
        return [user.unit] if user.unit_id else []
    return sorted(Unit.objects.filter(is_active=True), key=lambda unit: collation_key(unit.name))


def _model_field(resource, column):
    return resource._meta.model._meta.get_field(column.attribute)


def _required(resource, column, user):
    if column.attribute in ("id", FIELD):
        return _("Không")
    if column.attribute == "unit":
        if is_unit_bound(user):
            return _("Không; để trống là đơn vị của bạn")
        if is_required(resource, column):
            own = default_unit(user)  # a new row naming none is given it (resources.RecordResource._give_unit)
            if own is not None:
                return _("Có khi sửa bản ghi đã có; dòng thêm mới để trống là %(unit)s") % {"unit": own.name}
            return _("Có, ghi tên đơn vị hoặc ký hiệu đơn vị")
    return _("Có") if is_required(resource, column) else _("Không")


def describe(resource, column, user):
    """The Column for one field of the resource, as the user may fill it in."""
    widget = column.widget
    described = Column(str(column.column_name), _required(resource, column, user), "")
    if column.attribute == "id":
        described.format = _("Số. Để trống khi thêm mới; ghi mã của bản ghi đã có (xem tệp xuất) để sửa bản ghi đó.")
    elif column.attribute == FIELD:
        described.format = _(
            "Số, do tệp xuất ghi sẵn; giữ nguyên khi sửa. Bản ghi đã được sửa sau khi xuất tệp thì dòng sửa bị từ "
            "chối, để không xóa mất phần sửa đó. Để trống khi thêm mới."
        )
    elif isinstance(widget, DateWidget):
        described.format = _("Ngày, dạng dd/mm/yyyy, ví dụ 05/03/2021.")
        described.cell_format = "dd/mm/yyyy"
    elif isinstance(widget, NumberWidget):
        places = getattr(_model_field(resource, column), "decimal_places", 0) or 0
        if not widget.grouped:
            described.format = _("Số nguyên, ví dụ 2021.")
            described.cell_format = "0"
        elif widget.integer:
            described.format = _("Số nguyên, ví dụ 1.250 hoặc 1250.")
            described.cell_format = "#,##0"
        else:
            described.format = _("Số, ví dụ 4.600.000.000 hoặc 4600000000; phần thập phân sau dấu phẩy, ví dụ 2,5.")
            described.cell_format = "#,##0.00" if places else "#,##0"
    elif isinstance(widget, ChoiceWidget):
        described.format = _("Chọn trong danh sách.")
        described.options = [str(label) for label in widget.labels.values()]
    elif isinstance(widget, BooleanWidget):
        described.format = _("Có hoặc Không.")
        described.options = [_("Có"), _("Không")]
    elif isinstance(widget, CountryWidget) and widget.multiple:
        described.format = _("Tên các nước bằng tiếng Việt, cách nhau bằng dấu phẩy, ví dụ: Nhật Bản, Hàn Quốc.")
    elif isinstance(widget, CountryWidget):
        described.format = _("Tên nước bằng tiếng Việt, ví dụ Nhật Bản; chọn trong danh sách.")
        described.options, described.strict = [str(name) for _code, name in countries], False
    elif isinstance(widget, UnitCodeWidget):
        described.format = _(
            "Ký hiệu đơn vị, ví dụ SNgV. Để trống nếu đã ghi tên đơn vị; ghi cả hai thì phải khớp nhau."
        )
        described.options, described.strict = [unit.code for unit in _units(user)], False
    elif isinstance(widget, UnitWidget):
        described.format = _("Tên đơn vị, chọn trong danh sách; có thể ghi ký hiệu thay cho tên.")
        described.options, described.strict = [unit.name for unit in _units(user)], False
    elif isinstance(widget, CitationWidget):
        described.format = _(
            "Trích dẫn văn bản như khi viết, ví dụ: Quyết định số 06/2021/QĐ-UBND ngày 18/3/2021 của UBND tỉnh."
        )
    elif isinstance(widget, PartnerLocalityWidget):
        described.format = _("Tên địa phương đối tác đã có trong danh mục.")
        described.options = list(PartnerLocality.objects.order_by("name").values_list("name", flat=True))
    elif isinstance(widget, ScopedForeignKeyWidget):
        described.format = _("Mã (số) của %(what)s đã có; xem cột «Mã» trong tệp xuất.") % {
            "what": widget.model._meta.verbose_name
        }
    elif isinstance(widget, widgets.CharWidget):
        length = getattr(_model_field(resource, column), "max_length", None)
        described.format = (
            _("Chữ, tối đa %(count)s ký tự.") % {"count": length}
            if length
            else _("Chữ; xuống dòng trong ô bằng Alt+Enter.")
        )
        if isinstance(widget, TaxCodeWidget):
            described.cell_format = "@"  # a text column: a code typed keeps its leading 0
    return described


def allowed_text(described):
    text = "; ".join(described.options)
    if len(text) <= GUIDE_LIST_LIMIT:
        return text
    return _("%(count)s giá trị; chọn trong danh sách thả xuống của ô.") % {"count": len(described.options)}


def example_row(resource, area, user):
    """The export of an unsaved record holding the area's example values: the row reads like real data."""
    instance = area.model()
    if hasattr(instance, FIELD):
        setattr(instance, FIELD, None)  # a new row has no version: its cell stays empty
    for name, value in example_values(area).items():
        setattr(instance, name, value)
    if any(column.attribute == "unit" for column in resource.get_export_fields()):
        units = _units(user)
        own = default_unit(user)  # an ended unit's successor, for anyone not bound to it
        instance.unit = own if own is not None and own in units else (units[0] if units else None)
    if area.parent_field:
        # a parent the user may add rows to: a reporter reads the rows of the units it took over, writes its own
        parent_model = area.model._meta.get_field(area.parent_field).related_model
        setattr(instance, area.parent_field, editable(parent_model.objects.order_by("pk"), user).first())
    return resource.export_resource(instance)


def write_guide(sheet, resource, area, user, data_sheet):
    """The sheet «Hướng dẫn»: how the file is read, then one row per column."""
    wrap = Alignment(wrap_text=True, vertical="top")
    sheet.append([_("Hướng dẫn nhập dữ liệu: %(area)s") % {"area": area.title}])
    sheet["A1"].font = Font(bold=True, size=13)
    notes = [
        _("Ghi dữ liệu vào trang «%(sheet)s», mỗi dòng một bản ghi; giữ nguyên dòng tiêu đề.") % {"sheet": data_sheet},
        _(
            "Dòng có chữ «%(mark)s» ở cột «Mã» là dòng ví dụ: khi nhập, dòng này được bỏ qua. "
            "Có thể xóa dòng này; muốn dùng dòng này cho dữ liệu thật thì xóa chữ «%(mark)s»."
        )
        % {"mark": EXAMPLE_MARK},
        _("Cột «Mã» để trống là thêm mới; ghi mã của bản ghi đã có là sửa bản ghi đó."),
        _(
            "Ngày ghi theo dạng dd/mm/yyyy (05/03/2021). Số ghi 4.600.000.000 hoặc 4600000000; "
            "số thập phân dùng dấu phẩy (2,5)."
        ),
        _("Nếu có dòng sai, không dòng nào được lưu: trang nhập liệt kê từng dòng sai và lý do."),
    ]
    for note in notes:
        sheet.append(["– " + note])
    sheet.append([])
    sheet.append([_("Cột"), _("Bắt buộc"), _("Định dạng"), _("Giá trị cho phép")])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for column in resource.get_export_fields():
        described = describe(resource, column, user)
        sheet.append([described.name, described.required, described.format, allowed_text(described)])
        for cell in sheet[sheet.max_row]:
            cell.alignment = wrap
    for letter, width in zip("ABCD", (30, 24, 60, 60)):
        sheet.column_dimensions[letter].width = width
