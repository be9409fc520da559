import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Injectable, NotFoundException } from '@nestjs/common';
import { API_REFERENCE_HTML, API_REFERENCE_SCRIPT, API_REFERENCE_STYLE } from './api-reference-page';
import { buildOpenApiDocument } from './openapi-document';
import type { OpenApiObject } from './openapi-operations';

export interface Asset {
  readonly contentType: string;
  readonly body: Buffer;
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** The files of swagger-ui-dist the page uses, and only those: nothing else under node_modules is reachable. */
const SWAGGER_UI_FILES: Readonly<Record<string, string>> = {
  'swagger-ui.css': CSS,
  'swagger-ui-bundle.js': JS,
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

const OWN_FILES: Readonly<Record<string, Asset>> = {
  'api-reference.js': { contentType: JS, body: Buffer.from(API_REFERENCE_SCRIPT) },
  'api-reference.css': { contentType: CSS, body: Buffer.from(API_REFERENCE_STYLE) },
};

/** The API reference: its OpenAPI document (built once), its page and the page's files, all served by Herald itself. */
@Injectable()
export class ApiReferenceService {
  private readonly swaggerUiDir = dirname(require.resolve('swagger-ui-dist/package.json'));
  private readonly cache = new Map<string, Promise<Asset>>();
  private built?: OpenApiObject;

  document(): OpenApiObject {
    this.built ??= buildOpenApiDocument();
    return this.built;
  }

  page(): string {
    return API_REFERENCE_HTML;
  }

  /** Read once and kept: the bundle is 1.7 MB and never changes while Herald runs. */
  asset(name: string): Promise<Asset> {
    const own = OWN_FILES[name];
    if (own) return Promise.resolve(own);
    if (!Object.hasOwn(SWAGGER_UI_FILES, name)) throw new NotFoundException();
    let asset = this.cache.get(name);
    if (!asset) {
      asset = readFile(join(this.swaggerUiDir, name)).then(
        (body) => ({ contentType: SWAGGER_UI_FILES[name], body }),
        (error: unknown) => {
          this.cache.delete(name);
          throw error;
        },
      );
      this.cache.set(name, asset);
    }
    return asset;
  }
}
