"""One module per headless command group; see core/cli.py for the contract."""
