import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES } from '@herald/config';
import { HeraldMetrics } from '@herald/metrics';

// The metrics services of docker/compose.yaml, checked as text as compose.spec.ts checks the rest:
// Prometheus scrapes every api and worker replica where it listens, Grafana is provisioned with
// the Herald dashboard, and every metric the dashboard asks for is one Herald exposes.

const DOCKER_DIR = join(__dirname, '..', '..', 'docker');
/** Metric names Herald exposes: its own, and Node's process metrics (prom-client's defaults). */
const METRIC_NAME = /\b(?:herald|process|nodejs)_[a-zA-Z0-9_]*/g;

interface Service {
  image?: string;
  environment?: Record<string, string>;
  volumes?: string[];
}
interface ScrapeJob {
  job_name: string;
  metrics_path?: string;
  dns_sd_configs?: Array<{ names: string[]; type?: string; port: number }>;
}
interface Panel {
  title?: string;
  type: string;
  datasource?: { uid: string };
  targets?: Array<{ expr: string; datasource?: { uid: string } }>;
}
interface Dashboard {
  panels: Panel[];
}

const yamlIn = <T>(...path: string[]): T => parse(readFileSync(join(DOCKER_DIR, ...path), 'utf8'), { merge: true }) as T;
const compose = () => yamlIn<{ services: Record<string, Service> }>('compose.yaml');
const scrapeJobs = () => yamlIn<{ scrape_configs: ScrapeJob[] }>('prometheus.yml').scrape_configs;
const dashboard = (): Dashboard => JSON.parse(readFileSync(join(DOCKER_DIR, 'grafana', 'herald-dashboard.json'), 'utf8')) as Dashboard;

describe('metrics in docker/compose.yaml', () => {
  it('scrapes /metrics on every api and worker replica, on the port each listens on', () => {
    expect(scrapeProblems(compose().services, scrapeJobs())).toEqual([]);
  });

  it('runs Prometheus and Grafana from pinned images, with their configuration mounted from docker/', () => {
    expect(mountProblems(compose().services)).toEqual([]);
  });

  it('provisions Grafana with the data source every panel uses and the folder the dashboard is mounted in', () => {
    expect(provisioningProblems(compose().services, dashboard())).toEqual([]);
  });

  it('charts only metrics that Herald defines (HeraldMetrics), in every query', async () => {
    expect(unknownMetrics(dashboard(), await seriesOfHeraldMetrics())).toEqual([]);
  });
});

// The checks above pass on today's files; these show each one would catch the mistake it is for.
describe('the metrics checks', () => {
  let known: string[];
  beforeAll(async () => {
    known = await seriesOfHeraldMetrics();
  });

  it('report a query with a misspelt metric, or with none Herald defines', () => {
    const broken = dashboard();
    broken.panels.find((p) => p.type === 'timeseries')!.targets = [
      { expr: 'sum(rate(herald_notifications_create_total[5m]))' },
      { expr: 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[5m])))' },
    ];
    expect(unknownMetrics(broken, known)).toEqual([
      'a query asks for herald_notifications_create_total, which HeraldMetrics does not define',
      'a query names no metric HeraldMetrics defines: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[5m])))',
    ]);
  });

  it('report a histogram series of a metric that is not a histogram', () => {
    const broken = { panels: [{ type: 'timeseries', targets: [{ expr: 'rate(herald_limit_refusals_total_count[5m])' }] }] };
    expect(unknownMetrics(broken, known)).toEqual(['a query asks for herald_limit_refusals_total_count, which HeraldMetrics does not define']);
  });

  it('report a scrape of the worker on a port it does not listen on, and a missing api job', () => {
    const jobs = scrapeJobs().filter((job) => job.job_name !== 'herald-api');
    jobs[0] = { ...jobs[0], dns_sd_configs: [{ names: ['worker'], type: 'A', port: 3000 }] };
    expect(scrapeProblems(compose().services, jobs)).toEqual(['nothing scrapes api', 'worker is scraped on port 3000, but listens on 3004']);
  });

  it('report a panel whose data source is not the provisioned one', () => {
    const broken = dashboard();
    broken.panels.find((p) => p.type === 'timeseries')!.datasource = { uid: 'prometheus' };
    expect(provisioningProblems(compose().services, broken)).toEqual([expect.stringMatching(/^panel .* uses data source prometheus, not herald-prometheus$/)]);
  });
});

/** The port a Herald service listens on: its setting in compose.yaml, or Herald's default. */
function listeningPort(service: Service | undefined, variable: 'API_PORT' | 'WORKER_PORT'): number {
  return Number(service?.environment?.[variable] ?? CONFIG_VARIABLES[variable].default);
}

