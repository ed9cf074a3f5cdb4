// Summarizes a V8 .cpuprofile: self time by function and by package (where the server's CPU goes).
import fs from 'node:fs';
import { round } from './util.mjs';

function packageOf(url, name) {
  if (!url) return name.startsWith('(') ? name : '(native/V8)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 13).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.includes('/server/dist/')) return 'server/dist (app code)';
  return url.replace(/^file:\/\//, '');
}

export function summarizeProfile(file, top = 20) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const perSample = totalMs / profile.samples.length;
  const fns = new Map();
  const pkgs = new Map();
  let busy = 0;
  for (const [id, n] of counts) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const name = functionName || '(anonymous)';
    const ms = n * perSample;
    if (name === '(idle)') continue;
    busy += ms;
    const short = url ? url.replace(/^.*node_modules\//, '').replace(/^.*\/server\/dist\//, 'server/dist/') : '';
    const key = `${name} ${short ? `${short}:${lineNumber + 1}` : ''}`.trim();
    fns.set(key, (fns.get(key) ?? 0) + ms);
    const pkg = packageOf(url, name);
    pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + ms);
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return {
    file,
    total_ms: round(totalMs, 0),
    busy_ms: round(busy, 0),
    packages: sorted(pkgs)
      .slice(0, 15)
      .map(([name, ms]) => ({ name, ms: round(ms, 0), pct: round((100 * ms) / busy, 1) })),
    functions: sorted(fns)
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: round(ms, 0), pct: round((100 * ms) / busy, 1) })),
  };
}
