"""The moderators' side of the review: Wagtail's workflow actions with the freshness check and
a message saying what happened, and "publish as is" with a reason."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_latest_str, get_valid_next_url_from_request
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.models import Page, TaskState, TranslatableMixin
from wagtail_localize.models import Translation

from .freshness import blocker, publish_as_is, refresh_draft, refusal_message
from .roles import is_moderator

DONE = {
    "approve": gettext_lazy("'%(title)s' was approved and published."),
    "reject": gettext_lazy("'%(title)s' was sent back with your comment."),
}


class FreshWorkflowActionView(WorkflowActionView):
    """Wagtail's approve / request changes, refused for a stale translation, and confirmed."""

    def post(self, request, *args, **kwargs):
        if self.action_name == "approve":
            row = blocker(self.object)
            if row is not None:
                messages.error(request, refusal_message(row))
                if request.headers.get("x-requested-with") == "XMLHttpRequest":
                    return self.render_modal_json(
                        request, {"step": "success", "redirect": self.redirect_url}
                    )
                return redirect(self.redirect_url)
            refresh_draft(self.object, request.user)
        response = super().post(request, *args, **kwargs)
        status = TaskState.objects.filter(pk=self.task_state.pk).values_list("status", flat=True)
        if self.action_name in DONE and status.first() != TaskState.STATUS_IN_PROGRESS:
            messages.success(
                request, DONE[self.action_name] % {"title": get_latest_str(self.object)}
            )
        return response


@require_POST
def publish_translation_as_is(request, translation_id):
    """A moderator publishes a stale translation without the source's latest changes."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    instance = translation.get_target_instance()
    if isinstance(instance, Page):
        allowed = instance.permissions_for_user(request.user).can_publish()
    else:
        allowed = is_moderator(request.user)
    if not allowed:
        raise PermissionDenied
    back = get_valid_next_url_from_request(request) or reverse("editorial_translations")
    reason = request.POST.get("reason", "").strip()
    if not reason:
        messages.error(request, _("Say why it is published without the latest changes."))
        return redirect(back)
    publish_as_is(instance, request.user, reason)
    messages.success(
        request,
        _("'%(title)s' was published as it is; your reason is kept in its history.")
        % {"title": str(instance)},
    )
    return redirect(back)


def refuse_stale_publish(request, instance):
    """The translation editor's own "Publish": the same check as the approval."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if not isinstance(instance, TranslatableMixin):
        return None
    row = blocker(instance)
    if row is None:
        return None
    messages.error(request, refusal_message(row))
    return redirect(request.get_full_path())
