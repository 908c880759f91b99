"""The small set of blocks shared by every page body on the site."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.typed_table_block.blocks import TypedTable, TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail_localize.segments import StringSegmentValue


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        label=_("Level"),
        search_index=False,  # "h2" is markup, not content readers search for
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        help_text=_("Describe the image for people who cannot see it. Leave empty if decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image.html"


class LinkBlock(blocks.StructBlock):
    """An internal page or an external URL; the page wins when both are given."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External URL"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter a URL."))}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link = LinkBlock(label=_("Link"))
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "components/blocks/call_to_action.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote.html"


class TimelineEntryBlock(blocks.StructBlock):
    year = blocks.IntegerBlock(label=_("Year"), min_value=1900, max_value=2100, required=False)
    text = blocks.CharBlock(label=_("What happened"), max_length=300)

    class Meta:
        icon = "date"
        label = _("Timeline entry")


class TimelineBlock(blocks.StructBlock):
    """Milestones (e.g. the deliverables since 2016), shown in the order given; the year is
    optional, since a milestone is only dated where a source dates it."""

    entries = blocks.ListBlock(TimelineEntryBlock(), label=_("Entries"), min_num=1)

    class Meta:
        icon = "history"
        label = _("Timeline")
        template = "components/blocks/timeline.html"


class TableBlock(TypedTableBlock):
    """A data table with typed columns and a caption that names it for screen readers.

    wagtail-localize does not know typed tables: the caption, the headings and the text cells
    are offered to translators here (numbers stay as they are)."""

    text = blocks.CharBlock(label=_("Text"))
    number = blocks.DecimalBlock(label=_("Number"))

    class Meta:
        icon = "table"
        label = _("Table")
        template = "components/blocks/table.html"

    def defer_required_validation(self):
        """Wagtail lets "Save draft" skip required fields; a table with an empty cell would then
        preview blank and only fail at submission. Its cells are checked at every save."""
        return None

    def get_translatable_segments(self, table):
        texts = [("caption", table.caption)]
        texts += [(f"heading.{i}", column["heading"]) for i, column in enumerate(table.columns)]
        texts += [
            (f"cell.{r}.{c}", value)
            for r, row in enumerate(table.row_data)
            for c, (column, value) in enumerate(zip(table.columns, row["values"], strict=True))
            if isinstance(column["block"], blocks.CharBlock)
        ]
        return [StringSegmentValue(path, text) for path, text in texts if text]

    def restore_translated_segments(self, table, segments):
        # A copy: the source page's table must keep its own text.
        columns = [dict(column) for column in table.columns]
        rows = [{"values": list(row["values"])} for row in table.row_data]
        caption = table.caption
        for segment in segments:
            kind, *index = segment.path.split(".")
            text = segment.render_text()
            if kind == "caption":
                caption = text
            elif kind == "heading":
                columns[int(index[0])]["heading"] = text
            else:
                rows[int(index[0])]["values"][int(index[1])] = text
        return TypedTable(columns=columns, row_data=rows, caption=caption)


class DocumentBlock(blocks.StructBlock):
    """A file to download, shown with its format and size so readers on metered connections
    know what they fetch."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"), required=False, help_text=_("Defaults to the document's title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Download")
        template = "components/blocks/document.html"


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(label=_("Figure"), max_length=20, help_text=_("E.g. “4‰” or “600”."))
    text = blocks.CharBlock(label=_("What it counts"), max_length=120)

    class Meta:
        icon = "order"
        label = _("Key figure")


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=6)

    class Meta:
        icon = "list-ul"
        label = _("Key figures")
        template = "components/blocks/key_figures.html"


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        template="components/blocks/paragraph.html",
    )
    image = ImageBlock()
    call_to_action = CallToActionBlock()
    embed = EmbedBlock(
        label=_("Embedded media"),
        help_text=_("A YouTube or Vimeo link, for example."),
        template="components/blocks/embed.html",
    )
    quote = QuoteBlock()
    timeline = TimelineBlock()
    table = TableBlock()
    document = DocumentBlock()
    key_figures = KeyFiguresBlock()
