"""REST API and web app: :func:`newsgraph.api.app.create_app` builds the FastAPI application."""
