"""Contact the Secretariat, from a platform page: kept in the admin and e-mailed to the
address of Settings › Executive Secretariat."""

from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.core.mail import send_mail
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from members.access import gate
from members.forms.messages import SecretariatContactForm
from members.models.messages import SecretariatMessage
from members.privacy import members_only
from sitewide.limits import within_rate_limit


def secretariat_address(site):
    Settings = apps.get_model("involved", "SecretariatSettings")
    return Settings.for_site(site).email if site else ""


def contact_secretariat(request, page):
    refused = gate(request)
    if refused:
        return refused
    form = SecretariatContactForm(request.POST)
    status = 200
    if form.is_valid():
        if within_rate_limit(
            "member-secretariat", request.user.pk, settings.MEMBER_MESSAGE_RATE_LIMIT
        ):
            user = request.user
            stored = SecretariatMessage.objects.create(
                sender=user,
                sender_name=request.member.display_name,
                sender_email=user.email,
                **form.cleaned_data,
            )
            address = secretariat_address(page.get_site())
            if address:
                body = f"{stored.sender_name} <{stored.sender_email}>\n\n{stored.body}"
                send_mail(stored.subject, body, None, [address], fail_silently=False)
            messages.success(request, _("Your message was sent to the Executive Secretariat."))
            return members_only(redirect(page.get_url(request)))
        form.add_error(
            None, _("You have sent many messages in a short time. Please try again later.")
        )
        status = 429
    context = page.get_context(request)
    context["contact_form"] = form
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    return members_only(response)
