"""CORPUS: a day's feed grouped into stories (grouping), checked on Dask (running), written
out as one folder (output). `checker corpus` is the command line over these three."""
