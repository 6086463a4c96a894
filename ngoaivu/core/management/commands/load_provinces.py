"""Load the provincial units before and after the 2025 reorganization (63 → 34) and their mergers.

The facts, and where each comes from, are in ngoaivu/pure/provinces_2025.py. A new province that
keeps the name of one of the provinces it was formed from continues that unit's row (the others
merge into it), so that its reports count the same row before and after 01/7/2025, and its
predecessors' rows through the successions (core/lineage.py). Existing units are matched by name
among the provincial units, without accents or case (documents write both "Hoà" and "Hòa"), and
reused as they are.
"""

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.db import transaction

from ngoaivu.core.management.base import BaseCommand
from ngoaivu.core.models import Succession, Unit
from ngoaivu.pure import provinces_2025 as data
from ngoaivu.pure.text import fold
from ngoaivu.pure.wording import format_count, screen_date


def full_name(name, kind):
    """ "Kon Tum", "tỉnh" → "Tỉnh Kon Tum": the unit's official name, as the demo writes it."""
    return f"{kind[:1].upper()}{kind[1:]} {name}"


def _key(name):
    return " ".join(fold(name).split())


def _invalid(unit_or_link, error):
    return CommandError(f"Không nạp được «{unit_or_link}»: {' '.join(error.messages)} Chưa thay đổi dữ liệu.")


