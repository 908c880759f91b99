from django.urls import path

from . import views

app_name = "knowledge"

urlpatterns = [
    path("", views.KnowledgeListView.as_view(), name="list"),
    path("share/", views.ShareView.as_view(), name="share"),
    path("<int:pk>/", views.KnowledgeItemView.as_view(), name="item"),
    path("<int:pk>/edit/", views.EditView.as_view(), name="edit"),
    path("<int:pk>/delete/", views.DeleteView.as_view(), name="delete"),
    path("<int:pk>/file/", views.KnowledgeFileView.as_view(), name="file"),
]
