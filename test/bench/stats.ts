import { loadavg } from 'os';

/** The median of some timings. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The 1-minute load average, printed next to each figure: the machine is shared. */
export function loadAverage(): string {
  return loadavg()[0].toFixed(2);
}
