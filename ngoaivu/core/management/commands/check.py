"""ngoaivu check: Django's, «Kiểm tra: không có lỗi.» at the default level of messages where Django says
«System check identified no issues (0 silenced).», nothing at -v 0; -v 2 says Django's line. The issues
found are listed as Django lists them (an error stops the command)."""

from django.core.management.commands import check


class Command(check.Command):
    help = "Kiểm tra cấu hình và mã nguồn của phần mềm (--deploy: cả các thiết lập khi triển khai)."

    def handle(self, *app_labels, **options):
        self.verbosity = options["verbosity"]
        super().handle(*app_labels, **options)

    def check(self, *args, display_num_errors=False, **kwargs):
        vietnamese = display_num_errors and self.verbosity == 1
        super().check(*args, display_num_errors=display_num_errors and self.verbosity > 1, **kwargs)
        if vietnamese:  # no error: an error raised SystemCheckError above
            self.stdout.write("Kiểm tra: không có lỗi.")
