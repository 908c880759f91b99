"""What is attached to an event afterwards: slides, reports, recordings."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock

from sitewide import blocks as home_blocks


class DocumentBlock(home_blocks.DocumentBlock):
    class Meta:
        icon = "doc-full"
        label = _("Document (slides, report...)")
        template = "components/events/blocks/document.html"


class ExternalLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    url = blocks.URLBlock(label=_("URL"))

    class Meta:
        icon = "link"
        label = _("Link")
        template = "components/events/blocks/link.html"


class MaterialsBlock(blocks.StreamBlock):
    document = DocumentBlock()
    link = ExternalLinkBlock()
    recording = EmbedBlock(
        label=_("Recording"),
        help_text=_("A YouTube or Vimeo link, for example."),
        template="components/blocks/embed.html",
    )
