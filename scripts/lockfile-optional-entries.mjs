// Adds lockfile entries for Rollup's native packages of other platforms. This workplace's npm registry does not
// serve them, so npm leaves them out of package-lock.json, and npm 11's `npm ci` then refuses the lockfile
// (npm/cli#4828). The entries are optional and platform-bound, so `npm ci` skips them on Linux x64 without
// fetching. Run after any `npm install`: `node scripts/lockfile-optional-entries.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const pkgs = lock.packages;
let added = 0;
for (const [path, meta] of Object.entries(pkgs)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    if (!name.startsWith('@rollup/rollup-')) continue;
    const key = `node_modules/${name}`;
    if (pkgs[key] || pkgs[`${path}/${key}`]) continue;
    const parts = name.slice('@rollup/rollup-'.length).split('-');
    const os = parts[0];
    const cpu = parts[1];
    const abi = parts.slice(2).join('-');
    const entry = { version, cpu: [cpu], dev: meta.dev, license: 'MIT', optional: true, os: [os] };
    if (!meta.dev) delete entry.dev;
    if (os === 'linux' && abi) entry.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
    pkgs[key] = entry;
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} optional Rollup entries`);
