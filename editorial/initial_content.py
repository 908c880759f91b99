"""The editorial roles and the review workflow, once every section has built its pages."""

from home.content_loading import loader

from .roles import setup_roles


@loader
def load(log):
    log("Editorial roles and review workflow")
    setup_roles(log=log)
