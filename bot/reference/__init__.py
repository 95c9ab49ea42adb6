"""Reference data: the service catalog, the office, the region gazetteer,
the requirement knowledge, and text normalisation. Imports nothing above it."""
