"""The string catalogue, one module per area of the app; each holds ``STRINGS``."""
