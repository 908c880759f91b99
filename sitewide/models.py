"""The content version: one row that every change to what the public sees rewrites, in the
same transaction as the change (operations/signal_handlers.py).

Cached fragments and routes are keyed by it (sitewide/site_fragments.py). Because it commits
with the content, a request that reads the new version can only read the new rows, and a
request that read the old version stores what it builds under a key nobody reads again: no
layer can keep an old page under the new version, whatever the cache (Redis, each process's
memory, or none while Redis is down).
"""

import uuid

from django.db import connection, models


class ContentVersion(models.Model):
    # A fresh random token at each change, never a counter: a database restored from a backup
    # gets its old token back, whose cached fragments are the restored content's, and the next
    # change can never hit a token used before the restore.
    token = models.CharField(max_length=32, default="")

    class Meta:
        verbose_name = "content version"

    def __str__(self):
        return self.token

    @classmethod
    def read(cls):
        # Read twice by every page built (sitewide/caching.py): plain SQL, as the queryset's
        # compilation cost more than the query.
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT token FROM {cls._meta.db_table} WHERE id = 1")
            row = cursor.fetchone()
        return row[0] if row else ""

    @classmethod
    def bump(cls):
        token = uuid.uuid4().hex
        if not cls.objects.filter(pk=1).update(token=token):
            cls.objects.update_or_create(pk=1, defaults={"token": token})
