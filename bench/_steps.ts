import { cohorts } from '../src/cohorts/index.js';
import { regimes } from '../src/policy/snapshots.js';
import { compileCohort } from '../src/cohorts/draw-profile.js';
import { compiledPathway, PathSampler } from '../src/engine/sampler.js';
import { Stream, pathSeed } from '../src/engine/random.js';
const regime = regimes[(process.argv[2] ?? 'mpp-2019') as 'mpp-2019']; const m = compiledPathway(); const s = new PathSampler(regime, 1095, m);
const draw = compileCohort(cohorts['swb-fy2019']);
const by = new Map<string, number>(); const N = 100000;
for (let i = 0; i < N; i++) { const p = draw(new Stream().reset(1, i).u); const ctx = m.createContext({ profile: p, regime }); s.run(ctx, new Stream().reset(pathSeed(1), i).u, { caseEnded() {}, step(a) { const k = m.stateIds[a]!; by.set(k, (by.get(k) ?? 0) + 1); } }); }
console.log([...by].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / N).toFixed(2)}`).join('\n'));
