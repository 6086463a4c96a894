"""ngoaivu check: Django's, its result said in Vietnamese at the default level of messages: «Kiểm tra: không
có lỗi.» where Django says «System check identified no issues (0 silenced).», and for issues found a
summary line, «Kiểm tra: 02 cảnh báo.», where Django's is «System check identified some issues:», above
Django's own lines, one an issue (their text is Django's, or the check's that raised it), the most serious
first. An error stops the command, as in Django. Nothing at -v 0 but the issues; -v 2 is Django's output."""

from django.core import checks
from django.core.management.base import SystemCheckError
from django.core.management.commands import check

from ngoaivu.pure.wording import format_count

# Each level of issue (its least level) and its word in the summary, the most serious first.
LEVELS = (
    (checks.CRITICAL, "lỗi nghiêm trọng"),
    (checks.ERROR, "lỗi"),
    (checks.WARNING, "cảnh báo"),
    (0, "thông báo"),  # Django's INFO and DEBUG
)


class Command(check.Command):
    help = "Kiểm tra cấu hình và mã nguồn của phần mềm (--deploy: cả các thiết lập khi triển khai)."

    def handle(self, *app_labels, **options):
        self.verbosity = options["verbosity"]
        super().handle(*app_labels, **options)

    def check(self, *args, display_num_errors=False, **kwargs):
        if display_num_errors and self.verbosity == 1:
            self._check_in_vietnamese(*args, **kwargs)
        else:
            super().check(*args, display_num_errors=display_num_errors and self.verbosity > 1, **kwargs)

    def _check_in_vietnamese(
        self, app_configs=None, tags=None, include_deployment_checks=False, fail_level=checks.ERROR, databases=None
    ):
        """Django's BaseCommand.check, its header and footer said in Vietnamese."""
        found = checks.run_checks(
            app_configs=app_configs,
            tags=tags,
            include_deployment_checks=include_deployment_checks,
            databases=databases,
        )
        issues = sorted(
            (issue for issue in found if not issue.is_silenced()), key=lambda issue: (-issue.level, str(issue))
        )
        if not issues:
            self.stdout.write("Kiểm tra: không có lỗi.")
            return
        words = [next(word for least, word in LEVELS if issue.level >= least) for issue in issues]
        counts = [f"{format_count(words.count(word))} {word}" for _least, word in LEVELS if word in words]
        lines = [(self.style.ERROR if issue.is_serious() else self.style.WARNING)(str(issue)) for issue in issues]
        message = "\n".join([f"Kiểm tra: {', '.join(counts)}.", *lines])
        if any(issue.is_serious(fail_level) for issue in issues):
            raise SystemCheckError(message)
        self.stderr.write(message, lambda text: text)