function scrapeProblems(services: Record<string, Service>, jobs: ScrapeJob[]): string[] {
  const expected = [
    { name: 'api', port: listeningPort(services.api, 'API_PORT') },
    { name: 'worker', port: listeningPort(services.worker, 'WORKER_PORT') },
  ];
  return expected.flatMap(({ name, port }) => {
    // Docker's DNS answers a service's name with every replica's address: a static target would reach one of them.
    const job = jobs.find((j) => j.dns_sd_configs?.some((sd) => sd.names.includes(name)));
    if (!job) return [`nothing scrapes ${name}`];
    const sd = job.dns_sd_configs!.find((s) => s.names.includes(name))!;
    return [
      ...((job.metrics_path ?? '/metrics') === '/metrics' ? [] : [`${name} is scraped at ${job.metrics_path}, not /metrics`]),
      ...((sd.type ?? 'SRV') === 'A' ? [] : [`${name} is looked up as ${sd.type ?? 'SRV'} records; Docker answers A records`]),
      ...(sd.port === port ? [] : [`${name} is scraped on port ${sd.port}, but listens on ${port}`]),
    ];
  });
}

/** `./prometheus.yml:/etc/prometheus/prometheus.yml:ro` → the file in docker/ and where it is mounted. */
function bindMounts(service: Service | undefined): Array<{ source: string; target: string }> {
  return (service?.volumes ?? []).filter((v) => v.startsWith('./')).map((v) => ({ source: join(DOCKER_DIR, v.split(':')[0]), target: v.split(':')[1] }));
}

function mountProblems(services: Record<string, Service>): string[] {
  return ['prometheus', 'grafana'].flatMap((name) => {
    const service = services[name];
    if (!service) return [`there is no ${name} service`];
    const image = service.image ?? '';
    return [
      ...(/:v?\d+\.\d+\.\d+$/.test(image) ? [] : [`${name} runs ${image || 'no image'}, not a pinned version`]),
      ...bindMounts(service)
        .filter((mount) => !existsSync(mount.source))
        .map((mount) => `${name} mounts ${mount.source}, which does not exist`),
    ];
  });
}

function provisioningProblems(services: Record<string, Service>, board: Dashboard): string[] {
  const mounts = bindMounts(services.grafana);
  const provisioning = mounts.find((m) => m.target === '/etc/grafana/provisioning');
  const boardMount = mounts.find((m) => m.source.endsWith('herald-dashboard.json'));
  if (!provisioning || !boardMount) return ['grafana mounts no provisioning folder or no dashboard'];
  const datasources = yamlIn<{ datasources: Array<{ uid: string; url: string }> }>(
    posix.relative(DOCKER_DIR, provisioning.source),
    'datasources',
    'prometheus.yaml',
  );
  const providers = yamlIn<{ providers: Array<{ options: { path: string } }> }>(posix.relative(DOCKER_DIR, provisioning.source), 'dashboards', 'herald.yaml');
  const uid = datasources.datasources[0].uid;
  const panels = board.panels.filter((p) => p.type !== 'row');
  return [
    ...(datasources.datasources[0].url === 'http://prometheus:9090' ? [] : [`the data source points at ${datasources.datasources[0].url}`]),
    ...(providers.providers.some((p) => p.options.path === posix.dirname(boardMount.target))
      ? []
      : [`no dashboard provider reads ${posix.dirname(boardMount.target)}`]),
    ...panels
      .flatMap((p) => [p.datasource, ...(p.targets ?? []).map((t) => t.datasource)])
      .filter((source) => source !== undefined && source.uid !== uid)
      .map((source) => `panel ${panels.find((p) => p.datasource === source)?.title ?? '(a target)'} uses data source ${source!.uid}, not ${uid}`),
  ];
}

/** Every series name the process's metrics expose: a histogram's `_bucket`, `_sum` and `_count` as well as its name. */
async function seriesOfHeraldMetrics(): Promise<string[]> {
  const metrics = await HeraldMetrics.forProcess().registry.getMetricsAsJSON();
  return metrics.flatMap(({ name, type }) => (String(type) === 'histogram' ? [name, `${name}_bucket`, `${name}_sum`, `${name}_count`] : [name]));
}

function unknownMetrics(board: Dashboard, known: readonly string[]): string[] {
  return board.panels
    .flatMap((panel) => panel.targets ?? [])
    .flatMap(({ expr }) => {
      const names = [...new Set(expr.match(METRIC_NAME) ?? [])];
      if (names.length === 0) return [`a query names no metric HeraldMetrics defines: ${expr}`];
      return names.filter((name) => !known.includes(name)).map((name) => `a query asks for ${name}, which HeraldMetrics does not define`);
    });
}
