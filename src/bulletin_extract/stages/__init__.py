"""The pipeline's stages, one module each, in the order they run:
read → language → header → sentences → entities → event_date → directives."""
