"""Pages for articles: submit one, read its claim breakdown, list and search them, delete one."""
from flask import Blueprint, flash, redirect, render_template, request, url_for

from factcheck import storage
from factcheck.article_input import BadArticle, decode_article
from factcheck.db import get_db
from factcheck.paging import MAX_ID, page_number
from factcheck.pages import breakdown
from factcheck.pages.access import role_required
from factcheck.pages.forms import ConfirmForm, SubmitArticleForm
from factcheck.pages.highlight import highlight
from factcheck.submission import submit_article
from factcheck.uploads import article_upload, media_type_of

bp = Blueprint("articles", __name__)
ID = f"<int(max={MAX_ID}):article_id>"


def submitted_fields(form: SubmitArticleForm) -> dict:
    """The article's fields: the form's, over what an uploaded HTML page says of itself; BadArticle if unusable."""
    upload = form.upload.data
    if upload:
        uploaded = article_upload(upload.read(), media_type_of(upload.filename, upload.mimetype),
                                  upload.mimetype_params.get("charset"))
    else:
        # Browsers send a text box's line breaks as CRLF; spans are offsets into the text as pasted.
        uploaded = {"body": decode_article(form.body.data.replace("\r\n", "\n").encode())}
    typed = {"title": form.title.data, "url": form.url.data, "byline": form.byline.data,
             "publisher": form.publisher.data,
             "published_at": form.published_at.data.isoformat() if form.published_at.data else None}
    return {**uploaded, **{name: value for name, value in typed.items() if value}}


@bp.route("/", methods=["GET", "POST"])
@role_required("journalist", methods=("POST",))
def submit():
    form = SubmitArticleForm()
    if form.validate_on_submit():
        try:
            fields = submitted_fields(form)
        except BadArticle as exc:
            (form.upload if form.upload.data else form.body).errors.append(f"We could not read this article: {exc}.")
        else:
            return redirect(url_for(".show", article_id=submit_article(fields).id))
    return render_template("pages/submit.html", form=form), 422 if form.errors else 200


@bp.get(f"/articles/{ID}")
def show(article_id: int):
    db = get_db()
    article = storage.get_article(db, article_id)
    speakers = breakdown.speakers(article["claims"])
    report = storage.disputed_report(db, storage.ClaimFilter(article_id=article_id))
    return render_template(
        "pages/article.html",
        article=article,
        speakers=speakers.values(),
        disputes=breakdown.disputes_by_claim(report),
        targets=breakdown.disputed_claims(article["claims"]),
        text_html=highlight(article["body"], breakdown.article_marks(article["claims"], speakers)),
        show_statements=request.args.get("statements") == "1",
    )


@bp.route(f"/articles/{ID}/delete", methods=["GET", "POST"])
@role_required("admin")
def delete(article_id: int):
    """Ask first (a page with a confirming button); delete when that button is pressed."""
    article = storage.get_article(get_db(), article_id)
    form = ConfirmForm()
    if not form.validate_on_submit():
        return render_template("pages/confirm_delete.html", article=article, form=form)
    storage.delete_article(get_db(), article_id)
    flash("The article and its claims were deleted.", "info")
    return redirect(url_for(".index"))


@bp.get("/articles")
def index():
    q = request.args.get("q", "").strip()
    page = storage.list_articles(get_db(), q=q or None, page=page_number())
    return render_template("pages/articles.html", q=q, page=page)
