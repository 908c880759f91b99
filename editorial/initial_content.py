"""The editorial roles and the review workflow, set on each language's tree (home makes them)."""

from sitewide.content_loading import loader

from .roles import setup_roles


@loader(after=["home"])
def load(log):
    log("Editorial roles and review workflow")
    setup_roles(log=log)
