"""The few helpers every part of the demo uses, and `load()`, which creates it all."""

import unicodedata


class Demo:
    """What the parts of the demo share while it is being created: units, users, documents.

    Every row goes through `make()`, which validates it with full_clean() before saving it
    one by one (so django-simple-history records a "created" entry attributed to a user).
    """

    def __init__(self):
        self.units = {}  # code -> Unit
        self.users = {}  # username -> User
        self.owners = {}  # unit code -> the demo user who records that unit's rows
        self.docs = {}  # number -> LegalDocument
        self.partners = {}  # name -> PartnerLocality
        self.created = []  # every row made, for the tests
        self.default_user = None  # history of rows without a unit (documents, partners)

    def unit(self, code):
        return self.units[code]

    def doc(self, number):
        return self.docs[number] if number else None

    def make(self, model, **fields):
        """Create one valid row: NFC text, full_clean(), save() with history."""
        code = fields.pop("unit_code", None)
        if code is not None:
            fields["unit"] = self.units[code]
        unit = fields.get("unit")
        if "created_by" in [f.name for f in model._meta.fields] and "created_by" not in fields and unit is not None:
            fields["created_by"] = self.owners.get(unit.code)
        fields = {key: nfc(value) for key, value in fields.items()}
        row = model(**fields)
        row.full_clean()
        history_user = fields.get("created_by") or self.owners.get(getattr(unit, "code", None)) or self.default_user
        if history_user is not None:
            row._history_user = history_user
        row.save()
        self.created.append(row)
        return row


def nfc(value):
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(item) for item in value]
    return value


def load(stdout=None):
    """Create the whole demo. The caller holds the transaction."""
    from . import cooperation, delegations, documents, information, records, register_2025, reports, requests, units
    from . import procedures as procedures_demo
    from . import reorganization, signing

    demo = Demo()
    units.create_units(demo)
    reorganization.create_units(demo)
    units.create_users(demo)
    units.create_partners(demo)
    documents.create_documents(demo)
    delegations.create(demo)
    records.create(demo)
    cooperation.create(demo)
    information.create(demo)
    register_2025.create(demo)
    reorganization.reorganize(demo)  # once the rows of the units that end are in
    requests.create(demo)
    procedures_demo.create(demo)
    reports.create(demo)  # its reports are drafted from the whole register
    signing.create(demo)  # a demo CA, images and keys; signing an issued report is queued
    if stdout is not None:
        stdout.write(f"Đã nạp {len(demo.created)} bản ghi dữ liệu mẫu.")
    return demo
