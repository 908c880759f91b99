from django.contrib.contenttypes.models import ContentType
from wagtail import hooks

from involved.models import ContactPage, JoinFormPage
from involved.models.form_pages import SECRETARIAT_GROUP


@hooks.register("filter_form_submissions_for_user")
def applications_for_the_secretariat_only(user, form_pages):
    """Applications and contact messages hold personal data that the forms say only the
    Secretariat keeps: editing their pages does not give access to them."""
    if user.is_superuser or user.groups.filter(name=SECRETARIAT_GROUP).exists():
        return form_pages
    private = ContentType.objects.get_for_models(JoinFormPage, ContactPage).values()
    return form_pages.exclude(content_type__in=private)
