"""A site of the size the Initiative may reach, for `make bench`: never on a real site.

Every object it makes says it is test data (title and slug), and `--remove` takes them all
away. Models are looked up by name: this tool of operations belongs to no section.
"""

import datetime
import io

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from PIL import Image as Picture
from wagtail.models import Locale
from wagtail_localize.synctree import create_aliases_for_new_page

SLUG = "benchmark-test-data"
LABEL = "(benchmark test data)"
SIZES = {"news": 500, "events": 300, "resources": 300, "organisations": 200, "members": 500}
# The collaborative platform's members: accounts at this domain, in the Members group.
MEMBERS_DOMAIN = f"{SLUG}.example.org"


class Command(BaseCommand):
    help = (
        "Add 500 news items, 300 events, 300 resources, 200 organisations and 500 platform "
        "members, all marked as benchmark test data, to the English site (after "
        "load_initial_content); --remove deletes them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--remove", action="store_true", help="Delete the benchmark data.")
        parser.add_argument(
            "--each",
            type=int,
            help="Have this many of each kind instead (adds what is missing: the query-count "
            "tests measure the pages with 10, then 200).",
        )

    def handle(self, *args, remove=False, each=None, **options):
        Page = apps.get_model("wagtailcore", "Page")
        Organisation = apps.get_model("involved", "Organisation")
        User = get_user_model()
        if remove:
            for page in Page.objects.filter(slug__startswith=SLUG):
                page.delete()
            Organisation.objects.filter(name__endswith=LABEL).delete()
            User.objects.filter(username__endswith=f"@{MEMBERS_DOMAIN}").delete()
            apps.get_model("wagtailimages", "Image").objects.filter(title__endswith=LABEL).delete()
            apps.get_model("wagtaildocs", "Document").objects.filter(title__endswith=LABEL).delete()
            self.stdout.write("Benchmark data removed.")
            return
        if each is None and Page.objects.filter(slug__startswith=SLUG).exists():
            raise CommandError("The benchmark data is there already (--remove first).")
        sizes = dict.fromkeys(SIZES, each) if each is not None else SIZES
        english = Locale.get_default()

        def already(model):
            if model is Organisation:
                return model.objects.filter(name__endswith=LABEL).count()
            return model.objects.filter(slug__startswith=SLUG, locale=english).count()

        def index(model):
            found = apps.get_model(model).objects.filter(locale=english).first()
            if found is None:
                raise CommandError("Run load_initial_content first.")
            return found

        def add(parent, page):
            parent.add_child(instance=page)
            # As when an editor adds a page: an alias in each language kept in sync with English.
            create_aliases_for_new_page(page)

        topics = list(apps.get_model("home", "Topic").objects.filter(locale=english))
        today = datetime.date.today()
        with transaction.atomic():
            # News and organisations show a picture in their listings, in several sizes.
            image = self.image()
            news_index = index("news.NewsIndexPage")
            NewsPage = apps.get_model("news", "NewsPage")
            for n in range(already(NewsPage), sizes["news"]):
                add(
                    news_index,
                    NewsPage(
                        title=f"News item {n} {LABEL}",
                        slug=f"{SLUG}-{n}",
                        date=today - datetime.timedelta(days=n),
                        intro="A news item made to measure the site's speed.",
                        listing_image=image,
                        listing_image_alt="A grey square",
                        topics=topics[n % len(topics) : n % len(topics) + 2],
                    ),
                )
            self.stdout.write(f"{sizes['news']} news items")

            events_index = index("events.EventIndexPage")
            EventPage = apps.get_model("events", "EventPage")
            for n in range(already(EventPage), sizes["events"]):
                # Every other one past: the upcoming and the past lists both grow.
                start = today + datetime.timedelta(days=(n // 2 + 1) * 3 * (-1) ** n)
                add(
                    events_index,
                    EventPage(
                        title=f"Meeting {n} {LABEL}",
                        slug=f"{SLUG}-{n}",
                        start_date=start,
                        end_date=start + datetime.timedelta(days=n % 3),
                        city="Montpellier",
                        country="FR",
                        intro="A meeting made to measure the site's speed.",
                    ),
                )
            self.stdout.write(f"{sizes['events']} events (half of them past)")

            resources_index = index("resources.ResourceIndexPage")
            ResourcePage = apps.get_model("resources", "ResourcePage")
            types = list(apps.get_model("resources", "ResourceType").objects.filter(locale=english))
            ResourceFile = apps.get_model("resources", "ResourceFile")
            document = self.document()
            for n in range(already(ResourcePage), sizes["resources"]):
                add(
                    resources_index,
                    ResourcePage(
                        title=f"Resource {n} {LABEL}",
                        slug=f"{SLUG}-{n}",
                        resource_type=types[n % len(types)],
                        publication_year=2016 + n % 10,
                        intro="A resource made to measure the site's speed.",
                        topics=topics[n % len(topics) : n % len(topics) + 1],
                        files=[ResourceFile(document=document, language="en")],
                    ),
                )
            self.stdout.write(f"{sizes['resources']} resources")

            colleges = [c for c, _ in Organisation._meta.get_field("college").choices]
            statuses = [s for s, _ in Organisation._meta.get_field("status").choices]
            Organisation.objects.bulk_create(
                Organisation(
                    name=f"Organisation {n} {LABEL}",
                    college=colleges[n % len(colleges)],
                    status=statuses[n % len(statuses)],
                    country=["FR", "ES", "SN", "BR", "IN"][n % 5],
                    locale=english,
                    logo=image,
                )
                for n in range(already(Organisation), sizes["organisations"])
            )
            self.stdout.write(f"{sizes['organisations']} organisations")
            self.members(sizes["members"], topics)
            self.stdout.write(f"{sizes['members']} members")
        if connection.vendor == "postgresql":
            # Fresh statistics, as autovacuum would make some minutes later: the planner's
            # picture of near-empty tables makes some listings' plans 100 times slower.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS("Benchmark data is in place."))

    def members(self, count, topics):
        """Members with complete profiles, as the Community lists them; they cannot sign in."""
        User = get_user_model()
        MemberProfile = apps.get_model("members", "MemberProfile")
        have = User.objects.filter(username__endswith=f"@{MEMBERS_DOMAIN}").count()
        users = User.objects.bulk_create(
            User(
                username=f"member-{n}@{MEMBERS_DOMAIN}",
                email=f"member-{n}@{MEMBERS_DOMAIN}",
                first_name=f"Member {n}",
                last_name=LABEL,
                password=make_password(None),
            )
            for n in range(have, count)
        )
        if not users:
            return
        users = list(User.objects.filter(username__in=[u.username for u in users]))
        # The group's name is the platform's (members.models.MEMBERS_GROUP).
        group, _ = Group.objects.get_or_create(name="Members")
        group.user_set.add(*users)
        profiles = MemberProfile.objects.bulk_create(
            MemberProfile(
                user=user,
                organisation_name=f"Organisation {n % 200} {LABEL}",
                job_title="Soil scientist",
                country=["FR", "ES", "SN", "BR", "IN"][n % 5],
                languages=",en,fr,",
                pillars=f",{n % 4 + 1},",
                presentation="A member made to measure the platform's speed.",
            )
            for n, user in enumerate(users, start=have)
        )
        Topics = MemberProfile.topics.through
        Topics.objects.bulk_create(
            Topics(memberprofile_id=profile.pk, topic_id=topics[n % len(topics)].pk)
            for n, profile in enumerate(profiles)
            if topics
        )

    def document(self):
        Document = apps.get_model("wagtaildocs", "Document")
        found = Document.objects.filter(title__endswith=LABEL).first()
        if found:
            return found
        text = ContentFile(b"A document made to measure the site's speed.", name=f"{SLUG}.txt")
        return Document.objects.create(title=f"Report {LABEL}", file=text)

    def image(self):
        Image = apps.get_model("wagtailimages", "Image")
        found = Image.objects.filter(title__endswith=LABEL).first()
        if found:
            return found
        data = io.BytesIO()
        Picture.new("RGB", (1200, 800), "grey").save(data, "PNG")
        return Image.objects.create(
            title=f"Grey square {LABEL}", file=ImageFile(data, name=f"{SLUG}.png")
        )
