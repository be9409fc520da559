import { readFileSync } from 'node:fs';

/**
 * Summarises a .cpuprofile (from hot-path-accept.ts): self time by package or Herald folder, and
 * the functions with the most self time. `node -r <hook> test/bench/hot-path-profile-summary.ts <file> [top]`
 */
interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: number[];
}
interface Profile {
  readonly nodes: ProfileNode[];
  readonly samples: number[];
  readonly timeDeltas: number[];
}

const [file, top = '40', callersOf] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const selfTime = new Map<number, number>();
profile.samples.forEach((id, index) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
const total = [...selfTime.values()].reduce((sum, t) => sum + t, 0);

function groupOf(url: string, name: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const herald = /\/(apps|libs)\/([^/]+)\/src\/([^/]+)/.exec(url);
  if (herald) return `herald ${herald[1]}/${herald[2]}/${herald[3]}`;
  if (url.startsWith('node:')) return url;
  return url === '' ? `(${name || 'native'})` : url;
}

const groups = new Map<string, number>();
const functions = new Map<string, number>();
for (const node of profile.nodes) {
  const time = selfTime.get(node.id) ?? 0;
  if (!time) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const group = groupOf(url, functionName);
  groups.set(group, (groups.get(group) ?? 0) + time);
  const fn = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  functions.set(fn, (functions.get(fn) ?? 0) + time);
}
const percent = (time: number) => `${((time / total) * 100).toFixed(1).padStart(5)}%`;
console.log(`total ${(total / 1000).toFixed(0)} ms sampled`);
for (const [group, time] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${percent(time)}  ${group}`);
console.log('');
for (const [fn, time] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`${percent(time)}  ${fn}`);

// Self time charged to the nearest Herald function on the stack (what Herald's code costs, with the libraries it calls).
{
  const parentOf = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
  const charged = new Map<string, number>();
  for (const node of profile.nodes) {
    const time = selfTime.get(node.id) ?? 0;
    if (!time) continue;
    let owner: ProfileNode | undefined = node;
    while (owner && !/\/(apps|libs)\//.test(owner.callFrame.url)) owner = parentOf.get(owner.id);
    const name = owner ? `${owner.callFrame.functionName || '(anonymous)'} ${owner.callFrame.url.split('/').slice(-2).join('/')}` : '(no Herald frame)';
    charged.set(name, (charged.get(name) ?? 0) + time);
  }
  console.log('\ncharged to the nearest Herald frame:');
  for (const [name, time] of [...charged].sort((x, y) => y[1] - x[1]).slice(0, Number(top))) console.log(`${percent(time)}  ${name}`);
}

// Inclusive time by function (a function counted once per stack, however deep its recursion).
if (process.env.INCLUSIVE) {
  const parentOf = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
  const inclusive = new Map<string, number>();
  for (const node of profile.nodes) {
    const time = selfTime.get(node.id) ?? 0;
    if (!time) continue;
    const seen = new Set<string>();
    for (let up: ProfileNode | undefined = node; up; up = parentOf.get(up.id)) {
      const name = `${up.callFrame.functionName || '(anonymous)'} ${up.callFrame.url.replace(/^.*?\/(node_modules|apps|libs)\//, '$1/')}:${up.callFrame.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + time);
    }
  }
  const pattern = new RegExp(process.env.INCLUSIVE);
  console.log('\ninclusive:');
  for (const [name, time] of [...inclusive]
    .filter(([name]) => pattern.test(name))
    .sort((x, y) => y[1] - x[1])
    .slice(0, Number(top))) {
    console.log(`${percent(time)}  ${name}`);
  }
}

// With a third argument: the call paths (5 frames up) that spend the most self time in that function.
if (callersOf) {
  const parent = new Map<number, ProfileNode>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const paths = new Map<string, number>();
  for (const node of profile.nodes) {
    if (node.callFrame.functionName !== callersOf || !selfTime.get(node.id)) continue;
    const frames: string[] = [];
    for (let up = parent.get(node.id); up && frames.length < 8; up = parent.get(up.id)) {
      frames.push(`${up.callFrame.functionName || '(anon)'}@${up.callFrame.url.split('/').slice(-2).join('/')}`);
    }
    const key = frames.join(' < ');
    paths.set(key, (paths.get(key) ?? 0) + selfTime.get(node.id)!);
  }
  console.log(`\ncallers of ${callersOf}:`);
  for (const [path, time] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${percent(time)}  ${path}`);
  void byId;
}
