"""Pages for the source registry: a source's profile, claims and statements; adding and editing sources."""
from flask import Blueprint, flash, redirect, render_template, url_for
from marshmallow import ValidationError

from factcheck import rematch, storage
from factcheck.db import get_db
from factcheck.paging import Page, page_number
from factcheck.pages.access import role_required
from factcheck.pages.forms import SourceForm
from factcheck.pages.source_fields import form_data, record_from_form, validation_errors
from sources import registry
from sources.records import SourceRecord, slug

bp = Blueprint("sources", __name__)

CLAIMS_PER_PAGE = 50
SOURCES_PER_PAGE = 50
source_record = SourceRecord()


@bp.get("/registry")
def registry_index():
    number = page_number()
    found = registry.page_of_sources(get_db(), number, SOURCES_PER_PAGE)
    return render_template("pages/registry.html", page=Page(found.sources, found.total, number, SOURCES_PER_PAGE),
                           rematch=rematch.latest_run(get_db()))


@bp.get("/sources/<source_id>")
def show(source_id: str):
    db = get_db()
    source = registry.get_source(db, source_id)
    statements = [(s, list(registry.iter_disputes(db, s.id))) for s in registry.iter_statements(db, source_id)]
    claims = storage.query_claims(db, storage.ClaimFilter(source_id=source_id), page=page_number(),
                                  page_size=CLAIMS_PER_PAGE)
    return render_template("pages/source.html", source=source, statements=statements, claims=claims)


@bp.route("/registry/new", methods=["GET", "POST"])
@role_required("admin")
def create():
    form = SourceForm()
    if form.validate_on_submit():
        source_id = (form.id.data or "").strip() or slug(form.name.data)
        if registry.has_source(get_db(), source_id):
            form.id.errors.append(f"A source with the id “{source_id}” is already registered.")
        elif saved(form, source_id, dataset=None):
            flash(f"{form.name.data} was added to the registry.", "info")
            return redirect(url_for(".show", source_id=source_id))
    return render_template("pages/source_form.html", form=form, source=None), 422 if form.errors else 200


@bp.route("/registry/<source_id>/edit", methods=["GET", "POST"])
@role_required("admin")
def edit(source_id: str):
    source = registry.get_source(get_db(), source_id)
    form = SourceForm(data=form_data(source))
    if form.validate_on_submit() and saved(form, source_id, dataset=source.dataset):
        flash(f"{form.name.data} was saved.", "info")
        return redirect(url_for(".show", source_id=source_id))
    return render_template("pages/source_form.html", form=form, source=source), 422 if form.errors else 200


def saved(form: SourceForm, source_id: str, dataset: str | None) -> bool:
    """Validate the form as a registry record and store it; False (with the form's errors set) if invalid."""
    try:
        source = source_record.load(record_from_form(form, source_id, dataset))
    except ValidationError as error:
        for name, messages in validation_errors(error.messages).items():
            getattr(form, name, form.id).errors.extend(messages)
        return False
    registry.upsert_sources(get_db(), [source])
    rematch.start()
    return True

