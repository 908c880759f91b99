from django.urls import path

from . import views

app_name = "projects"

urlpatterns = [
    path("", views.ProjectListView.as_view(), name="list"),
    path("propose/", views.ProposeView.as_view(), name="propose"),
    path("<int:pk>/", views.ProjectView.as_view(), name="project"),
    path("<int:pk>/discussion/", views.DiscussionPostView.as_view(), name="discussion"),
    path("<int:pk>/edit/", views.EditView.as_view(), name="edit"),
    path("<int:pk>/requests/<int:request_pk>/", views.AnswerView.as_view(), name="answer"),
]
