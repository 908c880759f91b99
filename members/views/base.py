from django.views.generic import TemplateView

from members.access import MemberRequiredMixin
from members.models import MEMBERS_GROUP, MemberProfile


def listed_members():
    """The members other members may find: in the Members group, with an open account."""
    return MemberProfile.objects.filter(
        user__groups__name=MEMBERS_GROUP, user__is_active=True, closed_at__isnull=True
    )


class PlatformView(MemberRequiredMixin, TemplateView):
    section = ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(member=self.request.member, platform_section=self.section)
        return context
