"""Accepting or declining an application to join (the join form's submissions, stored by
involved in the default language): accepting registers the contact as a member and may add
the organisation to the directory, as a draft or published; declining may send a polite
e-mail."""

import re

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from wagtail.log_actions import log
from wagtail.models import Locale

from .models import ApplicationDecision
from .onboarding import find_existing, register_member, send_decline, send_login


def join_submissions():
    FormSubmission = apps.get_model("wagtailforms", "FormSubmission")
    JoinFormPage = apps.get_model("involved", "JoinFormPage")
    return FormSubmission.objects.filter(
        page__content_type__app_label=JoinFormPage._meta.app_label,
        page__content_type__model=JoinFormPage._meta.model_name,
    )


def read_application(submission):
    """The stored answers, turned back into codes: "France (FR)" -> FR, "French" -> fr, the
    college's English label -> its value."""
    data = submission.get_data()
    country = re.search(r"\(([A-Z]{2})\)\s*$", data.get("country", ""))
    languages = {}
    for code, _name in settings.LANGUAGES:
        languages[translation.get_language_info(code)["name"]] = code
    Organisation = apps.get_model("involved", "Organisation")
    with translation.override(settings.LANGUAGE_CODE):
        colleges = {
            str(label): value for value, label in Organisation._meta.get_field("college").choices
        }
    return {
        "organisation": data.get("organisation", ""),
        "college": colleges.get(data.get("college", ""), ""),
        "country": country.group(1) if country else "",
        "contact_person": data.get("contact_person", ""),
        "email": data.get("email", ""),
        "language": languages.get(data.get("language", ""), settings.LANGUAGE_CODE),
        "commitment": data.get("commitment", ""),
    }


def add_to_directory(organisation, college, status, country, publish, by):
    """A new directory record, as the admin makes it: a draft with its revision (visitors see
    nothing until it is published in Snippets › Organisations), or published at once."""
    Organisation = apps.get_model("involved", "Organisation")
    entry = Organisation(
        locale=Locale.get_default(),
        name=organisation,
        college=college,
        status=status,
        country=country,
        year_joined=timezone.now().year,
        live=False,
    )
    entry.save()
    log(entry, "wagtail.create", user=by)
    revision = entry.save_revision(user=by)
    if publish:
        revision.publish(user=by)
    return entry


@transaction.atomic
def accept(submission, data, by):
    """`data`: the accept form's cleaned data. Returns the new member's profile."""
    entry = None
    if data["directory"] in ("draft", "publish"):
        entry = add_to_directory(
            data["organisation"],
            data["college"],
            data["status"],
            data["country"],
            publish=data["directory"] == "publish",
            by=by,
        )
    profile = register_member(
        data["email"],
        data["contact_person"],
        data["organisation"],
        language=data["language"],
        organisation_id=entry.pk if entry else None,
        country=data["country"],
        send=False,
    )
    ApplicationDecision.objects.create(
        submission=submission,
        decision=ApplicationDecision.Decision.ACCEPTED,
        decided_by=by,
        member=profile,
    )
    # The e-mail goes once the account surely exists.
    transaction.on_commit(lambda: send_login(profile))
    return profile


def decline(submission, send_email, by):
    ApplicationDecision.objects.create(
        submission=submission, decision=ApplicationDecision.Decision.DECLINED, decided_by=by
    )
    if send_email:
        application = read_application(submission)
        send_decline(application["email"], application["language"], application["organisation"])


def already_registered(email):
    return find_existing(email) is not None
