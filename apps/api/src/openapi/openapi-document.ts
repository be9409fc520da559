import { CITIZEN_API_SCHEMAS, MESSAGE_API_SCHEMAS, PUBLIC_API_SCHEMAS, TEMPLATE_API_SCHEMAS, TEMPLATE_CHECKS_API_SCHEMAS } from '@herald/contracts';
import { HERALD_API_SCHEMAS, heraldPaths } from './herald-paths';
import { mePaths } from './me-paths';
import { ERROR_RESPONSE_COMPONENTS, type OpenApiObject } from './openapi-operations';
import { requestSchemas } from './request-schemas';
import { v2Paths } from './v2-paths';

const DESCRIPTION = `Herald speaks GOV.UK Notify's v2 API (the same paths, fields, responses and error messages: the official
Notify client libraries work unchanged), and its own API beside it under \`/herald/v1\`: omnichannel messages, content
checks, and a person's own view of what they were sent.

**Authentication.** \`/v2\` and \`/herald/v1\` (but \`/herald/v1/me\`) take \`Authorization: Bearer <JWT>\`: a token made
from an API key (\`<key name>-<service id>-<secret>\`) with header \`{"typ": "JWT", "alg": "HS256"}\`, claims \`iss\` (the
service id) and \`iat\` (now, in seconds; within 30 s of Herald's clock), signed with HMAC-SHA256 keyed by the 36-character
secret. \`/herald/v1/me\` takes the access token of the person's OpenID Connect sign-in instead.

**Errors** come in Notify's envelope, \`{"status_code": 400, "errors": [{"error": "BadRequestError", "message": "..."}]}\`.
**Limits**: every \`POST /v2/notifications/*\` counts towards a per-minute rate limit and the daily limits (429).

Not described here: the provider webhooks under \`/webhooks\` (Twilio and Amazon SES call them, in their own formats), the
download pages \`/d/...\`, \`/_status\`, and \`/internal\` (the admin's own API). The callbacks Herald sends to a service's
URL are described in docs/api.md ("Callbacks Herald sends").`;

/** Bump by hand when an answer or a request changes shape; the API paths themselves are versioned (`/v2`, `/herald/v1`). */
const DOCUMENT_VERSION = '1.0.0';

const TAGS = [
  { name: 'Notifications', description: 'Send emails, text messages and letters, and read them back (Notify’s v2 API).' },
  { name: 'Templates', description: 'Read and preview the service’s templates (Notify’s v2 API).' },
  { name: 'Received text messages', description: 'Texts people sent to the service’s inbound number (Notify’s v2 API).' },
  { name: 'Messages (omnichannel)', description: 'One message to one person over several channels, routed by their choices (Herald’s own).' },
  { name: 'Content checks', description: 'The content checks of templates and template sets (Herald’s own).' },
  { name: 'A person’s own view', description: 'What Herald holds about the signed-in person, for that person (Herald’s own).' },
];

const SECURITY_SCHEMES = {
  apiKeyJwt: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'A JSON Web Token made from a service’s API key (HS256, claims `iss` and `iat`), new for every request.',
  },
  citizenAccessToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'The access token of the person’s OpenID Connect sign-in at the identity service Herald is set up with.',
  },
};

/**
 * The OpenAPI 3.1 description of every public API Herald serves: built from the request schemas
 * the API validates with and the response schemas of libs/contracts, never written by hand.
 */
export function buildOpenApiDocument(): OpenApiObject {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Herald API',
      version: DOCUMENT_VERSION,
      description: DESCRIPTION,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: TAGS,
    security: [{ apiKeyJwt: [] }],
    paths: { ...v2Paths(), ...heraldPaths(), ...mePaths() },
    components: {
      schemas: {
        ...PUBLIC_API_SCHEMAS,
        ...TEMPLATE_API_SCHEMAS,
        ...TEMPLATE_CHECKS_API_SCHEMAS,
        ...MESSAGE_API_SCHEMAS,
        ...HERALD_API_SCHEMAS,
        ...CITIZEN_API_SCHEMAS,
        ...requestSchemas(),
      },
      responses: ERROR_RESPONSE_COMPONENTS,
      securitySchemes: SECURITY_SCHEMES,
    },
  };
}
