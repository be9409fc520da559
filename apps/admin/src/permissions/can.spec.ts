import nunjucks from 'nunjucks';
import { can } from './can';

/** `can` as the views call it: a nunjucks global, reading the page's `service`. */
describe('can', () => {
  const env = new nunjucks.Environment();
  env.addGlobal('can', can);
  const render = (template: string, context: object) => env.renderString(template, context);

  it('is true for a permission the member holds in the page’s service, false for one they do not', () => {
    const service = { serviceId: 's1', serviceName: 'Passport Office', live: true, permissions: ['view_dashboard', 'send_messages'] };
    expect(render('{{ can("send_messages") }} {{ can("manage_templates") }}', { service })).toBe('true false');
  });

  it('is false outside a service’s pages', () => {
    expect(render('{{ can("view_dashboard") }}', {})).toBe('false');
  });

  it('reads the service inside a block of a page that extends a layout, as the service navigation does', () => {
    const loader = new nunjucks.Environment(
      new (class extends nunjucks.Loader {
        getSource(name: string) {
          const sources: Record<string, string> = {
            'layout.njk': '{% block nav %}{% endblock %}',
            'page.njk': '{% extends "layout.njk" %}{% block nav %}{% if can("manage_service") %}Team{% else %}No team{% endif %}{% endblock %}',
          };
          return { src: sources[name], path: name, noCache: true };
        }
      })(),
    );
    loader.addGlobal('can', can);
    const service = { permissions: ['view_dashboard'] };
    expect(loader.render('page.njk', { service })).toBe('No team');
    expect(loader.render('page.njk', { service: { permissions: ['manage_service'] } })).toBe('Team');
  });
});
