import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadAverage, median } from './stats';

// The README's main command, end to end: the CLI, its build step, the app and every check on it.
const RUNS = Number(process.env.BENCH_APP_SYNTH_RUNS ?? 1);
const LIMIT_SECONDS = 15;

const seconds: number[] = [];
const loads: string[] = [];
for (let run = 0; run < RUNS; run++) {
  const outdir = mkdtempSync(join(tmpdir(), 'bench-synth-'));
  try {
    loads.push(loadAverage());
    const start = process.hrtime.bigint();
    execFileSync('npx', ['cdk', 'synth', '--no-notices', '-q', '-o', outdir], { cwd: join(__dirname, '..', '..'), stdio: 'inherit' });
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
const time = median(seconds);
const verdict = time <= LIMIT_SECONDS ? 'ok' : `OVER ${LIMIT_SECONDS} s`;
console.log(`\nExample app, npx cdk synth (median of ${RUNS}, load ${loads.join(', ')}): ${time.toFixed(1)} s ${verdict}`);
