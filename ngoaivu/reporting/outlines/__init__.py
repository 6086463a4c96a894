"""The templates shipped with the product, as plain data (administrators edit copies in the
application). Outlines follow the seeds: 003 (monthly), 001 (6-month review), 000 and 002 (thematic).

All the wording is here, lists included: the application supplies rows of data, and the list
specs say how each item is written and how items are joined (syntax: sentences.py).

The bodies of the areas of work (section I of the general report) are shared by the templates, by what
they tell: delegations.py, cooperation.py, consular.py, information.py, administration.py. Each area
is also given under its heading (…_AREA), named once: the general report groups some under a shared
heading (seed 003), the review gives each its letter (seed 001).
"""

from .cooperation import INTEGRATION
from .general import FOCAL_RECIPIENTS, GENERAL
from .review import REVIEW
from .thematic import INTEGRATION_REPORT, PEOPLES_DIPLOMACY

SHIPPED = [GENERAL, REVIEW, PEOPLES_DIPLOMACY, INTEGRATION_REPORT]

__all__ = ["FOCAL_RECIPIENTS", "GENERAL", "INTEGRATION", "INTEGRATION_REPORT", "PEOPLES_DIPLOMACY", "REVIEW", "SHIPPED"]
