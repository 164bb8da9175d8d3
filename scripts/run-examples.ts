// Runs every example in examples/ with a small n (`npm run examples`) and exits non-zero if any fails.
// The vitest example (examples/*.test.ts) is run by `npm test`, not here.
//
//   npm run examples                         all examples, IMMSIM_EXAMPLE_N=4000
//   npm run examples -- six-regimes          only examples whose file name contains 'six-regimes'
//   IMMSIM_EXAMPLE_N=20000 npm run examples  a bigger n
//   npm run examples -- --verbose            also print each example's output
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = `${root}examples`;
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const filters = args.filter((a) => !a.startsWith('--'));
const n = process.env.IMMSIM_EXAMPLE_N ?? '4000';

const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (examples.length === 0) {
  console.error(`no examples match ${filters.join(', ')}`);
  process.exit(2);
}

interface Outcome {
  file: string;
  code: number | null;
  ms: number;
  output: string;
}

function runOne(file: string): Promise<Outcome> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsxCli, `examples/${file}`], {
      cwd: root,
      env: { ...process.env, IMMSIM_EXAMPLE_N: n, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (e) => resolve({ file, code: 1, ms: Date.now() - t0, output: `${output}${e.message}\n` }));
    child.on('close', (code) => resolve({ file, code, ms: Date.now() - t0, output }));
  });
}

console.log(`running ${examples.length} examples with IMMSIM_EXAMPLE_N=${n}\n`);
const results: Outcome[] = [];
// One at a time: the examples use all cores themselves, and the output stays readable.
for (const file of examples) {
  const r = await runOne(file);
  results.push(r);
  const ok = r.code === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${file.padEnd(34)} ${(r.ms / 1000).toFixed(1).padStart(5)} s`);
  if (verbose || !ok) console.log(`${r.output.replace(/^/gm, '      │ ')}\n`);
}

const failed = results.filter((r) => r.code !== 0);
const total = results.reduce((s, r) => s + r.ms, 0);
console.log(`\n${results.length - failed.length} passed, ${failed.length} failed, ${(total / 1000).toFixed(1)} s`);
if (failed.length) {
  console.log(`failed: ${failed.map((r) => r.file).join(', ')}`);
  process.exit(1);
}
