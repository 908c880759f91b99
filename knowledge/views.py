"""Shared knowledge on the platform: the list (search and filters), one item, sharing one and
its file, for members only (members.views.base.PlatformView)."""

from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from members.views.base import PlatformView
from sitewide.limits import within_rate_limit
from sitewide.listing import paginate, querystring_without
from sitewide.localized import localize_all, taxonomy
from sitewide.media_collections import is_private

from .forms import KnowledgeFilterForm, ShareForm
from .models import Kind, KnowledgeItem
from .search import search

PER_PAGE = 20


def topics():
    return taxonomy(apps.get_model("home", "Topic"))


def shown_items():
    return KnowledgeItem.objects.select_related("author__member_profile", "document")


def with_topics(items):
    """Each item with `shown_topics`, in the reader's language: one query for all of them."""
    translations = topics()
    for item in items:
        item.shown_topics = localize_all(item.topics.all(), translations)
    return items


class KnowledgeListView(PlatformView):
    template_name = "pages/knowledge/list.html"
    section = "knowledge"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        choices = sorted(topics().values(), key=lambda topic: topic.name.lower())
        form = KnowledgeFilterForm(self.request.GET or None, topics=choices)
        items = shown_items().prefetch_related("topics")
        if language := form.value("language"):
            items = items.filter(language=language)
        if pillar := form.value("pillar"):
            items = items.filter(pillars__contains=f",{pillar},")
        if topic := form.value("topic"):
            # A subquery rather than a join: an item is listed once whatever its topics.
            items = items.filter(
                pk__in=KnowledgeItem.topics.through.objects.filter(topic__slug=topic).values(
                    "knowledgeitem_id"
                )
            )
        if kind := form.value("kind"):
            items = items.filter(document__isnull=kind != Kind.DOCUMENT)
        items = search(items, form.value("q"))
        page_obj = paginate(self.request, items, PER_PAGE)
        context.update(
            form=form,
            page_obj=page_obj,
            items=with_topics(list(page_obj.object_list)),
            filtered=form.filtered,
            querystring=querystring_without(self.request, "page"),
        )
        return context


class KnowledgeItemView(PlatformView):
    template_name = "pages/knowledge/item.html"
    section = "knowledge"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        item = get_object_or_404(shown_items().prefetch_related("topics"), pk=kwargs["pk"])
        context["item"] = with_topics([item])[0]
        context["just_shared"] = "shared" in self.request.GET
        return context


class KnowledgeFileView(PlatformView):
    """The item's file, through Wagtail's document view: it checks the collection's readers
    again and sends the file with the site's protective headers (operations/middleware.py)."""

    def get(self, request, pk):
        item = get_object_or_404(KnowledgeItem.objects.select_related("document"), pk=pk)
        if item.document is None:
            raise Http404
        return redirect(item.document.url)


class ShareView(PlatformView):
    template_name = "pages/knowledge/share.html"
    section = "knowledge"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", ShareForm())
        return context

    def post(self, request):
        form = ShareForm(request.POST, request.FILES)
        status = 200
        if form.is_valid():
            if within_rate_limit("member-share", request.user.pk, settings.MEMBER_SHARE_RATE_LIMIT):
                item = form.save(author=request.user)
                return redirect(f"{item_url(item)}?shared=1")
            form.add_error(
                None, _("You have shared many items in a short time. Please try again later.")
            )
            status = 429
        return self.render_to_response(self.get_context_data(form=form), status=status)


class AuthorItemMixin:
    """Only the member who shared an item changes or deletes it (the Secretariat does so in
    the admin)."""

    section = "knowledge"

    def get_item(self):
        item = get_object_or_404(
            KnowledgeItem.objects.select_related("document"), pk=self.kwargs["pk"]
        )
        if item.author_id != self.request.user.pk:
            raise PermissionDenied
        return item


class EditView(AuthorItemMixin, PlatformView):
    template_name = "pages/knowledge/edit.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["item"] = item = kwargs.get("item") or self.get_item()
        context.setdefault("form", ShareForm(instance=item))
        return context

    def post(self, request, pk):
        item = self.get_item()
        form = ShareForm(request.POST, request.FILES, instance=item)
        if form.is_valid():
            form.save(author=request.user)
            messages.success(request, _("Your changes are saved."))
            return redirect(item_url(item))
        return self.render_to_response(self.get_context_data(form=form, item=item))


class DeleteView(AuthorItemMixin, PlatformView):
    template_name = "pages/knowledge/delete.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["item"] = self.get_item()
        return context

    def post(self, request, pk):
        item = self.get_item()
        document = item.document
        with transaction.atomic():
            item.delete()
            # The file goes with the item, unless the Secretariat made it public for the
            # resource library (a public page may be offering it).
            if document is not None and is_private(document):
                document.delete()
        messages.success(request, _("“%(title)s” is deleted.") % {"title": item.title})
        return redirect("knowledge:list")


def item_url(item):
    return reverse("knowledge:item", args=[item.pk])


def new_since(member, limit):
    """What others shared since the member's previous visit (the newest, without one)."""
    items = shown_items().exclude(author=member.user)
    if member.previous_visit:
        items = items.filter(created_at__gt=member.previous_visit)
    return list(items[:limit])
