/** Where the reference is served; the page and its script name these paths, so no other origin is ever asked. */
export const DOCS_PATH = '/docs';
export const DOCUMENT_PATH = `${DOCS_PATH}/openapi.json`;
export const ASSETS_PATH = `${DOCS_PATH}/assets`;

/**
 * The page and the reference may load only what Herald serves itself. Swagger UI's stylesheet
 * draws its icons as `data:` SVG images, hence the one exception, for images only.
 */
export const API_REFERENCE_CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

/** The page: Swagger UI (bundled with Herald, never from a CDN) showing `/docs/openapi.json`. */
export const API_REFERENCE_HTML = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Herald API reference</title>
    <link rel="stylesheet" href="${ASSETS_PATH}/swagger-ui.css">
    <link rel="stylesheet" href="${ASSETS_PATH}/api-reference.css">
    <link rel="icon" type="image/png" href="${ASSETS_PATH}/favicon-32x32.png" sizes="32x32">
  </head>
  <body>
    <noscript><p>The API reference needs JavaScript. The same description is at <a href="${DOCUMENT_PATH}">${DOCUMENT_PATH}</a> (OpenAPI 3.1, JSON).</p></noscript>
    <div id="swagger-ui"></div>
    <script src="${ASSETS_PATH}/swagger-ui-bundle.js"></script>
    <script src="${ASSETS_PATH}/api-reference.js"></script>
  </body>
</html>
`;

/**
 * Starts Swagger UI, in a file of its own because the policy allows no inline script. No
 * validator badge (it would call validator.swagger.io) and no top bar.
 */
export const API_REFERENCE_SCRIPT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '${DOCUMENT_PATH}',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  });
});
`;

/** Swagger UI's own page style (its dist's index.css), served as a file for the same reason. */
export const API_REFERENCE_STYLE = `html { box-sizing: border-box; overflow-y: scroll; }
*, *:before, *:after { box-sizing: inherit; }
body { margin: 0; background: #fafafa; }
`;
