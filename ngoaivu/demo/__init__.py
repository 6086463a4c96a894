"""Demo data: the province of Quảng Ngãi in 2020 and 2021 (with a few later rows of the
Văn phòng UBND tỉnh), agreeing with the real reports in /work/shared/seeds.

The figures the reports give are reproduced exactly by the rows (see tests/demo/test_demo.py):
6 months of 2021 — 17 incoming groups / 35 person-visits, 03 emergency aids worth 7,037 tỷ
đồng, 04 businesspeople of 03 enterprises allowed to use the ABTC, 04 boats / 22 fishermen
obstructed, none detained; 8 months of 2021 — 19 groups / 54 person-visits, August 2021 —
02 boats / 19 fishermen detained and 42 fishermen still detained on 31/08/2021.

Everything else (names of enterprises, boats, businesspeople, staff other than the
director, the numbers of the few documents the seeds do not cite) is invented for the demo.

The reports of the Sở Ngoại vụ are there in every state (two issued, 01 and 02/BC-SNgV, one
approved, one submitted, one draft), with a request to six units in progress (reports.py); they are
made by the services the pages call, so their figures are the register's. The procedures for
foreigners are translated in full into the four public languages (procedures.py).

`load()` is called by the `load_demo` management command inside one transaction.
"""

from .loader import Demo, load

__all__ = ["Demo", "load"]
