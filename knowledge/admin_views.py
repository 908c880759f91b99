"""The Secretariat's view of shared knowledge in the admin: what members shared, and the one
action that proposes an item for the public resource library (knowledge/promote.py)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views import View
from django.views.defaults import permission_denied

from members.admin_views import is_secretariat
from sitewide.listing import paginate

from .models import KnowledgeItem
from .promote import CannotPromote, promote


class SecretariatOnly(View):
    def dispatch(self, request, *args, **kwargs):
        if not is_secretariat(request.user):
            # A plain 403 page (templates/403.html) rather than Wagtail's redirect to the
            # dashboard, which reads as if the action might have been done.
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)


class KnowledgeAdminView(SecretariatOnly):
    def get(self, request):
        items = KnowledgeItem.objects.select_related("author__member_profile", "document")
        query = request.GET.get("q", "").strip()[:100]
        if query:
            items = items.filter(title__icontains=query)
        page_obj = paginate(request, items, 50)
        return TemplateResponse(
            request,
            "knowledge/admin/items.html",
            {
                "page_title": _("Shared knowledge"),
                "header_icon": "doc-full",
                "page_obj": page_obj,
                "items": page_obj.object_list,
                "query": query,
            },
        )


class PromoteView(SecretariatOnly):
    def post(self, request, pk):
        item = get_object_or_404(KnowledgeItem, pk=pk)
        try:
            page = promote(item, request.user)
        except CannotPromote as error:
            messages.error(request, str(error))
            return redirect("knowledge_admin:items")
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        if item.document_id:
            text = _(
                "“%(title)s” is now a draft resource page, not published: review it before "
                "publishing. Its file stays for members only until you move it to Public "
                "documents."
            )
        else:
            text = _(
                "“%(title)s” is now a draft resource page, not published: review it before "
                "publishing."
            )
        messages.success(
            request,
            format_html(
                '{} <a href="{}">{}</a>',
                text % {"title": item.title},
                edit_url,
                _("Edit the draft"),
            ),
        )
        return redirect("knowledge_admin:items")
