"""What the join form and the contact form share: forms to the Executive Secretariat, stored as
Wagtail form submissions (read by the Secretariat alone, wagtail_hooks.py), protected from
robots by a honeypot and a rate limit per visitor, never kept by a shared cache."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import FormMixin

from sitewide.limits import client_ip, within_rate_limit

from .secretariat import SecretariatSettings

# The Executive Secretariat's group (editorial/roles.py): the only one to read submissions.
SECRETARIAT_GROUP = "Moderators"


class SecretariatFormMixin(FormMixin):
    """A page whose fixed form (`form_class`) is sent to the Secretariat. `rate_limit_setting`
    names the (count, seconds) setting of how many forms one visitor may send."""

    form_class = None
    rate_limit_setting = None

    class Meta:
        abstract = True

    def get_form_fields(self):
        return []

    def get_form_class(self):
        return self.form_class

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            limit = getattr(settings, self.rate_limit_setting)
            if not within_rate_limit(self.rate_limit_setting, client_ip(request), limit):
                form.add_error(
                    None, _("Too many forms were sent from your connection. Please try later.")
                )
                response = self.render_form(request, form, status=429)
            elif form.is_robot:
                # Robots get the same answer as people, so they learn nothing.
                response = self.render_landing_page(request)
            elif form.is_valid():
                response = self.render_landing_page(request, self.process_form_submission(form))
            else:
                response = self.render_form(request, form)
        else:
            response = self.render_form(request, self.get_form(page=self, user=request.user))
        # The form holds a CSRF token, which a shared cache would hand to every visitor, and
        # Django's check would then refuse their forms: each visitor gets a page of their own.
        patch_cache_control(response, private=True, no_cache=True)
        return response

    def render_form(self, request, form, status=200):
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        response = super().render_landing_page(request, form_submission, *args, **kwargs)
        patch_cache_control(response, private=True, no_cache=True)
        return response

    def get_submissions_list_view_class(self):
        from involved.submissions import SecretariatSubmissionsListView

        return SecretariatSubmissionsListView

    def secretariat(self):
        return SecretariatSettings.for_site(self.get_site())
