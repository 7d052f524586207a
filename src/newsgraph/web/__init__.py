"""The web UI: Jinja2 templates and static files served by :mod:`newsgraph.api.app`."""
