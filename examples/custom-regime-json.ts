// A custom regime from a JSON file: a base (a regime id or a date) plus measures, switches and parameters.
//
//   npx tsx examples/custom-regime-json.ts
//
// The same file works on the command line:
//   npx tsx src/cli/main.ts compare --regimes kelly-2017,examples/regimes/section-7-2017.json --cohort swb-fy2017
//
// The imports are the package's: they run as they are in your own project (`npm install immsim`); in this
// repository tsx resolves them to the sources (tsconfig.json "paths").
import { fileURLToPath } from 'node:url';
import { compare, regimeIssues, type Param } from 'immsim';
import { loadRegimeFile } from 'immsim/node';

const n = Number(process.env.IMMSIM_EXAMPLE_N ?? 20_000);
const file = fileURLToPath(new URL('./regimes/section-7-2017.json', import.meta.url));

// loadRegimeFile reads, validates (every issue at once, with its path in the file) and freezes the regime.
const regime = loadRegimeFile(file);
console.log(`${regime.id} — ${regime.label}`);
console.log(`rules taken at ${regime.date}; measures in force: ${regime.measures.join(', ')}`);

// Every parameter keeps its source; values you set say where they come from (or become 'user override').
const show = (path: string, p: Param) => console.log(`  ${path.padEnd(42)} ${String(+p.value.toFixed(3)).padEnd(6)} ${JSON.stringify(p.source)}`);
show('custody.family-unit.returnToMexico', regime.params.custody['family-unit'].returnToMexico);
show('custody.single-adult.returnToMexico', regime.params.custody['single-adult'].returnToMexico);
show('mppHearingIntervalDays', regime.params.mppHearingIntervalDays);

const cmp = await compare({ regimes: ['kelly-2017', regime], cohort: 'swb-fy2017', n, seed: 5 });
const d = cmp.differences[regime.id]!;
const f = (x: { estimate: number; ci95: [number, number] }, k = 100, unit = ' pp') =>
  `${(x.estimate * k).toFixed(1)}${unit} [${(x.ci95[0] * k).toFixed(1)}, ${(x.ci95[1] * k).toFixed(1)}]`;
console.log(`\n${regime.id} minus kelly-2017, FY2017 cohort, n = ${n.toLocaleString('en-US')}, paired [95% CI]:`);
console.log(`  in absentia orders       ${f(d.outcomes['in-absentia-order'])}`);
console.log(`  relief granted           ${f(d.outcomes['relief-granted'])}`);
console.log(`  days in Mexico / person  ${f(d.daysInMexico, 1, ' d')}`);
console.log(`  days detained / person   ${f(d.daysDetained, 1, ' d')}`);

// A file with mistakes is refused with one message per problem (the CLI exits 2 and prints them on one line).
const issues = regimeIssues({ base: 'kelly-2017', inForce: { 'title-43': true }, params: { cfPositive: 1.4 } });
console.log('\nA regime with mistakes:');
for (const i of issues) console.log(`  ${i.path.join('.')}: ${i.message}`);
