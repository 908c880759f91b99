"""Structured content of the About pages: governing bodies and their people, the reference
criteria, the research pillars. Kept as StreamField data so wagtail-localize translates it."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from sitewide.blocks import LinkBlock


class PersonBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=150)
    role = blocks.CharBlock(label=_("Role"), max_length=150, required=False)
    organisation = blocks.CharBlock(label=_("Organisation"), max_length=200, required=False)
    photo = ImageChooserBlock(label=_("Photo"), required=False)

    class Meta:
        icon = "user"
        label = _("Person")


class GoverningBodyBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=150)
    role = blocks.RichTextBlock(
        label=_("Role"), features=["bold", "italic", "link", "ol", "ul"], required=False
    )
    people = blocks.ListBlock(PersonBlock(), label=_("People"), default=[])

    class Meta:
        icon = "group"
        label = _("Governing body")


class CriterionBlock(blocks.StructBlock):
    criterion = blocks.CharBlock(label=_("Criterion"), max_length=200)
    indicator = blocks.CharBlock(label=_("Indicator"), max_length=200)
    method = blocks.CharBlock(label=_("Method"), max_length=300)
    unit = blocks.CharBlock(label=_("Unit"), max_length=100)

    class Meta:
        icon = "tick"
        label = _("Criterion")


class DimensionBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Dimension"), max_length=150)
    # Empty until the Secretariat enters the adopted criteria: the dimensions alone are known.
    criteria = blocks.ListBlock(CriterionBlock(), label=_("Criteria"), default=[])

    class Meta:
        icon = "list-ul"
        label = _("Dimension")


class LabelledLinkBlock(LinkBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=150)

    class Meta:
        icon = "link"
        label = _("Link")


class PillarBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=50, help_text=_("e.g. “1st Pillar”."))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.RichTextBlock(
        label=_("Text"), features=["bold", "italic", "link", "ol", "ul"], required=False
    )
    links = blocks.ListBlock(LabelledLinkBlock(), label=_("Links"), default=[])

    class Meta:
        icon = "doc-full"
        label = _("Pillar")
