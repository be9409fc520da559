import { tmpdir } from 'node:os';
import { loadConfig } from '@herald/config';
import { adminRoutes, fillPath } from './admin-routes';

/** Not pages: files, JSON and the fragment the platform dashboard swaps in. */
const NOT_A_PAGE = /\.(pdf|csv|json|html|png)$|\/letter-preview\/:page$|\/dashboard\/figures$/;

export type TemplateKind = 'email' | 'sms' | 'letter';
const TEMPLATE_KINDS: readonly TemplateKind[] = ['email', 'sms', 'letter'];

/** A page a signed-in member (and operator) can open: a GET route, and which kind of template fills its `:templateId`. */
export interface AdminPage {
  /** With `:params`, as Nest declares it. */
  readonly route: string;
  readonly templateKind: TemplateKind | null;
}

/**
 * Every page the admin declares (read from its controllers, without starting anything), in a
 * fixed order; a template page once for an email, a text message and a letter template. Pages
 * reached only through an emailed link (`:token`) are left out.
 */
export function adminPages(): AdminPage[] {
  // The controllers do not depend on the configuration: any valid one lists them.
  const config = loadConfig({ ENCRYPTION_KEY: 'c'.repeat(64), DATA_DIR: tmpdir() });
  const routes = [
    ...new Set(
      adminRoutes(config)
        .filter((r) => r.method === 'GET' && !r.path.includes(':token') && !NOT_A_PAGE.test(r.path))
        .map((r) => r.path),
    ),
  ];
  return routes
    .sort()
    .flatMap((route): AdminPage[] =>
      route.includes(':templateId') && !route.includes(':uploadId')
        ? TEMPLATE_KINDS.map((templateKind) => ({ route, templateKind }))
        : [{ route, templateKind: null }],
    );
}

export function describePage(page: AdminPage): string {
  return page.templateKind ? `${page.route} (${page.templateKind} template)` : page.route;
}

/** The page's path with its params filled in: `templateIds` names the template of each kind. */
export function pagePath(page: AdminPage, params: Record<string, string>, templateIds: Record<TemplateKind, string>): string {
  return fillPath(page.route, page.templateKind ? { ...params, templateId: templateIds[page.templateKind] } : params);
}
