// Title 42 and repeat crossings: fast expulsions, and many people trying again within days or weeks.
//
//   npx tsx examples/title42-repeat-crossings.ts
//
// The imports are the package's: they run as they are in your own project (`npm install immsim`); in this
// repository tsx resolves them to the sources (tsconfig.json "paths").
import { compare, explain } from 'immsim';

const n = Number(process.env.IMMSIM_EXAMPLE_N ?? 20_000);

// FY2020 arrivals (mostly single adults) under the Dec 2019 rules, Title 42 (Jul 2020), and early 2021.
const cmp = await compare({ regimes: ['mpp-2019', 'title42-2020', 'biden-2021'], cohort: 'swb-fy2020', n, seed: 42 });

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ci = (c: [number, number], f: (x: number) => string) => `[${f(c[0])}–${f(c[1])}]`;
console.log(`Cohort ${cmp.cohort}, n = ${cmp.n.toLocaleString('en-US')} people, seed ${cmp.seed}, horizon ${cmp.horizonDays} days\n`);
console.log(`${''.padEnd(34)}${cmp.results.map((r) => r.regime.padStart(24)).join('')}`);
const row = (label: string, cell: (r: (typeof cmp.results)[number]) => string) =>
  console.log(`${label.padEnd(34)}${cmp.results.map((r) => cell(r).padStart(24)).join('')}`);
row('last case ends expelled', (r) => `${pct(r.outcomes.expelled.share)} ${ci(r.outcomes.expelled.ci95, pct)}`);
row('encounters per person (mean)', (r) => `${r.metrics.encountersPerPerson.mean.toFixed(2)} ${ci(r.metrics.encountersPerPerson.ci95, (x) => x.toFixed(2))}`);
row('re-encountered within 365 days', (r) => `${pct(r.metrics.reencounteredWithin365d.share)} ${ci(r.metrics.reencounteredWithin365d.ci95, pct)}`);
row('cases (encounters) per 100 people', (r) => ((100 * r.cases.n) / r.n).toFixed(0));
row('days detained per person (mean)', (r) => r.metrics.daysDetained.mean.toFixed(1));
row('days to outcome (median)', (r) => String(Math.round(r.metrics.daysToOutcome.median ?? NaN)));
row('UACs: last case ends expelled', (r) => pct(r.groups.demographic.uac.outcomes.expelled.share));

const d = cmp.differences['title42-2020']!.encountersPerPerson;
console.log(
  `\nPaired over the same people, Title 42 adds ${d.estimate.toFixed(2)} encounters per person ` +
    `[${d.ci95[0].toFixed(2)}, ${d.ci95[1].toFixed(2)}] compared with the Dec 2019 rules.`,
);
console.log('From 30 Jan 2021 the CDC excepted unaccompanied children: biden-2021 expels no UACs.');

// One person who is expelled, crosses again, and is expelled again: every expulsion cites 42 USC 265.
const e = explain({ regime: 'title42-2020', profile: { citizenship: 'MX', demographic: 'single-adult', entry: 'between-ports' }, seed: 7 });
console.log(`\nOne Mexican adult under title42-2020 (seed 7): ${e.context.encounters} encounters\n`);
console.log(e.text);
