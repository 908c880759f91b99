from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page, TaskState
from wagtail_localize.models import Translation

from sitewide.exports import SafeWriter
from sitewide.listing import choice_param, paginate, querystring_without

from .changes import row_changes
from .review import save_translation_draft, send_for_review
from .roles import is_moderator, translator_language
from .status import STATES, Board

ROWS_PER_PAGE = 50


def user_board(request):
    """The board in the languages the user works in: a translator's own, every one otherwise."""
    language = translator_language(request.user)
    return Board([language] if language else None)


def board_filters(request, board):
    languages = [locale.language_code for locale in board.targets]
    return {
        "state": choice_param(request, "state", STATES),
        "section": choice_param(request, "section", [key for key, _label in board.sections()]),
        "language": choice_param(request, "language", languages),
    }


def translation_board(request):
    board = user_board(request)
    filters = board_filters(request, board)
    in_scope = board.filtered(section=filters["section"], language=filters["language"])
    rows = [row for row in in_scope if filters["state"] in (None, row.state)]
    page_obj = paginate(request, rows, ROWS_PER_PAGE)
    for row in page_obj.object_list:
        row.changes = row_changes(row)
    return TemplateResponse(
        request,
        "editorial/board.html",
        {
            "filters": filters,
            "counts": Board.counts(in_scope),
            "states": STATES.items(),
            "sections": board.sections(),
            "languages": [(loc.language_code, loc.get_display_name()) for loc in board.targets],
            "page_obj": page_obj,
            "reviewable": reviewable_task_states(request.user),
            "moderator": is_moderator(request.user),
            # Editors may look; the steps are wagtail-localize's, for those who translate.
            "can_translate": request.user.has_perm("wagtail_localize.submit_translation"),
            "total": len(rows),
            "querystring": querystring_without(request, "page"),
            "csv_querystring": querystring_without(request, "page", "format"),
        },
    )


def reviewable_task_states(user):
    """Ids of the task states this user may approve or send back (Wagtail's own rule)."""
    return set(TaskState.objects.reviewable_by(user).values_list("id", flat=True))


def translation_board_csv(request):
    board = user_board(request)
    filters = board_filters(request, board)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="translations.csv"'
    writer = SafeWriter(response)
    writer.writerow(
        [
            _("Title"),
            _("Type"),
            _("Section"),
            _("Language"),
            _("State"),
            _("Source changed"),
            _("Translation synced"),
        ]
    )
    for row in board.filtered(**filters):
        writer.writerow(
            [
                row.title,
                row.type_label,
                row.section_label,
                row.language_code,
                row.state_label,
                row.changed_at.isoformat() if row.changed_at else "",
                row.synced_at.isoformat() if row.synced_at else "",
            ]
        )
    return response


@require_POST
def submit_translation_for_review(request, translation_id):
    """Send the strings entered in wagtail-localize's editor to the moderators."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page) or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    page, sent = send_for_review(translation, request.user)
    if sent:
        messages.success(
            request, _("'%(title)s' was sent to the moderators for review.") % {"title": page.title}
        )
    elif page.workflow_in_progress:
        messages.warning(request, _("'%(title)s' is already in review.") % {"title": page.title})
    else:
        messages.error(request, _("No review workflow applies to this page."))
    return redirect(
        get_valid_next_url_from_request(request)
        or reverse("wagtailadmin_pages:edit", args=[page.pk])
    )


@require_POST
def save_translation_as_draft(request, translation_id):
    """The translator's "Save draft": a page revision from the strings entered so far (what
    the page editor, its history and the moderators then see), visitors unaffected."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page) or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if page.workflow_in_progress:
        messages.warning(request, _("'%(title)s' is already in review.") % {"title": page.title})
    else:
        page = save_translation_draft(translation, request.user)
        messages.success(request, _("'%(title)s' was saved as a draft.") % {"title": page.title})
    return redirect(
        get_valid_next_url_from_request(request)
        or reverse("wagtailadmin_pages:edit", args=[page.pk])
    )
