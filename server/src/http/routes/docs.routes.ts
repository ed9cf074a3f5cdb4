import path from "node:path";
import { Router } from "express";
import { openApiDocument } from "../../openapi/document";
import { DOCS_PAGE, DOCS_SCRIPT } from "../../openapi/docs-page";

const SWAGGER_UI_DIR = path.dirname(require.resolve("swagger-ui-dist/package.json"));
/** Only what the page loads; the rest of swagger-ui-dist (its demo page, source maps) is not served. */
const SWAGGER_UI_FILES = ["swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png"];

/**
 * Nothing but this server's own files, no inline script. Swagger UI sets `style` attributes from its
 * bundle, which `style-src` would otherwise refuse.
 */
const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** The API's OpenAPI document and a readable page of it (Swagger UI from node_modules). */
export function docsRoutes(): Router {
  const router = Router();

  router.get("/openapi.json", (_req, res) => {
    res.setHeader("Cache-Control", "no-cache");
    res.json(openApiDocument());
  });

  router.use("/docs", (_req, res, next) => {
    res.setHeader("Content-Security-Policy", DOCS_CSP);
    next();
  });
  router.get("/docs", (_req, res) => {
    res.setHeader("Cache-Control", "no-cache");
    res.type("html").send(DOCS_PAGE);
  });
  router.get("/docs/docs.js", (_req, res) => {
    res.setHeader("Cache-Control", "no-cache");
    res.type("js").send(DOCS_SCRIPT);
  });
  for (const file of SWAGGER_UI_FILES) {
    router.get(`/docs/${file}`, (_req, res) => {
      res.sendFile(path.join(SWAGGER_UI_DIR, file), { maxAge: "1h" });
    });
  }

  return router;
}
