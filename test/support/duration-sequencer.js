// Jest runs the longest files first, so that the workers finish together rather than one waiting
// while another ends a long file. It learns each file's duration in its cache, which a fresh clone
// does not have; it then guesses from file size, and a short file that synthesizes a whole app or
// waits on a Cognito emulator comes last. Until the cache knows a file, the durations measured
// here (seconds, Node 24, on two cores) stand in for the slowest files; any other
// file counts as short.
const Sequencer = require('@jest/test-sequencer').default;
const { relative } = require('node:path');

const MEASURED_SECONDS = {
  'test/operations/lifecycle/lifecycle-jobs.test.ts': 27,
  'test/operations/backup/backup-restore.test.ts': 24,
  'test/cloudformation-validation.test.ts': 23,
  'test/docs/readme-examples.test.ts': 22,
  'test/lambda/fuzz/post-authentication.fuzz.test.ts': 13,
  'test/operations/fault-injection/restore-faults.test.ts': 10,
  'test/operations/fault-injection/import-faults.test.ts': 10,
  'test/lambda/bundled/magic-link-enumeration.test.ts': 9,
  'test/lambda/bundled/aws-call-deadline.test.ts': 9,
  'test/private/validation/shape-drift.test.ts': 7,
  'test/lambda/bundled/post-authentication-tracking.test.ts': 6,
};

class DurationSequencer extends Sequencer {
  sort(tests) {
    const measured = (test) => MEASURED_SECONDS[relative(test.context.config.rootDir, test.path).split('\\').join('/')];
    const estimate = (test) => this.time(test) ?? (measured(test) ?? 0) * 1000;
    const size = (test) => test.context.hasteFS.getSize(test.path) ?? 0;
    // Files that failed last time first, for the quickest feedback; then the longest first.
    return [...tests].sort((a, b) => Number(this.hasFailed(b)) - Number(this.hasFailed(a))
      || estimate(b) - estimate(a)
      || size(b) - size(a));
  }
}

module.exports = DurationSequencer;
