// One history replay (one replication, one core) in a fresh process: prints seconds, encounters and peak RSS (MB) as JSON.
import { runHistory } from '../src/history/engine.js';
import { publishedArrivals } from '../src/history/arrivals.js';

const scale = Number(process.argv[2] ?? 1);
const t0 = performance.now();
const r = runHistory({ from: '2015-10', to: '2021-09', seed: 1, scale, switches: {}, arrivals: publishedArrivals() });
const seconds = (performance.now() - t0) / 1000;
const encounters = r.flows.encounters.reduce((s, v) => s + v, 0);
console.log(JSON.stringify({ seconds, encounters, events: r.events, peakLive: r.peakLive, rssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
