from django.urls import path

from . import views

app_name = "discussions"

urlpatterns = [
    path("", views.ForumsView.as_view(), name="forums"),
    path("<int:pk>/", views.ForumView.as_view(), name="forum"),
    path("<int:pk>/new/", views.NewThreadView.as_view(), name="new_thread"),
    path("<int:pk>/follow/", views.FollowForumView.as_view(), name="follow_forum"),
    path("thread/<int:pk>/", views.ThreadView.as_view(), name="thread"),
    path("thread/<int:pk>/reply/", views.ReplyView.as_view(), name="reply"),
    path("thread/<int:pk>/follow/", views.FollowThreadView.as_view(), name="follow_thread"),
    path("post/<int:pk>/", views.PostView.as_view(), name="post"),
    path("post/<int:pk>/edit/", views.EditView.as_view(), name="edit"),
    path("post/<int:pk>/translate/", views.TranslateView.as_view(), name="translate"),
    path("post/<int:pk>/report/", views.ReportView.as_view(), name="report"),
    path("file/<int:pk>/", views.AttachmentView.as_view(), name="attachment"),
]
