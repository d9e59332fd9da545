"""`make probe`: the live service probed from outside as an attacker would, each figure against its target."""
