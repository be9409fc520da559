/**
 * A browser's cookies for the admin, without a browser: the CSRF cookie and its form token (read
 * from the sign-in page) and, optionally, a session cookie.
 */
export class AdminBrowserSession {
  private constructor(
    readonly adminUrl: string,
    readonly csrfCookie: string,
    readonly csrfToken: string,
    private sessionToken: string | null,
  ) {}

  static async open(adminUrl: string, sessionToken: string | null = null): Promise<AdminBrowserSession> {
    const response = await fetch(`${adminUrl}/sign-in`);
    const cookie = /herald_csrf=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
    const token = /name="csrf_token" value="([^"]+)"/.exec(await response.text())?.[1];
    if (!cookie || !token) throw new Error('The sign-in page gave no CSRF cookie or token');
    return new AdminBrowserSession(adminUrl, cookie, token, sessionToken);
  }

  async get(path: string): Promise<Response> {
    return fetch(`${this.adminUrl}${path}`, { headers: { cookie: this.cookies() }, redirect: 'manual' });
  }

  /** A form post; `withToken: false` leaves out the CSRF token, as a forged cross-site post would. */
  async post(path: string, fields: Record<string, string> = {}, options: { withToken?: boolean } = {}): Promise<Response> {
    const body = new URLSearchParams(fields);
    if (options.withToken ?? true) body.set('csrf_token', this.csrfToken);
    return fetch(`${this.adminUrl}${path}`, {
      method: 'POST',
      headers: { cookie: this.cookies(), 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
      redirect: 'manual',
    });
  }

  /**
   * A multipart form post (a file upload), as a browser sends one: the CSRF token as the first
   * field. `tokenIn: 'url'` puts it in the query string instead, `'none'` leaves it out.
   */
  async postMultipart(path: string, fill: (form: FormData) => void, tokenIn: 'field' | 'url' | 'none' = 'field'): Promise<Response> {
    const form = new FormData();
    if (tokenIn === 'field') form.set('csrf_token', this.csrfToken);
    fill(form);
    const query = tokenIn === 'url' ? `?csrf_token=${encodeURIComponent(this.csrfToken)}` : '';
    return fetch(`${this.adminUrl}${path}${query}`, { method: 'POST', headers: { cookie: this.cookies() }, body: form, redirect: 'manual' });
  }

  private cookies(): string {
    return [`herald_csrf=${this.csrfCookie}`, ...(this.sessionToken ? [`herald_session=${this.sessionToken}`] : [])].join('; ');
  }
}
