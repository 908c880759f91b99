"""The admin's list and export of the join and contact forms' submissions (imported when the admin asks for it:
Wagtail's forms views need the app registry ready)."""

from wagtail.contrib.forms.views import SubmissionsListView

from sitewide.exports import spreadsheet_safe


class SecretariatSubmissionsListView(SubmissionsListView):
    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        # Visitors type these cells; XLSX is already kept as text by Wagtail.
        return spreadsheet_safe(value) if export_format == self.FORMAT_CSV else value
