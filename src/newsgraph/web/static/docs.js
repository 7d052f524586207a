// Swagger UI for the OpenAPI schema (vendored bundle; no CDN).
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
