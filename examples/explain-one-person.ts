// One person's path, step by step, with the law behind each step.
//
//   npx tsx examples/explain-one-person.ts
//
// The imports are the package's: they run as they are in your own project (`npm install immsim`); in this
// repository tsx resolves them to the sources (tsconfig.json "paths").
import { explain, ImmsimError } from 'immsim';

// A Guatemalan adult who crosses between ports in December 2019 and fears return. `seed` draws the facts
// (disposition, screen, custody, hearings) with the regime's chances; the same seed gives the same path.
const asylumSeeker = explain({
  regime: 'mpp-2019',
  profile: { citizenship: 'GT', demographic: 'single-adult', entry: 'between-ports', fearOfReturn: true },
  seed: 6,
});
console.log('1. Drawn path (seed 6)\n');
console.log(asylumSeeker.text);

// Every step that a rule governs names the rule and its authority; they are data too.
const cited = asylumSeeker.steps.filter((s) => s.rule);
console.log(`\n${cited.length} of ${asylumSeeker.steps.length - 1} steps cite a rule; the first one:`);
console.log(`  ${cited[0]?.rule}: ${cited[0]?.statement}\n  authority: ${cited[0]?.authority}`);

// "The sampler proposes, the law disposes": replay facts you choose. In June 2017 Mexico refused returns under
// INA 235(b)(2)(C), so the law refuses RETURN_TO_MEXICO and says why.
const refused = explain({
  regime: 'kelly-2017',
  profile: { citizenship: 'HN', demographic: 'family-unit', entry: 'between-ports' },
  facts: [
    { type: 'PROCESS', days: 0 },
    { type: 'ISSUE_NTA', days: 2 },
    { type: 'RETURN_TO_MEXICO', days: 1 },
  ],
});
console.log('\n2. Replayed facts under kelly-2017 (Honduran family)\n');
console.log(refused.text);

// Bad input is reported field by field (ImmsimError.issues), never as a stack trace.
try {
  explain({ regime: 'mpp-2019', profile: { citizenship: 'Guatemala', demographic: 'adult', entry: 'between-ports' } as never, seed: 1 });
} catch (e) {
  if (!(e instanceof ImmsimError)) throw e;
  console.log('\n3. Bad input is rejected with the fields named:');
  for (const issue of e.issues) console.log(`  ${issue.path.join('.')}: ${issue.message}`);
}
