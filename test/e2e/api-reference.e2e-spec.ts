import { aTestConfig, HeraldUnderTest } from '@herald/testing';

/**
 * Issue 14 point 10: the readable API reference at /docs works offline. The page, Swagger UI's
 * files and the OpenAPI document all come from Herald itself, under a policy that lets the page
 * load nothing from anywhere else.
 */
describe('the API reference page (/docs)', () => {
  let herald: HeraldUnderTest;
  let page: Response;
  let html: string;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    page = await fetch(`${herald.baseUrl}/docs`);
    html = await page.text();
  });
  afterAll(() => herald.stop());

  const get = (path: string) => fetch(`${herald.baseUrl}${path}`);
  /** Every URL the page names: its links, stylesheets, icons and scripts. */
  const urlsIn = (text: string) => [...text.matchAll(/(?:src|href)="([^"]*)"/g)].map((match) => match[1]);

  it('answers an HTML page, without an API key, under a policy of its own origin only', () => {
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy.split('; ')).toEqual(expect.arrayContaining(["default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'"]));
    expect(policy).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/);
    expect(html).toContain('<div id="swagger-ui"></div>');
  });

  it('names no other origin and runs no inline script', () => {
    expect(urlsIn(html).length).toBeGreaterThan(3);
    expect(urlsIn(html).filter((url) => !url.startsWith('/docs/'))).toEqual([]);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/);
    expect(html).not.toMatch(/ style=/);
  });

  it('serves every file the page names, with its content type', async () => {
    const expected: Record<string, RegExp> = { '.css': /^text\/css/, '.js': /^text\/javascript/, '.png': /^image\/png/, '.json': /^application\/json/ };
    for (const url of urlsIn(html)) {
      const response = await get(url);
      const type = expected[url.slice(url.lastIndexOf('.'))];
      expect({ url, status: response.status, type: response.headers.get('content-type') }).toEqual({ url, status: 200, type: expect.stringMatching(type) });
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
  });

  it('starts Swagger UI on the document Herald serves, with no validator badge calling out', async () => {
    const script = await (await get('/docs/assets/api-reference.js')).text();
    expect(script).toContain("url: '/docs/openapi.json'");
    expect(script).toContain('validatorUrl: null');
    expect(script).not.toMatch(/https?:\/\//);
    expect((await get('/docs/assets/swagger-ui-bundle.js')).headers.get('content-length')).toMatch(/^\d{6,}$/);
  });

  it('serves the OpenAPI 3.1 document as JSON', async () => {
    const response = await get('/docs/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/v2/notifications/email', '/herald/v1/messages', '/herald/v1/me']));
  });

  it.each(['/docs/assets/package.json', '/docs/assets/index.html', '/docs/assets/..%2F..%2Fpackage.json', '/docs/assets/swagger-ui-bundle.js.map'])(
    'answers 404 for a file it does not serve: %s',
    async (path) => {
      expect((await get(path)).status).toBe(404);
    },
  );
});
