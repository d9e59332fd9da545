"""Archives analysed on Dask: `run.run_batch` writes claim and article tables, `load.load_batch` stores them."""
