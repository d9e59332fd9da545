"""/healthz: whether the service answers, for load balancers and supervisors (no key, no rate limit)."""
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate

blp = Blueprint("health", __name__, description="Whether the service is up.")


class HealthSchema(Schema):
    """The service answers."""

    status = fields.String(required=True, validate=validate.OneOf(["ok"]), metadata={"description": "Always ok."})


@blp.get("/healthz")
@blp.response(200, HealthSchema)
def healthz():
    """Whether the service answers: 200 {"status": "ok"} while it does."""
    return {"status": "ok"}
