from django.urls import path

from .feeds import NewsAtomFeed, NewsFeed

urlpatterns = [
    path("news/feed/", NewsFeed(), name="news_feed"),
    path("news/feed/atom/", NewsAtomFeed(), name="news_atom_feed"),
]
