/**
 * Summarises a V8 .cpuprofile (from BENCH_CPU_PROF=<dir> npm run bench): self time by function
 * and by package, so the gateway's per-chunk cost can be traced to its source.
 * Usage: node --import tsx bench/gateway/profile-summary.ts <file.cpuprofile> [top=25]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

/** Which package (or our own folder) a script URL belongs to. */
function owner(url: string): string {
  if (!url) return '(native/VM)';
  if (url.startsWith('node:')) return url.split('/')[0]!;
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 13).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const src = url.search(/\/(src|tests|bench)\//);
  return src >= 0 ? url.slice(src + 1).split('/').slice(0, 3).join('/') : url;
}

const file = process.argv[2];
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [top]');
const top = Number(process.argv[3] ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

// Self time per node from sample counts at the mean interval. Summing timeDeltas instead would
// charge a whole descheduled gap (common on a shared 2-core box) to whichever frame ran next.
const samples = profile.samples ?? [];
const perSample = samples.length ? (profile.endTime - profile.startTime) / samples.length : 0;
const self = new Map<number, number>();
for (const id of samples) self.set(id, (self.get(id) ?? 0) + perSample);

const byFn = new Map<string, number>();
const byOwner = new Map<string, number>();
let busy = 0;
for (const n of profile.nodes) {
  const us = self.get(n.id) ?? 0;
  const { functionName, url, lineNumber } = n.callFrame;
  if (functionName === '(idle)' || functionName === '(program)') continue;
  busy += us;
  const key = `${functionName || '(anonymous)'}  ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(src|tests|bench)\//, '$1/')}:${lineNumber + 1}`;
  byFn.set(key, (byFn.get(key) ?? 0) + us);
  const o = functionName === '(garbage collector)' ? '(garbage collector)' : owner(url);
  byOwner.set(o, (byOwner.get(o) ?? 0) + us);
}

const wall = profile.endTime - profile.startTime;
const show = (m: Map<string, number>, limit: number) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([k, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((us / busy) * 100).toFixed(1).padStart(5)} %  ${k}`);
console.log(`profile ${(wall / 1e6).toFixed(1)} s, busy (not idle/program) ${(busy / 1e6).toFixed(1)} s\n\nby package:`);
console.log(show(byOwner, 20).join('\n'));
console.log(`\ntop ${top} functions by self time:`);
console.log(show(byFn, top).join('\n'));
