// One history replay (one replication, one core) in a fresh process, capacity off or on (argument 'capacity'): prints seconds, encounters and peak RSS (MB) as JSON.
import { runHistory } from '../src/history/engine.js';
import { publishedArrivals } from '../src/history/arrivals.js';
import { CapacityModel } from '../src/capacity/hooks.js';

const scale = Number(process.argv[2] ?? 1);
// `capacity` as the second argument: every resource on (docs/capacity.md).
const withCapacity = process.argv[3] === 'capacity';
const t0 = performance.now();
const capacity = withCapacity ? { capacity: new CapacityModel({ scale }) } : {};
const r = runHistory({ from: '2015-10', to: '2021-09', seed: 1, scale, switches: {}, arrivals: publishedArrivals(), ...capacity });
const seconds = (performance.now() - t0) / 1000;
const encounters = r.flows.encounters.reduce((s, v) => s + v, 0);
console.log(JSON.stringify({ seconds, encounters, events: r.events, peakLive: r.peakLive, rssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
