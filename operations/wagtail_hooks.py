from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.models import BaseViewRestriction


@hooks.register("before_serve_document", order=-1)
def refuse_signed_in_readers_without_access(document, request):
    """Wagtail sends whoever a private collection refuses to the sign-in page; a reader who is
    already signed in would come straight back, and again (the sign-in page sends a signed-in
    user on to the document). They get a refusal in their language instead (403.html); visitors
    who are not signed in still go to the sign-in page (Wagtail's own hook, which runs next)."""
    if not request.user.is_authenticated:
        return None
    for restriction in document.collection.get_view_restrictions():
        if restriction.restriction_type == BaseViewRestriction.GROUPS and not (
            restriction.accept_request(request)
        ):
            raise PermissionDenied
    return None
