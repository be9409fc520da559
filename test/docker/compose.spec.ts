import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES } from '@herald/config';

// No Docker engine runs in CI, so the compose file and Dockerfile are checked as text: the
// mistakes that matter (a variable Herald never reads, a script that does not exist, a worker
// that cannot scale) are all visible without building anything.

const ROOT = join(__dirname, '..', '..');
const DOCKER_DIR = join(ROOT, 'docker');
const KNOWN_VARIABLES: readonly string[] = Object.keys(CONFIG_VARIABLES);
const SCRIPTS: Readonly<Record<string, string>> = readJson(join(ROOT, 'package.json')).scripts;
const BACKING_SERVICES = ['postgres', 'redis'] as const;

interface Service {
  build?: unknown;
  command?: string | string[];
  environment?: Record<string, unknown> | string[];
  env_file?: unknown;
  depends_on?: string[] | Record<string, { condition?: string }>;
  container_name?: string;
  ports?: unknown[];
  healthcheck?: unknown;
  deploy?: { replicas?: number };
  volumes?: string[];
}
interface Compose {
  services?: Record<string, Service>;
}
interface Instruction {
  keyword: string;
  args: string;
}

describe('docker/compose.yaml', () => {
  const compose = readCompose(join(DOCKER_DIR, 'compose.yaml'));

  it('builds api and worker from docker/Dockerfile', () => {
    const build = { context: '..', dockerfile: 'docker/Dockerfile' };
    for (const name of ['api', 'worker']) {
      expect(compose.services?.[name]?.build).toEqual(build);
    }
    // Compose resolves the context from the compose file's folder, the dockerfile from the context.
    expect(existsSync(join(DOCKER_DIR, build.context, build.dockerfile))).toBe(true);
  });

  it('sets only environment variables that Herald reads (CONFIG_VARIABLES)', () => {
    expect(unknownVariables(compose, KNOWN_VARIABLES)).toEqual([]);
  });

  it('starts every Herald service with `npm run <script>` for a script in package.json', () => {
    expect(commandProblems(compose, SCRIPTS)).toEqual([]);
  });

  it('starts api and worker only once postgres and redis report healthy', () => {
    expect(dependencyProblems(compose)).toEqual([]);
  });

  it('runs api and worker with replicas: at least 2 of each, no container_name and no published ports', () => {
    expect(scalingProblems(compose)).toEqual([]);
  });

  it('publishes the API through a load balancer that spreads requests over the api replicas', () => {
    expect(balancerProblems(compose, readDockerFile)).toEqual([]);
  });
});