class Loader:
    def __init__(self):
        self.units = list(Unit.objects.all())
        self.codes = {unit.code.casefold() for unit in self.units}
        self.created, self.found, self.reused, self.ended = [], [], [], []
        self.linked = self.had_links = 0

    def find(self, name):
        """The provincial unit named name that is current, or that ended on the day of the
        reorganization (loaded before); None when there is none. Refuses what cannot be reused."""
        same = [unit for unit in self.units if _key(unit.name) == _key(name)]
        others = [unit for unit in same if unit.kind != Unit.Kind.PROVINCE and unit.ended_on is None]
        if others:
            unit = others[0]
            raise CommandError(
                f"Đã có đơn vị «{unit.name}» (ký hiệu {unit.code}) nhưng không thuộc loại "
                f"{Unit.Kind.PROVINCE.label}; sửa tên hoặc loại của đơn vị đó rồi chạy lại lệnh. Chưa thay đổi dữ liệu."
            )
        provinces = [unit for unit in same if unit.kind == Unit.Kind.PROVINCE]
        usable = [unit for unit in provinces if unit.ended_on in (None, data.EFFECTIVE)]
        if len(usable) > 1:
            codes = ", ".join(unit.code for unit in usable)
            raise CommandError(f"Có nhiều đơn vị cấp tỉnh mang tên «{name}» (ký hiệu {codes}); chưa thay đổi dữ liệu.")
        if not usable and provinces:
            unit = provinces[0]
            raise CommandError(
                f"Đơn vị «{unit.name}» (ký hiệu {unit.code}) đã thôi hoạt động từ ngày {screen_date(unit.ended_on)}, "
                f"khác ngày sắp xếp {screen_date(data.EFFECTIVE)}; kiểm tra lại đơn vị đó. Chưa thay đổi dữ liệu."
            )
        return usable[0] if usable else None

    def free_code(self, base):
        """base ("T62"), or base-2, base-3… when a unit already has it: a code is never taken twice."""
        code, n = base, 1
        while code.casefold() in self.codes:
            n += 1
            code = f"{base}-{n}"
        self.codes.add(code.casefold())
        return code

    def unit(self, name, code, goes_on, started_on=None):
        """The provincial unit named name, found or made; goes_on: it still exists after the reorganization."""
        unit = self.find(name)
        if unit is None:
            unit = Unit(
                name=name,
                code=self.free_code(code),
                kind=Unit.Kind.PROVINCE,
                started_on=started_on,
                ended_on=None if goes_on else data.EFFECTIVE,
                is_active=goes_on,
            )
            self.save(unit)
            self.units.append(unit)
            self.created.append(unit)
            return unit
        self.found.append(unit)
        if unit.code != code:
            self.reused.append(unit)
        if goes_on and unit.ended_on is not None:
            raise CommandError(
                f"Đơn vị «{unit.name}» (ký hiệu {unit.code}) được ghi thôi hoạt động từ ngày "
                f"{screen_date(unit.ended_on)}, nhưng sau sắp xếp đơn vị này vẫn tiếp tục; kiểm tra lại đơn vị đó. "
                "Chưa thay đổi dữ liệu."
            )
        if not goes_on and unit.ended_on is None:
            unit.ended_on, unit.is_active = data.EFFECTIVE, False
            self.save(unit)
            self.ended.append(unit)
        return unit

    def merge(self, predecessor, successor, basis):
        if Succession.objects.filter(predecessor=predecessor, successor=successor).exists():
            self.had_links += 1
            return
        link = Succession(
            predecessor=predecessor,
            successor=successor,
            kind=Succession.Kind.MERGE,
            effective_on=data.EFFECTIVE,
            legal_basis=basis,
            carries_records=True,
        )
        self.save(link)
        self.linked += 1

    @staticmethod
    def save(obj):
        try:
            obj.full_clean()
        except ValidationError as error:
            raise _invalid(getattr(obj, "name", None) or str(obj), error) from None
        obj.save()

    def refuse_former_names(self):
        """A unit still under a name the province no longer bears (Thừa Thiên Huế, Huế since 01/01/2025)
        would stand beside the one loaded here: it must be renamed first, in the administration pages."""
        for code, (name, kind) in data.FORMER_NAMES.items():
            for unit in self.units:
                if unit.ended_on is None and _key(unit.name) == _key(full_name(name, kind)):
                    old = data.old_by_code(code)
                    raise CommandError(
                        f"Đã có đơn vị «{unit.name}» (ký hiệu {unit.code}), nay là {full_name(old.name, old.kind)}; "
                        "đổi tên đơn vị đó trong trang quản trị rồi chạy lại lệnh. Chưa thay đổi dữ liệu."
                    )

    def load(self):
        self.refuse_former_names()
        # An old province goes on when the new unit it joins bears its name; the others end.
        goes_on = {}
        for new in data.NEW_PROVINCES:
            for code in new.formed_from:
                old = data.old_by_code(code)
                goes_on[code] = _key(full_name(old.name, old.kind)) == _key(full_name(new.name, new.kind))
        rows = {
            old.code: self.unit(full_name(old.name, old.kind), f"T{old.code}", goes_on[old.code])
            for old in data.OLD_PROVINCES
        }
        for new in data.NEW_PROVINCES:
            kept = [code for code in new.formed_from if goes_on[code]]
            # None of the old names kept: a unit of its own from the day of the reorganization.
            row = (
                rows[kept[0]]
                if kept
                else self.unit(
                    full_name(new.name, new.kind), f"T{new.code}-{data.EFFECTIVE.year}", True, data.EFFECTIVE
                )
            )
            for code in new.formed_from:
                if rows[code] is not row:
                    self.merge(rows[code], row, new.basis)


class Command(BaseCommand):
    help = (
        "Nạp 63 đơn vị hành chính cấp tỉnh trước ngày 01/7/2025, 34 đơn vị sau sắp xếp và việc sáp nhập "
        "theo Nghị quyết số 202/2025/QH15 của Quốc hội. Chạy lại không tạo trùng."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            loader = Loader()
            loader.load()
        reused = "; ".join(f"{unit.name}, ký hiệu {unit.code}" for unit in loader.reused)
        self.stdout.write(
            f"Đã tạo {format_count(len(loader.created))} đơn vị cấp tỉnh, đã có {format_count(len(loader.found))}"
            + (f" (dùng lại đơn vị đã có: {reused})" if reused else "")
            + "."
        )
        if loader.ended:
            names = ", ".join(unit.name for unit in loader.ended)
            self.stdout.write(f"Đã ghi thôi hoạt động từ ngày {screen_date(data.EFFECTIVE)} cho: {names}.")
        self.stdout.write(
            f"Đã tạo {format_count(loader.linked)} việc sáp nhập, đã có {format_count(loader.had_links)}."
        )
        self.stdout.write(f"Căn cứ: {data.RESOLUTION}; nguồn của từng dữ liệu: ngoaivu/pure/provinces_2025.py.")
