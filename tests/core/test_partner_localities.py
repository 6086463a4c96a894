"""Which partner localities' countries the reports tell apart (PartnerLocality.reported_apart): set in the
administration, and set for the Lao partners registered before the field existed."""

import importlib

from django.apps import apps

from ngoaivu.core.models import PartnerLocality


def test_the_lao_partners_registered_before_stay_reported_apart(db):
    champasak = PartnerLocality.objects.create(name="Champasak", country="LA")
    miyagi = PartnerLocality.objects.create(name="Miyagi", country="JP")
    migration = importlib.import_module("ngoaivu.core.migrations.0015_partner_locality_reported_apart")
    migration.laos_apart(apps, None)
    champasak.refresh_from_db()
    miyagi.refresh_from_db()
    assert champasak.reported_apart and not miyagi.reported_apart


def test_the_administration_sets_it(client_for):
    client = client_for("admin")
    page = client.get("/quan-tri/core/partnerlocality/add/").content.decode()
    assert "Báo cáo thành mục riêng" in page
    assert "Hoạt động hợp tác với các địa phương của …" in page
    client.post(
        "/quan-tri/core/partnerlocality/add/",
        {"name": "Siem Reap", "country": "KH", "level": "tỉnh", "since": "", "notes": "", "reported_apart": "on"},
    )
    assert PartnerLocality.objects.get(name="Siem Reap").reported_apart
