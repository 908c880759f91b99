"""The members' directory and each member's page, as the member lets others see it."""

from django.apps import apps
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from members.forms.community import CommunitySearchForm
from sitewide.listing import paginate, querystring_without

from .base import PlatformView, listed_members

PER_PAGE = 24


class CommunityView(PlatformView):
    template_name = "pages/members/community.html"
    section = "community"
    title = _("Community")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = CommunitySearchForm(self.request.GET or None)
        members = (
            form.filter(listed_members())
            .select_related("user")
            .order_by("user__last_name", "user__first_name", "pk")
        )
        page_obj = paginate(self.request, members, PER_PAGE)
        context.update(
            form=form,
            page_obj=page_obj,
            members=page_obj.object_list,
            filtered=form.filtered,
            querystring=querystring_without(self.request, "page"),
        )
        return context


def directory_entry(profile):
    """The member's organisation as the directory lists it, in the reader's language if its
    translation is published; none while it is a draft (the directory does not show it)."""
    if not profile.organisation_id:
        return None
    Organisation = apps.get_model("involved", "Organisation")
    entry = Organisation.objects.live().filter(pk=profile.organisation_id).first()
    if entry is None:
        return None
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return entry
    translation = entry.get_translations(inclusive=True).live().filter(locale=locale).first()
    return translation or entry


def topics_in_active_language(profile):
    Topic = apps.get_model("home", "Topic")
    keys = [topic.translation_key for topic in profile.topics.all()]
    return Topic.objects.filter(translation_key__in=keys, locale=Locale.get_active())


class MemberView(PlatformView):
    template_name = "pages/members/member.html"
    section = "community"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        profile = listed_members().select_related("user").filter(pk=kwargs["pk"]).first()
        if profile is None:
            raise Http404
        shared = profile.shared
        context.update(
            profile=profile,
            shared=shared,
            is_self=profile.pk == self.request.member.pk,
            entry=directory_entry(profile) if shared["organisation"] else None,
            topics=topics_in_active_language(profile) if shared["expertise"] else [],
        )
        return context
