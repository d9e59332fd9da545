"""`python -m factcheck`: the command line, as the `factcheck` script runs it."""
from factcheck.cli import cli

if __name__ == "__main__":
    cli()
