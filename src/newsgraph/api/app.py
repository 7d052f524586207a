"""The FastAPI application: REST API (``/api``), web UI (``/``), static files and docs.

Every response carries a Content-Security-Policy that allows scripts and styles only from this
server; errors are JSON ``{"error": {"status", "code", "message", "details"}}`` for the API and
an HTML page for the UI.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph import __version__
from newsgraph.store import Store, open_store

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

#: served from ``<name>.gz`` under the static folder (see ``create_app``)
SWAGGER_BUNDLE = "vendor/swagger-ui/swagger-ui-bundle.js"


@lru_cache(maxsize=4)
def _packed_static(path: str) -> bytes:
    return Path(path).read_bytes()


_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 422: "invalid_request"}


def _error(status: int, message: str, details: Any = None) -> JSONResponse:
    body: dict[str, Any] = {
        "error": {"status": status, "code": _CODES.get(status, "error"), "message": message}
    }
    if details is not None:
        body["error"]["details"] = details
    return JSONResponse(body, status_code=status)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get(
        "accept", ""
    )


def create_app(store: Store | str | None = None) -> FastAPI:
    """The app over an open store (or a store URL; default $NEWSGRAPH_DB / ./newsgraph.sqlite)."""
    if not isinstance(store, Store):
        store = open_store(store)
    app = FastAPI(
        title="newsgraph",
        version=__version__,
        description="Who said what, who did what with whom, where and when — from news reports.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store

    from newsgraph.api.routes import router
    from newsgraph.web.views import STATIC_DIR, render_error
    from newsgraph.web.views import router as web_router

    app.include_router(router)
    app.include_router(web_router)

    @app.get(f"/static/{SWAGGER_BUNDLE}", include_in_schema=False)
    def swagger_bundle(request: Request) -> Response:
        """The vendored Swagger UI script, stored gzip-compressed (1.7 MB → 0.46 MB in the
        package): sent as is to clients that accept gzip, unpacked for the others."""
        packed = _packed_static(str(STATIC_DIR / f"{SWAGGER_BUNDLE}.gz"))
        headers = {"Vary": "Accept-Encoding", "Cache-Control": "public, max-age=86400"}
        if "gzip" in request.headers.get("accept-encoding", ""):
            headers["Content-Encoding"] = "gzip"
            return Response(packed, media_type="text/javascript", headers=headers)
        return Response(gzip.decompress(packed), media_type="text/javascript", headers=headers)

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        html = (
            "<!doctype html><html><head><meta charset='utf-8'><title>newsgraph API</title>"
            "<link rel='stylesheet' href='/static/vendor/swagger-ui/swagger-ui.css'></head>"
            "<body><div id='swagger-ui'></div>"
            f"<script src='/static/{SWAGGER_BUNDLE}'></script>"
            "<script src='/static/docs.js'></script></body></html>"
        )
        return HTMLResponse(html)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if _wants_html(request):
            return render_error(request, exc.status_code, message)
        return _error(exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        details = [
            {
                "location": [str(p) for p in err.get("loc", ())],
                "message": err.get("msg", ""),
                "type": err.get("type", ""),
            }
            for err in exc.errors()
        ]
        summary = "; ".join(
            f"{'.'.join(d['location'][1:] or d['location'])}: {d['message']}" for d in details
        )
        if _wants_html(request):
            return render_error(request, 422, f"invalid request: {summary}")
        return _error(422, f"invalid request: {summary}", details)

    @app.exception_handler(ValueError)
    async def value_error(request: Request, exc: ValueError) -> Response:
        if _wants_html(request):
            return render_error(request, 400, str(exc))
        return _error(400, str(exc))

    return app
