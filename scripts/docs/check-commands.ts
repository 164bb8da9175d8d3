// Runs the shell commands and TypeScript snippets shown in README.md and docs/*.md in a scratch copy of the
// repository, so "every doc command works as written" is checked, not hoped. Conventions: ```sh blocks are
// commands to run here (install, test and docs are skipped); ```bash blocks are templates for elsewhere (Slurm,
// Kubernetes) and are not run; ```ts blocks are complete programs, run with tsx after mapping the package imports
// ('immsim', 'immsim/node', ...) to the sources.
//
//   npx tsx scripts/docs/check-commands.ts            all files
//   npx tsx scripts/docs/check-commands.ts docs/cli.md
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SKIP = [/^npm (ci|install|test)\b/, /^npm run (test|build|docs|mutation|bench)\b/, /^git /, /^cd /, /^alias /, /^sbatch|^kubectl|^srun/, /^npx immsim|^node dist/];

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

const IMPORTS: [RegExp, string][] = [
  [/from 'immsim'/g, "from './src/index.js'"],
  [/from 'immsim\/node'/g, "from './src/node.js'"],
  [/from 'immsim\/testing'/g, "from './src/testing/index.js'"],
  [/from 'immsim\/charts'/g, "from './src/report/charts.js'"],
];

/** The commands of every ```sh block (with `\` continuations joined), then every ```ts block as a snippet file. */
function commands(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const out: string[] = [];
  for (const block of text.matchAll(/```sh\n([\s\S]*?)```/g)) {
    const lines = block[1]!.replace(/\\\n\s*/g, ' ').split('\n');
    for (const line of lines) {
      const cmd = line.trim();
      if (cmd && !cmd.startsWith('#') && !SKIP.some((re) => re.test(cmd))) out.push(cmd);
    }
  }
  for (const block of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const name = `doc-snippet-${++snippets}.ts`;
    const code = IMPORTS.reduce((c, [re, to]) => c.replace(re, to), block[1]!);
    writeFileSync(join(scratch, name), code);
    out.push(`npx tsx ${name}`);
  }
  return out;
}
let snippets = 0;

// A scratch copy: commands may write files (charts, shards, CSV) and must not touch the working tree.
const base = mkdtempSync(join(tmpdir(), 'immsim-doc-commands-'));
const scratch = join(base, 'main');
for (const entry of readdirSync(root)) {
  if (['node_modules', '.git', 'dist', 'coverage', 'demo-output', 'reports', '.stryker-tmp'].includes(entry)) continue;
  cpSync(join(root, entry), join(scratch, entry), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));

let failed = 0;
let ran = 0;
for (const file of files) {
  for (const cmd of commands(file)) {
    ran++;
    const t0 = Date.now();
    // `immsim` is the alias docs/cli.md asks readers to define in a clone.
    const script = `shopt -s expand_aliases\nalias immsim='npx tsx src/cli/main.ts'\n${cmd}`;
    const r = spawnSync('bash', ['-c', script], { cwd: scratch, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 1 << 28 });
    const ok = r.status === 0;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s  ${file}: ${cmd.length > 110 ? `${cmd.slice(0, 107)}...` : cmd}`);
    if (!ok) console.log(`${`${r.stdout}${r.stderr}`.trim().split('\n').slice(-8).map((l) => `      │ ${l}`).join('\n')}`);
  }
}
rmSync(base, { recursive: true, force: true });
console.log(`\n${ran - failed} of ${ran} commands ran without error`);
process.exit(failed ? 1 : 0);
