"""A site of the size the Initiative may reach, for `make bench`: never on a real site.

Every object it makes says it is test data (title and slug), and `--remove` takes them all
away. Models are looked up by name: this tool of operations belongs to no section.
"""

import datetime

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale

SLUG = "benchmark-test-data"
LABEL = "(benchmark test data)"
SIZES = {"news": 500, "events": 300, "resources": 300, "organisations": 200}


class Command(BaseCommand):
    help = (
        "Add 500 news items, 300 events, 300 resources and 200 organisations, all marked as "
        "benchmark test data, to the English site (after load_initial_content); --remove "
        "deletes them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--remove", action="store_true", help="Delete the benchmark data.")

    def handle(self, *args, remove=False, **options):
        Page = apps.get_model("wagtailcore", "Page")
        Organisation = apps.get_model("involved", "Organisation")
        if remove:
            for page in Page.objects.filter(slug__startswith=SLUG):
                page.delete()
            Organisation.objects.filter(name__endswith=LABEL).delete()
            self.stdout.write("Benchmark data removed.")
            return
        if Page.objects.filter(slug__startswith=SLUG).exists():
            raise CommandError("The benchmark data is there already (--remove first).")
        english = Locale.get_default()

        def index(model):
            found = apps.get_model(model).objects.filter(locale=english).first()
            if found is None:
                raise CommandError("Run load_initial_content first.")
            return found

        topics = list(apps.get_model("home", "Topic").objects.filter(locale=english))
        today = datetime.date.today()
        with transaction.atomic():
            news_index = index("news.NewsIndexPage")
            NewsPage = apps.get_model("news", "NewsPage")
            for n in range(SIZES["news"]):
                page = news_index.add_child(
                    instance=NewsPage(
                        title=f"News item {n} {LABEL}",
                        slug=f"{SLUG}-{n}",
                        date=today - datetime.timedelta(days=n),
                        intro="A news item made to measure the site's speed.",
                    )
                )
                page.topics.set(topics[n % len(topics) : n % len(topics) + 2])
            self.stdout.write(f"{SIZES['news']} news items")

            events_index = index("events.EventIndexPage")
            EventPage = apps.get_model("events", "EventPage")
            for n in range(SIZES["events"]):
                start = today + datetime.timedelta(days=n * 3 - SIZES["events"] * 3 // 2)
                events_index.add_child(
                    instance=EventPage(
                        title=f"Meeting {n} {LABEL}",
                        slug=f"{SLUG}-{n}",
                        start_date=start,
                        end_date=start + datetime.timedelta(days=n % 3),
                        city="Montpellier",
                        country="FR",
                        intro="A meeting made to measure the site's speed.",
                    )
                )
            self.stdout.write(f"{SIZES['events']} events (half of them past)")

            resources_index = index("resources.ResourceIndexPage")
            ResourcePage = apps.get_model("resources", "ResourcePage")
            types = list(apps.get_model("resources", "ResourceType").objects.filter(locale=english))
            for n in range(SIZES["resources"]):
                page = resources_index.add_child(
                    instance=ResourcePage(
                        title=f"Resource {n} {LABEL}",
                        slug=f"{SLUG}-{n}",
                        resource_type=types[n % len(types)],
                        publication_year=2016 + n % 10,
                        intro="A resource made to measure the site's speed.",
                    )
                )
                page.topics.set(topics[n % len(topics) : n % len(topics) + 1])
            self.stdout.write(f"{SIZES['resources']} resources")

            colleges = [c for c, _ in Organisation._meta.get_field("college").choices]
            statuses = [s for s, _ in Organisation._meta.get_field("status").choices]
            Organisation.objects.bulk_create(
                Organisation(
                    name=f"Organisation {n} {LABEL}",
                    college=colleges[n % len(colleges)],
                    status=statuses[n % len(statuses)],
                    country=["FR", "ES", "SN", "BR", "IN"][n % 5],
                    locale=english,
                )
                for n in range(SIZES["organisations"])
            )
            self.stdout.write(f"{SIZES['organisations']} organisations")
        self.stdout.write(self.style.SUCCESS("Benchmark data is in place."))
