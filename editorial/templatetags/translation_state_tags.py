"""Translation state in the admin: which pages of a language's tree are only copies of the
source pages that wagtail-localize keeps in sync until someone translates them."""

from django import template
from wagtail.models import Locale

register = template.Library()


@register.simple_tag(takes_context=True)
def is_untranslated_copy(context, page):
    # Synchronised copies are aliases of the source page in another locale; the default
    # locale is looked up once per request, not once per row of a listing (each of a
    # listing's cells is a rendering of its own: the render context does not last a row).
    if page.alias_of_id is None:
        return False
    holder = context.get("request") or context.render_context
    if not hasattr(holder, "editorial_default_locale_id"):
        holder.editorial_default_locale_id = Locale.get_default().pk
    return page.locale_id != holder.editorial_default_locale_id


@register.simple_tag
def changes_requested(page):
    """Whether a moderator sent the page back, when the listing prefetched its workflow states
    (Wagtail's page listings, the dashboard, the editor): elsewhere (choosers, reports) the
    status stays Wagtail's rather than cost a query per row."""
    if not hasattr(page, "_current_workflow_states"):
        return False
    state = page.current_workflow_state
    return state is not None and state.status == state.STATUS_NEEDS_CHANGES
