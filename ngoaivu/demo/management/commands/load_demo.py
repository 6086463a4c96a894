from django.db import transaction

from ngoaivu.core.management.base import BaseCommand
from ngoaivu.core.models import Unit
from ngoaivu.demo import load


class Command(BaseCommand):
    help = "Nạp dữ liệu mẫu: tỉnh Quảng Ngãi năm 2020 – 2021, đơn vị, người dùng thử và sổ theo dõi."

    def handle(self, *args, **options):
        if Unit.objects.exists():
            self.stdout.write("Cơ sở dữ liệu đã có dữ liệu; không nạp dữ liệu mẫu.")
            return
        with transaction.atomic():
            load(stdout=self.stdout)
