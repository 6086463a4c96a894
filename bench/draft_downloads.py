"""What a draft's downloads cost: SQL queries, redrafts and time of one DOCX download, one PDF start,
one PDF poll while the PDF is being made, the conversion task (LibreOffice left out: its bytes are
stubbed) and one poll once it is made; for an ordinary draft and a compiled one, on the demo.

    .venv/bin/python bench/draft_downloads.py [--database-url URL] [--runs 5]

The demo is loaded into bench/var/draft_downloads.sqlite3 the first time (delete it to load again). The
compiled report is compiled from the demo's outgoing request (1874/SNgV-ĐN), its units' answers
prefilled from the register and accepted. Each report's first section with text is made stale (its
drafted text changed, as if the register had moved since), so that its files carry the warning. A redraft is one call of redrafting.fresh_draft
(for a compiled report: all accepted answers compiled again). Each figure is the median of --runs.
"""

import argparse
import io
import re
import statistics
import time

import docx as docx_module
from common import VAR_DIR, describe_database, ms, setup_django

DEFAULT_URL = f"sqlite:///{VAR_DIR / 'draft_downloads.sqlite3'}"
WARNING = "DỰ THẢO CHƯA CẬP NHẬT"
PERIOD = "2021-10"  # the ordinary draft's month: the demo's register runs 2020 – 2021


def load_demo():
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)  # says so and does nothing when the demo is there


def ordinary_report():
    """A new monthly draft of the Sở Ngoại vụ, as an officer makes one."""
    from ngoaivu.core.models import Unit, User
    from ngoaivu.reporting.models import Report, ReportTemplate
    from ngoaivu.reporting.services import create_report

    user = User.objects.get(username="chuyenvien")
    unit, template = Unit.objects.get(code="SNgV"), ReportTemplate.objects.get(code="general")
    made = Report.objects.filter(unit=unit, template=template, period_code=PERIOD, compiled=False).first()
    return made or create_report(unit, template, PERIOD, user), user


def compiled_report():
    """The demo's outgoing request compiled from its units' answers."""
    from ngoaivu.collection import compilation, services
    from ngoaivu.collection.models import ReportRequest, Submission
    from ngoaivu.core.models import User

    user = User.objects.get(username="chuyenvien")
    request = ReportRequest.objects.filter(direction=ReportRequest.Direction.OUTGOING).order_by("pk").first()
    if request.report_id:
        return request.report, user
    submissions = list(request.submissions.order_by("pk"))

    def accept(submission):
        services.prefill(submission)
        submission.status = Submission.Status.ACCEPTED
        submission.save()

    for submission in submissions:
        accept(submission)
    return compilation.compile_report(request, user), user


class Counter:
    """Counts the calls of redrafting.fresh_draft, calling it through."""

    def __init__(self):
        from ngoaivu.reporting import redrafting

        self.module, self.original, self.calls = redrafting, redrafting.fresh_draft, 0

        def counted(report):
            self.calls += 1
            return self.original(report)

        redrafting.fresh_draft = counted


def measure(counter, runs, function):
    """(median queries, median redrafts, median seconds) of function() over runs."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    queries, redrafts, durations = [], [], []
    for _ in range(runs):
        counter.calls = 0
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            function()
            durations.append(time.perf_counter() - started)
        queries.append(len(captured))
        redrafts.append(counter.calls)
    return statistics.median(queries), statistics.median(redrafts), statistics.median(durations)


def poll_url(response, url):
    """Where the waiting page reloads to: its meta refresh's url, else the page itself."""
    match = re.search(r'http-equiv="refresh" content="\d+(?:;\s*url=([^"]+))?"', response.content.decode())
    return (match.group(1) or url).replace("&amp;", "&") if match else url


def made_stale(report):
    """The report with its first written section's drafted text no longer what would be written now."""
    section = report.sections.exclude(generated_text="").order_by("position").first()
    if not section.generated_text.endswith(" (cũ)"):
        section.generated_text += " (cũ)"
        section.save(update_fields=["generated_text"])
    return report


def bench_report(label, report, user, runs, counter):
    from django.test import Client
    from django_tasks_db.models import DBTaskResult

    from ngoaivu.reporting import tasks
    from ngoaivu.reporting.frozen import PreviewPdf

    made_stale(report)
    client = Client()
    client.force_login(user)
    docx_url, pdf_url = f"/bao-cao/{report.pk}/tai-ve.docx", f"/bao-cao/{report.pk}/tai-ve.pdf"
    state = {}

    def docx():
        response = client.get(docx_url)
        assert response.status_code == 200, response.status_code
        state["notice"] = docx_module.Document(io.BytesIO(response.content)).paragraphs[0].text.startswith(WARNING)

    def start():
        PreviewPdf.objects.filter(report=report).delete()
        DBTaskResult.objects.filter(task_path__endswith="convert_preview").delete()
        response = client.get(pdf_url)
        assert response.status_code == 200 and "refresh" in response.content.decode(), response.status_code
        state["poll"] = poll_url(response, pdf_url)

    def poll():
        response = client.get(state["poll"])
        assert "refresh" in response.content.decode(), "the poll found the PDF made"

    def convert():
        task = DBTaskResult.objects.filter(task_path__endswith="convert_preview").order_by("-enqueued_at").first()
        tasks.convert_preview.call(*task.args_kwargs["args"], **task.args_kwargs["kwargs"])

    def poll_ready():
        response = client.get(state["poll"])
        assert response.status_code == 200 and response["Content-Type"] == "application/pdf", response.status_code

    rows = [("DOCX download", measure(counter, runs, docx))]
    rows.append(("PDF start", measure(counter, runs, start)))
    rows.append(("PDF poll (being made)", measure(counter, runs, poll)))
    # The conversion task and a poll once it is made: each run starts a PDF again, outside the measure.
    converted, polled = [], []
    for _ in range(runs):
        start()
        converted.append(measure(counter, 1, convert))
        polled.append(measure(counter, 1, poll_ready))
    rows.append(("PDF task (LibreOffice stubbed)", tuple(statistics.median(c) for c in zip(*converted))))
    rows.append(("PDF poll (made)", tuple(statistics.median(p) for p in zip(*polled))))
    PreviewPdf.objects.filter(report=report).delete()
    DBTaskResult.objects.filter(task_path__endswith="convert_preview").delete()

    print(f"\n{label}: report {report.pk}, {report.sections.count()} sections, stale warning: {bool(state['notice'])}")
    print(f"  {'':32}{'queries':>8}{'redrafts':>10}{'time':>12}")
    for name, (queries, redrafts, seconds) in rows:
        print(f"  {name:32}{queries:8.0f}{redrafts:10.0f}{ms(seconds):>12}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    setup_django(arguments.database_url)
    load_demo()

    from ngoaivu.reporting import tasks

    tasks.docx_to_pdf = lambda docx: b"%PDF-1.7 stub"  # the Django side only: LibreOffice takes seconds
    counter = Counter()
    print(describe_database())
    bench_report("Ordinary draft", *ordinary_report(), arguments.runs, counter)
    bench_report("Compiled draft", *compiled_report(), arguments.runs, counter)


if __name__ == "__main__":
    main()
