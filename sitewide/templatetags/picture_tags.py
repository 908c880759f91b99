"""`{% picture %}` as Wagtail's (same arguments), its markup kept with the site-wide fragments.

For every page it builds, Wagtail reads a picture's renditions from the cache, one pickled
object per size and format (nine for a hero image), and Wagtail 8.0 writes them all back.
The markup depends only on the image, the specs and the attributes given, and a change to an
image is a change of content (operations/signal_handlers.py): kept under the content version
and keyed by those inputs, a picture costs one cache read, which a preview with another image
or other text cannot share.
"""

import hashlib

from django import template
from django.utils.safestring import mark_safe
from wagtail.images.templatetags import wagtailimages_tags

from sitewide import site_fragments

register = template.Library()


wagtail_render = wagtailimages_tags.PictureNode.render


class KeptPictureNode(wagtailimages_tags.PictureNode):
    def render(self, context):
        image = self.validate_image(context) if not self.output_var_name else None
        if image is None:  # `as name`, or no image: as Wagtail does
            return super().render(context)
        attrs = sorted((name, str(value.resolve(context))) for name, value in self.attrs.items())
        inputs = repr((image.pk, self.filter_specs, attrs)).encode()
        key = f"picture:{hashlib.sha256(inputs).hexdigest()}"
        rendered = site_fragments.cached(key, lambda: wagtail_render(self, context))
        return mark_safe(rendered)  # Wagtail's markup, escaped by it


@register.tag
def picture(parser, token):
    node = wagtailimages_tags.image(parser, token)
    return KeptPictureNode(
        node.image_expr, node.filter_specs, attrs=node.attrs, output_var_name=node.output_var_name
    )
