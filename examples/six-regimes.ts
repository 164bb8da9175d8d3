// The same cohort under all six named regimes, with paired differences against the first.
//
//   npx tsx examples/six-regimes.ts            (IMMSIM_EXAMPLE_N=100000 for tighter intervals)
//
// The imports are the package's: they run as they are in your own project (`npm install immsim`); in this
// repository tsx resolves them to the sources (tsconfig.json "paths").
import { compare, formatComparisonTable, REGIME_IDS, regimes } from 'immsim';

const n = Number(process.env.IMMSIM_EXAMPLE_N ?? 20_000);

// Each named regime is the law and the chances in force on one date.
for (const id of REGIME_IDS) console.log(`${id.padEnd(20)} ${regimes[id].date}  ${regimes[id].label}`);

// Common random numbers: person i has the same profile and the same random draws under every regime,
// so the differences are paired and much tighter than two independent runs would give.
const cmp = await compare({ regimes: [...REGIME_IDS], cohort: 'swb-fy2019', n, seed: 2021 });
console.log(`\n${formatComparisonTable(cmp)}`);

// The same numbers as data: pick out what you need.
const share = (regime: string, outcome: 'expelled' | 'relief-granted') => cmp.results.find((r) => r.regime === regime)!.outcomes[outcome];
const t42 = share('title42-2020', 'expelled');
const diff = cmp.differences['mpp-2019']!.daysInMexico;
console.log(
  `\nUnder Title 42 (Jul 2020 rules) ${(t42.share * 100).toFixed(1)}% of the FY2019 cohort end expelled ` +
    `[${(t42.ci95[0] * 100).toFixed(1)}–${(t42.ci95[1] * 100).toFixed(1)}%];`,
);
console.log(
  `MPP (Dec 2019 rules) adds ${diff.estimate.toFixed(1)} days in Mexico per person on average ` +
    `[${diff.ci95[0].toFixed(1)}, ${diff.ci95[1].toFixed(1)}] compared with ${cmp.baseline}.`,
);
