// A counterfactual as a custom measure: what if Mexico had accepted returns under INA 235(b)(2)(C)
// ("Section 7" of EO 13767) in February 2017, so that Remain in Mexico ran two years early?
//
//   npx tsx examples/section-7-2017.ts
//
// The imports are the package's: they run as they are in your own project (`npm install immsim`); in this
// repository tsx resolves them to the sources (tsconfig.json "paths").
import { compare, defineMeasure, defineRegime, OUTCOME_IDS, type PairedDifference } from 'immsim';

const n = Number(process.env.IMMSIM_EXAMPLE_N ?? 20_000);

// A measure is dated and cites its authority like the built-in ones. `sets` switches built-in measures on or
// off while it is in force; `params` overrides chances or durations (the MPP hearing interval here).
const section7 = defineMeasure({
  id: 'section-7-accepted-2017',
  name: 'Mexico accepts Section 7 returns (hypothetical)',
  from: '2017-02-20',
  authority: 'Hypothetical: EO 13767 §7 and INA 235(b)(2)(C) put into operation with Mexico’s consent',
  changes: 'Mexico accepts returns of non-Mexicans from Feb 2017, so MPP runs along the whole border two years early.',
  sets: { mpp: true, 'mpp-expansion': true, 'mexico-refuses-section-7': false },
  params: { mppHearingIntervalDays: 90 },
});

// The June 2017 rules with the measure added. Everything else (chances, durations, other measures) is unchanged.
const early = defineRegime('kelly-2017', { id: 'section-7', measures: [section7] });
console.log(`${early.id}: measures in force: ${early.measures.join(', ')}`);

// Where MPP is legal, the chance of a return is a parameter with a source, like every other.
const rtm = early.params.custody['family-unit'].returnToMexico;
console.log(`custody weight returnToMexico = ${rtm.value.toFixed(3)}; source: ${JSON.stringify(rtm.source)}`);

// A sensitivity variant: the same measure, but half of all custody decisions are returns to Mexico.
const heavy = defineRegime('kelly-2017', {
  id: 'section-7-heavy',
  measures: [section7],
  params: { custody: { 'single-adult': { returnToMexico: 0.5 }, 'family-unit': { returnToMexico: 0.5 } } },
});

// The same FY2017 arrivals under the real and the hypothetical rules (paired: same people, same draws).
const cmp = await compare({ regimes: ['kelly-2017', early, heavy], cohort: 'swb-fy2017', n, seed: 17 });

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(8);
const pp = (x: PairedDifference) => {
  const f = (v: number) => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)}`;
  return `${f(x.estimate)} pp [${f(x.ci95[0])}, ${f(x.ci95[1])}]`.padStart(26);
};
console.log(`\nFY2017 cohort, n = ${n.toLocaleString('en-US')} per regime, seed 17. Shares, then paired differences vs kelly-2017:\n`);
console.log(`${'outcome'.padEnd(22)}${cmp.results.map((r) => r.regime.padStart(17)).join('')}${'section-7'.padStart(26)}${'section-7-heavy'.padStart(26)}`);
for (const o of OUTCOME_IDS) {
  if (cmp.results.every((r) => r.outcomes[o].count === 0)) continue;
  const shares = cmp.results.map((r) => pct(r.outcomes[o].share).padStart(17)).join('');
  console.log(`${o.padEnd(22)}${shares}${pp(cmp.differences['section-7']!.outcomes[o])}${pp(cmp.differences['section-7-heavy']!.outcomes[o])}`);
}
console.log('');
for (const id of ['section-7', 'section-7-heavy']) {
  const d = cmp.differences[id]!;
  const r = cmp.results.find((x) => x.regime === id)!;
  console.log(
    `${id.padEnd(16)} cases returned to Mexico: ${r.cases.byTrack.mpp.n.toLocaleString('en-US').padStart(6)};  ` +
      `days in Mexico per person ${d.daysInMexico.estimate >= 0 ? '+' : ''}${d.daysInMexico.estimate.toFixed(1)} ` +
      `[${d.daysInMexico.ci95[0].toFixed(1)}, ${d.daysInMexico.ci95[1].toFixed(1)}]`,
  );
}

// Only people the law allows into MPP move: non-Mexican, non-UAC, Spanish-speaking, not in expedited removal,
// no health or criminal exclusion. Mexicans' outcomes are identical under all three regimes.
const mx = cmp.results.map((r) => pct(r.groups.citizenship.mexico.outcomes['in-absentia-order'].share).trim());
console.log(`\nMexicans with an in absentia order: ${mx.join(' / ')} (MPP never applies to Mexicans)`);
