"""ngoaivu migrate: Django's, its result said in one line of Vietnamese at the default level of messages,
where Django lists each migration in English («Applying core.0001_initial... OK»); -v 2 shows that list."""

from django.core.management.commands import migrate

from ngoaivu.pure.wording import format_count


class Command(migrate.Command):
    help = "Cập nhật cơ sở dữ liệu theo phiên bản của phần mềm (áp dụng các thay đổi cơ sở dữ liệu)."

    def handle(self, *args, **options):
        self.applied, self.unapplied = 0, 0
        # --plan, --check and --prune are a developer's questions: answered by Django's own lines
        summary = options["verbosity"] == 1 and not (options["plan"] or options["check_unapplied"] or options["prune"])
        if summary:
            options["verbosity"] = 0
        super().handle(*args, **options)
        if summary:
            self.stdout.write(self.result())

    def migration_progress_callback(self, action, migration=None, fake=False):
        self.applied += action == "apply_success"
        self.unapplied += action == "unapply_success"
        super().migration_progress_callback(action, migration, fake)

    def result(self):
        if self.unapplied:
            return f"Đã hoàn tác {format_count(self.unapplied)} thay đổi cơ sở dữ liệu."
        if self.applied:
            return f"Đã áp dụng {format_count(self.applied)} thay đổi cơ sở dữ liệu."
        return "Cơ sở dữ liệu đã cập nhật, không có thay đổi nào cần áp dụng."
