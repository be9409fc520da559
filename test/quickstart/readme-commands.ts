/**
 * The commands a newcomer copies from README.md: the quick start's command and the worked
 * example's code blocks, found by their section headings and fence languages. When the README
 * changes shape, these fail with a message saying what they looked for, so the quick-start test
 * is updated with the README rather than quietly running something else.
 */

export interface FencedBlock {
  readonly language: string;
  readonly text: string;
}

export interface QuickStart {
  /** Everything before `npm start`: installing Redis where it is missing, then `npm ci`. */
  readonly install: string;
  readonly start: string;
}

export interface WorkedExample {
  /** The shell blocks in order, as one terminal session runs them. */
  readonly shell: string;
  /** The JavaScript block and the file name its first line gives it (`// send.js: …`). */
  readonly script: { readonly fileName: string; readonly text: string };
}

const START = ' && npm start';

export function quickStartOf(readme: string): QuickStart {
  const [command] = blocksOf(readme, 'Quick start', 'sh');
  const line = command.text.trim();
  if (line.includes('\n') || !line.endsWith(START)) {
    throw new Error(`README.md "## Quick start": the first sh block should be one command ending in "${START}", found:\n${line}`);
  }
  return { install: line.slice(0, -START.length), start: 'npm start' };
}

/** A section's worked example: `A worked example` (Notify's client) or `Omnichannel messages` (plain HTTP). */
export function workedExampleOf(readme: string, heading = 'A worked example'): WorkedExample {
  const shell = blocksOf(readme, heading, 'sh');
  const [script, ...more] = blocksOf(readme, heading, 'js');
  if (more.length > 0) throw new Error(`README.md "## ${heading}" should have one js block, found more`);
  const fileName = /^\/\/ ([\w.-]+\.js)\b/.exec(script.text)?.[1];
  if (!fileName) throw new Error(`README.md "## ${heading}": the js block should start with "// <file name>.js", as the README tells the reader to save it`);
  if (!shell.some((block) => block.text.includes(`node ${fileName}`))) {
    throw new Error(`README.md "## ${heading}": no sh block runs "node ${fileName}"`);
  }
  return { shell: shell.map((block) => block.text).join('\n'), script: { fileName, text: script.text } };
}

/** The fenced blocks of one language in a section: from its `## ` heading to the next heading of any level. */
function blocksOf(readme: string, heading: string, language: string): FencedBlock[] {
  const blocks = fencedBlocks(sectionOf(readme, heading)).filter((block) => block.language === language);
  if (blocks.length === 0) throw new Error(`README.md "## ${heading}" has no \`\`\`${language} block`);
  return blocks;
}

function sectionOf(readme: string, heading: string): string[] {
  const lines = readme.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const section: string[] = [];
  let inFence = false;
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('```')) inFence = !inFence;
    else if (!inFence && /^#{1,6} /.test(line)) break;
    section.push(line);
  }
  return section;
}

function fencedBlocks(lines: readonly string[]): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  let open: { language: string; lines: string[] } | null = null;
  for (const line of lines) {
    if (open === null && line.startsWith('```')) open = { language: line.slice(3).trim(), lines: [] };
    else if (open !== null && line.startsWith('```')) {
      blocks.push({ language: open.language, text: `${open.lines.join('\n')}\n` });
      open = null;
    } else open?.lines.push(line);
  }
  return blocks;
}
