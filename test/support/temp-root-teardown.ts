import { rmSync } from 'fs';
import { TEMP_ROOT_ENV } from './temp-root-setup';

/** Removes the run's temporary root, with every synth output and emulator folder in it. */
export default function teardown(): void {
  const root = process.env[TEMP_ROOT_ENV];
  if (root) {
    rmSync(root, { recursive: true, force: true });
  }
}
