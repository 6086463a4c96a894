from django.apps import AppConfig


class RegisterConfig(AppConfig):
    name = "ngoaivu.register"
    label = "register"
    verbose_name = "Sổ theo dõi công tác đối ngoại"

    def ready(self):
        from . import areas  # noqa: F401  registers every area
