"""Stored articles in the formats other systems read: schema.org ClaimReview, W3C PROV-JSON, report CSV."""
