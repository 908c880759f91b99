from django.core.management.base import BaseCommand

from editorial.links import check_links


class Command(BaseCommand):
    help = (
        "Follow every link of every live page, in every language (pages, documents, this "
        "site's URLs, other sites'), and keep what fails for Reports › Broken links."
    )

    def handle(self, *args, **options):
        check_links(log=self.stdout.write)
