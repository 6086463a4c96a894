from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CollectionConfig(AppConfig):
    name = "ngoaivu.collection"
    label = "collection"
    verbose_name = _("Yêu cầu báo cáo")

    def ready(self):
        from ngoaivu.reporting.signals import answer_offers, compiled_draft, compiled_sources, late_answers

        from .compilation import compiled_draft_of, compiled_sources_of
        from .requesting import answer_offers as offer_open_requests
        from .requesting import late_answers as late_answers_of

        # «Lập báo cáo» offers the open request that asks for the report it makes (reporting cannot import us).
        answer_offers.connect(offer_open_requests, dispatch_uid="collection.answer_offers")
        # A compiled report is held against the answers accepted now, as a drafted one against the register.
        compiled_draft.connect(compiled_draft_of, dispatch_uid="collection.compiled_draft")
        # Its sources page leads to the request's, which names each unit's part of every figure.
        compiled_sources.connect(compiled_sources_of, dispatch_uid="collection.compiled_sources")
        # The focal point's «Tóm lại» names the units whose answers came late.
        late_answers.connect(late_answers_of, dispatch_uid="collection.late_answers")
