// A Central American family with a young child in the Rio Grande Valley, before and after late January 2021,
// when Tamaulipas (Mexico) stopped taking back expelled families with children under 6.
//
//   npx tsx examples/rgv-young-family.ts
//
// The imports are the package's: they run as they are in your own project (`npm install immsim`); in this
// repository tsx resolves them to the sources (tsconfig.json "paths").
import { defineRegime, explain, regimeAt, type FactEvent, type ProfileInput, type Regime } from 'immsim';

// Each draw replays one path on a real XState actor (slower than the engine), so keep the count modest.
const draws = Math.min(400, Math.max(100, Math.round(Number(process.env.IMMSIM_EXAMPLE_N ?? 20_000) / 50)));

const family: ProfileInput = {
  citizenship: 'GT',
  demographic: 'family-unit',
  entry: 'between-ports',
  sector: 'rio-grande-valley',
  youngestChildAge: 4,
  fearOfReturn: true,
};

// The rules in force on two dates: regimeAt gives the measures and the era's chances for any day 2014-11-20 .. 2021-12-31.
const before = regimeAt('2021-01-15');
const after = regimeAt('2021-02-15');
// To separate the law from the chances, the same February rules with the Tamaulipas refusal switched off.
const afterNoRefusal = defineRegime('2021-02-15', { id: 'feb-2021-without-refusal', inForce: { 'tamaulipas-family-refusal': false } });

// 1. The law: tell each regime the same two facts. The expulsion is refused after the refusal took effect.
const facts: FactEvent[] = [
  { type: 'PROCESS', days: 0 },
  { type: 'EXPEL', days: 1 },
];
for (const regime of [before, after]) {
  const e = explain({ regime, profile: family, facts });
  const last = e.steps[e.steps.length - 1]!;
  console.log(`${regime.date}: PROCESS, EXPEL → ${e.refused ? 'refused' : `${last.state} (rule ${last.rule}: ${last.authority?.split(';')[0]})`}`);
  if (e.refused) console.log(`  ${e.refused.reason.slice(0, 200)}…`);
}

// 2. The chances: draw many paths for four variants of the family and count how often the first case is a
// Title 42 expulsion, and how the last case ends.
const variants: [string, ProfileInput][] = [
  ['RGV, youngest child 4', family],
  ['RGV, youngest child 9', { ...family, youngestChildAge: 9 }],
  ['other sector, child 4', { ...family, sector: 'other' }],
  ['Mexican family, RGV, child 4', { ...family, citizenship: 'MX' }],
];
const regimes: Regime[] = [before, afterNoRefusal, after];
console.log(`\nShare of ${draws} drawn paths whose first disposition is a Title 42 expulsion:\n`);
console.log(`${''.padEnd(30)}${regimes.map((r) => (r === afterNoRefusal ? '2021-02-15, no refusal' : r.date).padStart(24)).join('')}`);
for (const [label, profile] of variants) {
  const cells = regimes.map((regime) => {
    let expelled = 0;
    for (let seed = 0; seed < draws; seed++) if (firstDisposition(explain({ regime, profile, seed }).steps) === 'EXPEL') expelled++;
    return `${((100 * expelled) / draws).toFixed(0)}%`.padStart(24);
  });
  console.log(`${label.padEnd(30)}${cells.join('')}`);
}
console.log(`
Only the Central American family with a child under 6 in the Rio Grande Valley (or Laredo) sector changes with the
refusal (measure tamaulipas-family-refusal, from 21 Jan 2021); the rest of the drop from January to February comes
from the 2021 era's lower family expulsion chance (an assumption, 0.5: see docs/regimes.md).`);

/** The officer's disposition of the first case: the first fact after arrival, metering and processing. */
function firstDisposition(steps: { event: FactEvent | null }[]): string | undefined {
  return steps.find((s) => s.event && !['METER', 'INSPECT', 'PROCESS'].includes(s.event.type))?.event?.type;
}
