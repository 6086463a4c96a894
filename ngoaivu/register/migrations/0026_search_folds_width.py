"""The search's trigram indexes on PostgreSQL built anew for the folding that normalizes width (NFKC:
half-width kana, full-width digits and letters), as core/search.Folded now folds a field."""

from django.db import migrations

from ngoaivu.core.search import trigram_indexes

SEARCHED = [
    ("register_abtcapplication", "enterprise"),
    ("register_abtcapplication", "names"),
    ("register_abtcapplication", "tax_code"),
    ("register_agreement", "content"),
    ("register_agreement", "partner"),
    ("register_agreement", "title"),
    ("register_article", "title"),
    ("register_assignedtask", "progress_note"),
    ("register_assignedtask", "title"),
    ("register_borderactivity", "location"),
    ("register_borderactivity", "title"),
    ("register_bulletin", "title"),
    ("register_conference", "organiser"),
    ("register_conference", "sponsor"),
    ("register_conference", "title"),
    ("register_consularcase", "title"),
    ("register_courtesyreception", "content"),
    ("register_courtesyreception", "mission"),
    ("register_courtesyreception", "received_by"),
    ("register_culturalevent", "location"),
    ("register_culturalevent", "title"),
    ("register_delegationplanitem", "purpose"),
    ("register_economicdiplomacyevent", "partner"),
    ("register_economicdiplomacyevent", "projects"),
    ("register_economicdiplomacyevent", "title"),
    ("register_fishingincident", "boat_number"),
    ("register_fishingincident", "location"),
    ("register_fishingincident", "owner"),
    ("register_foreignaid", "donor"),
    ("register_foreignaid", "sector"),
    ("register_foreignaid", "title"),
    ("register_foreignresident", "home_province"),
    ("register_foreignresident", "institution"),
    ("register_foreignresident", "name"),
    ("register_incomingdelegation", "content"),
    ("register_incomingdelegation", "organisation"),
    ("register_incomingdelegation", "title"),
    ("register_integrationactivity", "organiser"),
    ("register_integrationactivity", "title"),
    ("register_outgoingdelegation", "head"),
    ("register_outgoingdelegation", "members"),
    ("register_outgoingdelegation", "purpose"),
    ("register_outgoingdelegation", "title"),
    ("register_overseasvietnameseactivity", "title"),
    ("register_presscrew", "outlet"),
    ("register_presscrew", "topic"),
    ("register_staffmember", "division"),
    ("register_staffmember", "name"),
    ("register_staffmember", "position"),
]


class Migration(migrations.Migration):
    dependencies = [("register", "0025_sorted_list_indexes")]

    operations = [trigram_indexes(SEARCHED, rebuild=True)]