describe('docker/Dockerfile', () => {
  const instructions = parseDockerfile(readFileSync(join(DOCKER_DIR, 'Dockerfile'), 'utf8'));

  it('builds in one stage and runs in another', () => {
    expect(instructions.filter((i) => i.keyword === 'FROM').length).toBeGreaterThanOrEqual(2);
  });

  it('installs with npm ci and compiles with npm run build', () => {
    expect(buildProblems(instructions)).toEqual([]);
  });

  it('runs an npm script that exists by default', () => {
    expect(defaultCommandProblems(instructions, SCRIPTS)).toEqual([]);
  });

  it('keeps node_modules, dist, data, .git and artifacts out of the build context', () => {
    const ignored = readFileSync(join(DOCKER_DIR, 'Dockerfile.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim());
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', 'data', '.git', 'artifacts']));
  });
});

// The checks above pass on today's files; these show each one would catch the mistake it is for.
describe('the docker checks', () => {
  const valid = (): Compose => readCompose(join(DOCKER_DIR, 'compose.yaml'));

  it('report a variable Herald does not read', () => {
    const compose = valid();
    // A copy: api and worker share one environment object through the YAML anchor.
    compose.services!.worker.environment = { ...compose.services!.worker.environment, SMTP_HOST: 'mail' };
    expect(unknownVariables(compose, KNOWN_VARIABLES)).toEqual(['worker sets SMTP_HOST, which Herald does not read']);
  });

  it('report a variable given in list form', () => {
    const compose = valid();
    compose.services!.api.environment = ['REDIS_URL=redis://redis:6379', 'REDIS_HOST'];
    expect(unknownVariables(compose, KNOWN_VARIABLES)).toEqual(['api sets REDIS_HOST, which Herald does not read']);
  });

  it('report a script missing from package.json', () => {
    const compose = valid();
    compose.services!.worker.command = 'npm run start:workers';
    expect(commandProblems(compose, SCRIPTS)).toEqual(['worker runs start:workers, which is not a script in package.json']);
  });

  it('report a dependency that waits only for the container to start', () => {
    const compose = valid();
    compose.services!.api.depends_on = ['postgres', 'redis'];
    expect(dependencyProblems(compose)).toEqual(['api does not wait for postgres to be healthy', 'api does not wait for redis to be healthy']);
  });

  it('report a worker with published ports', () => {
    const compose = valid();
    compose.services!.worker.ports = ['3001:3000'];
    expect(scalingProblems(compose)).toEqual(['worker publishes ports, so a second copy cannot start']);
  });

  it('report an api that runs as one container', () => {
    const compose = valid();
    delete compose.services!.api.deploy;
    expect(scalingProblems(compose)).toEqual(['api runs 1 replica, not at least 2']);
  });

  it('report a balancer that passes requests to something other than the api replicas', () => {
    const config = readDockerFile('api-balancer.conf').replace(/http:\/\/api:3000/g, 'http://admin:3001');
    expect(balancerProblems(valid(), () => config)).toEqual(['the balancer (docker/api-balancer.conf) does not proxy_pass to http://api:3000']);
  });

  it('report a Dockerfile whose default command is not an npm script', () => {
    const dockerfile = 'FROM node:20 AS build\nRUN npm ci\nRUN npm run build\nFROM node:20\nCMD ["node", "dist/main.js"]\n';
    expect(defaultCommandProblems(parseDockerfile(dockerfile), SCRIPTS)).toEqual(['the default CMD is "node dist/main.js", not npm run <script>']);
  });
});

function readJson(path: string): { scripts: Record<string, string> } {
  return JSON.parse(readFileSync(path, 'utf8')) as { scripts: Record<string, string> };
}

function readCompose(path: string): Compose {
  // merge: true resolves `<<: *herald-app`, as docker compose does.
  return parse(readFileSync(path, 'utf8'), { merge: true }) as Compose;
}

function heraldServices(compose: Compose): Array<[string, Service]> {
  return Object.entries(compose.services ?? {}).filter(([, service]) => service.build !== undefined);
}

function variableNames(environment: Service['environment']): string[] {
  if (environment === undefined) return [];
  if (Array.isArray(environment)) return environment.map((entry) => entry.split('=')[0]);
  return Object.keys(environment);
}

function unknownVariables(compose: Compose, known: readonly string[]): string[] {
  return heraldServices(compose).flatMap(([name, service]) => [
    ...(service.env_file === undefined ? [] : [`${name} uses env_file, which this check cannot see into`]),
    ...variableNames(service.environment)
      .filter((variable) => !known.includes(variable))
      .map((variable) => `${name} sets ${variable}, which Herald does not read`),
  ]);
}

function commandProblems(compose: Compose, scripts: Readonly<Record<string, string>>): string[] {
  return heraldServices(compose).flatMap(([name, service]) => {
    const words = typeof service.command === 'string' ? service.command.trim().split(/\s+/) : (service.command ?? []);
    return npmScriptProblems(words, scripts, name, `${name} command`);
  });
}

function npmScriptProblems(words: string[], scripts: Readonly<Record<string, string>>, who: string, what: string): string[] {
  const [npm, run, script, ...rest] = words;
  if (npm !== 'npm' || run !== 'run' || script === undefined || rest.length > 0) {
    return [`${what} is "${words.join(' ')}", not npm run <script>`];
  }
  return script in scripts ? [] : [`${who} runs ${script}, which is not a script in package.json`];
}

function dependencyProblems(compose: Compose): string[] {
  const services = compose.services ?? {};
  const backing = BACKING_SERVICES.flatMap((name) => (services[name]?.healthcheck === undefined ? [`${name} is missing or has no healthcheck`] : []));
  const waits = ['api', 'worker'].flatMap((name) =>
    BACKING_SERVICES.filter((dependency) => {
      const dependsOn = services[name]?.depends_on;
      return Array.isArray(dependsOn) || dependsOn?.[dependency]?.condition !== 'service_healthy';
    }).map((dependency) => `${name} does not wait for ${dependency} to be healthy`),
  );
  return [...backing, ...waits];
}

function scalingProblems(compose: Compose): string[] {
  return ['api', 'worker'].flatMap((name) => {
    const service = compose.services?.[name];
    if (service === undefined) return [`there is no ${name} service`];
    const replicas = service.deploy?.replicas ?? 1;
    return [
      ...(service.container_name === undefined ? [] : [`${name} has a container_name, so a second copy cannot start`]),
      ...(service.ports === undefined || service.ports.length === 0 ? [] : [`${name} publishes ports, so a second copy cannot start`]),
      ...(replicas >= 2 ? [] : [`${name} runs ${replicas} replica${replicas === 1 ? '' : 's'}, not at least 2`]),
    ];
  });
}

/** The `balancer` service publishes the API's port 3000 and its nginx configuration (a file in docker/) passes requests to the api replicas. */
function balancerProblems(compose: Compose, readFile: (name: string) => string): string[] {
  const balancer = compose.services?.balancer;
  if (balancer === undefined) return ['there is no balancer service in front of the api replicas'];
  const mount = (balancer.volumes ?? []).map((volume) => /^\.\/([^:]+):\/etc\/nginx\/nginx\.conf(:ro)?$/.exec(volume)).find((match) => match !== null);
  if (!mount) return ['the balancer mounts no configuration from docker/ at /etc/nginx/nginx.conf'];
  const config = readFile(mount[1]);
  // The upstream is named through a variable (`set $api http://api:3000; proxy_pass $api;`) so nginx re-resolves the replicas.
  const variables = new Map([...config.matchAll(/set\s+\$(\w+)\s+([^;]+);/g)].map(([, name, value]) => [name, value.trim()]));
  const targets = [...config.matchAll(/proxy_pass\s+([^;]+);/g)].map(([, target]) => variables.get(target.trim().replace(/^\$/, '')) ?? target.trim());
  return [
    ...((balancer.ports ?? []).map(String).includes('3000:3000') ? [] : ['the balancer does not publish port 3000']),
    ...(targets.length > 0 && targets.every((target) => target === 'http://api:3000')
      ? []
      : [`the balancer (docker/${mount[1]}) does not proxy_pass to http://api:3000`]),
  ];
}

function readDockerFile(name: string): string {
  return readFileSync(join(DOCKER_DIR, name), 'utf8');
}

/** Instructions in order, with comments dropped and `\` continuation lines joined. */
function parseDockerfile(text: string): Instruction[] {
  const logicalLines = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\s*\n/g, ' ')
    .split('\n');
  return logicalLines
    .map((line) => /^\s*([A-Za-z]+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ keyword: match[1].toUpperCase(), args: match[2].trim() }));
}

function buildProblems(instructions: Instruction[]): string[] {
  const runs = instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
  return [
    ...(runs.some((args) => /(^|[\s;&|])npm ci(\s|$)/.test(args)) ? [] : ['no RUN npm ci']),
    ...(runs.some((args) => /(^|[\s;&|])npm run build(\s|$)/.test(args)) ? [] : ['no RUN npm run build']),
  ];
}

function defaultCommandProblems(instructions: Instruction[], scripts: Readonly<Record<string, string>>): string[] {
  const lastFrom = instructions.map((i) => i.keyword).lastIndexOf('FROM');
  const cmd = instructions
    .slice(lastFrom)
    .filter((i) => i.keyword === 'CMD')
    .pop();
  if (cmd === undefined) return ['the final stage has no CMD'];
  const words = cmd.args.startsWith('[') ? (JSON.parse(cmd.args) as string[]) : cmd.args.split(/\s+/);
  return npmScriptProblems(words, scripts, 'the default CMD', 'the default CMD');
}
