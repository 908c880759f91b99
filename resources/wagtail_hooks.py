from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_editor_js")
def file_headings_js():
    return format_html('<script src="{}"></script>', static("resources/file_headings.js"))
