from django.contrib.contenttypes.models import ContentType
from wagtail import hooks

from involved.models.join_form import SECRETARIAT_GROUP, JoinFormPage


@hooks.register("filter_form_submissions_for_user")
def applications_for_the_secretariat_only(user, form_pages):
    """Applications hold personal data the consent text says only the Secretariat keeps:
    editing the join page does not give access to them."""
    if user.is_superuser or user.groups.filter(name=SECRETARIAT_GROUP).exists():
        return form_pages
    return form_pages.exclude(content_type=ContentType.objects.get_for_model(JoinFormPage))
