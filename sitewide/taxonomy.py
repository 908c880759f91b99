from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class TranslatableTaxonomy(TranslatableMixin, models.Model):
    """A translatable snippet pages are filtered by (topics, event categories, resource
    types...): its name is translated, its slug is the same in every language so filter links
    such as `?topic=soil-carbon` work across translations."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="%(app_label)s_%(class)s_unique_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name
