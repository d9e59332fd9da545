"""The pages' forms: what a person may submit, validated before anything is stored."""
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField
from wtforms import BooleanField, DateField, Form, IntegerField, PasswordField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import URL, DataRequired, Length, NumberRange, Optional, ValidationError

from factcheck.paging import MAX_ID
from sources.model import SOURCE_KINDS

UPLOAD_EXTENSIONS = ["txt", "html", "htm"]


class SubmitArticleForm(FlaskForm):
    """An article pasted as text or uploaded as a .txt or .html file, with optional details."""

    title = StringField("Title", validators=[Optional(), Length(max=500)])
    body = TextAreaField("Article text")
    upload = FileField("Or upload a file", validators=[FileAllowed(UPLOAD_EXTENSIONS, "Upload a .txt or .html file.")])
    url = StringField("Original URL", validators=[Optional(), URL(require_tld=False), Length(max=2000)])
    published_at = DateField("Published", validators=[Optional()])
    byline = StringField("Byline", validators=[Optional(), Length(max=1000)])
    publisher = StringField("Publisher", validators=[Optional(), Length(max=1000)])

    def validate_body(self, field):
        if not (field.data or "").strip() and not self.upload.data:
            raise ValidationError("Paste the article's text or upload a file.")


class ReportFilterForm(Form):
    """The disputed-claims report's filters, read from the query string (a GET form: no CSRF token)."""

    speaker = StringField("Speaker", validators=[Optional(), Length(max=200)])
    since = DateField("From", validators=[Optional()])
    until = DateField("To", validators=[Optional()])
    article = IntegerField("Article", validators=[Optional(), NumberRange(min=1, max=MAX_ID)])
    q = StringField("Words", validators=[Optional(), Length(max=200)])
    status = SelectField("Status", choices=[SelectChoice("", "Any status"), SelectChoice("open", "Open"),
                                            SelectChoice("in_review", "In review"), SelectChoice("resolved", "Resolved")],
                         default="")
    verdict = StringField("Verdict", validators=[Optional(), Length(max=200)])
    origin = SelectField("Disputed", choices=[SelectChoice("", "Anywhere"), SelectChoice("article", "In the article"),
                                              SelectChoice("registry", "On record")], default="")
    kind = SelectField("Kind", choices=[SelectChoice("", "Disputes and misquotes"), SelectChoice("dispute", "Disputes"),
                                        SelectChoice("misquote", "Misquotes")], default="")
    bom = BooleanField("For Excel")

    def validate_until(self, field):
        if field.data and self.since.data and field.data < self.since.data:
            raise ValidationError("The end date is before the start date.")


class SourceForm(FlaskForm):
    """A registry source as a person edits it: lists one item per line."""

    id = StringField("Id", validators=[Optional(), Length(max=100)])
    name = StringField("Name", validators=[DataRequired(), Length(max=300)])
    kind = SelectField("Kind", choices=list(SOURCE_KINDS))
    aliases = TextAreaField("Aliases")
    roles = TextAreaField("Roles")
    affiliation = StringField("Affiliation", validators=[Optional(), Length(max=300)])
    country = StringField("Country", validators=[Optional(), Length(max=300)])
    description = TextAreaField("Description", validators=[Optional(), Length(max=5000)])
    links = TextAreaField("Links")


class LoginForm(FlaskForm):
    """A newsroom user's name and password."""

    name = StringField("Name", validators=[DataRequired(), Length(max=64)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1024)])


class ConfirmForm(FlaskForm):
    """A confirmation: only its CSRF token, sent by the confirmation page's button."""


class ReviewQueueForm(Form):
    """The reviewer queue's filters, read from the query string."""

    status = SelectField("Status", choices=[SelectChoice("open", "Open"), SelectChoice("in_review", "In review"),
                                            SelectChoice("resolved", "Resolved"), SelectChoice("", "Any status")],
                         default="open")
    speaker = StringField("Speaker", validators=[Optional(), Length(max=200)])
    q = StringField("Words", validators=[Optional(), Length(max=200)])


class ReviewForm(FlaskForm):
    """A reviewer's change to a claim: its new status, a verdict when resolving, a note."""

    status = SelectField("New status", choices=[])
    verdict = SelectField("Verdict", choices=[], validate_choice=False)
    note = TextAreaField("Note", validators=[Optional(), Length(max=5000)])
    apply_to_appearances = BooleanField("Apply to the same claim in the other articles", default=True)


class ClaimBrowseForm(Form):
    """The claims browse page's filters, read from the query string."""

    q = StringField("Words", validators=[Optional(), Length(max=200)])
    speaker = StringField("Speaker", validators=[Optional(), Length(max=200)])
    disputed = SelectField("Disputed", choices=[SelectChoice("", "All claims"), SelectChoice("true", "Disputed only")],
                           default="")
    status = SelectField("Status", choices=[SelectChoice("", "Any status"), SelectChoice("open", "Open"),
                                            SelectChoice("in_review", "In review"), SelectChoice("resolved", "Resolved")],
                         default="")
