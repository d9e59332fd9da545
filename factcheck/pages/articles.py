"""Pages for articles: submit one, read its claim breakdown, list and search them, delete one."""
from flask import Blueprint, flash, redirect, render_template, request, url_for

from factcheck import storage
from factcheck.article_input import BadArticle, decode_article
from factcheck.db import get_db
from factcheck.paging import MAX_ID, page_number
from factcheck.pages import breakdown
from factcheck.pages.forms import SubmitArticleForm
from factcheck.pages.highlight import highlight
from factcheck.submission import submit_article
from factcheck.uploads import article_text, media_type_of

bp = Blueprint("articles", __name__)
ID = f"<int(max={MAX_ID}):article_id>"


def submitted_text(form: SubmitArticleForm) -> str:
    """The article's text from the upload if there is one, else from the text box; BadArticle if unusable."""
    upload = form.upload.data
    if upload:
        return article_text(upload.read(), media_type_of(upload.filename, upload.mimetype))
    # Browsers send a text box's line breaks as CRLF; spans are offsets into the text as pasted.
    return decode_article(form.body.data.replace("\r\n", "\n").encode())


@bp.route("/", methods=["GET", "POST"])
def submit():
    form = SubmitArticleForm()
    if form.validate_on_submit():
        fields = {"title": form.title.data or None, "url": form.url.data or None,
                  "published_at": form.published_at.data.isoformat() if form.published_at.data else None}
        try:
            article = submit_article({**fields, "body": submitted_text(form)})
        except BadArticle as exc:
            (form.upload if form.upload.data else form.body).errors.append(f"We could not read this article: {exc}.")
        else:
            return redirect(url_for(".show", article_id=article["id"]))
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


@bp.post(f"/articles/{ID}/delete")
def delete(article_id: int):
    storage.delete_article(get_db(), article_id)
    flash("The article and its claims were deleted.", "info")
    return redirect(url_for(".index"))


@bp.get("/articles")
def index():
    q = request.args.get("q", "").strip()
    page = storage.list_articles(get_db(), q=q or None, page=page_number())
    return render_template("pages/articles.html", q=q, page=page)
