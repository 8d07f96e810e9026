// The order in which Jest hands files to its workers, chosen so that the workers finish together.
// - The longest files first. Jest learns each file's duration in its cache, which a fresh clone
//   does not have; it then guesses from file size, and a short file that synthesizes a whole app
//   comes last. Until the cache knows a file, the durations measured here (seconds, two workers,
//   Node 24) stand in for the slowest files; any other file counts as short.
// - Files that keep a second process or thread busy beside Jest (a Cognito emulator, a bundled
//   worker on a thread) take a core of their own: two of them at once on two cores slow each
//   other down. Jest gives the next file to the first worker free, so the order below follows a
//   simulation of the workers and holds such a file back while another runs, if anything else
//   is left.
const Sequencer = require('@jest/test-sequencer').default;
const { relative } = require('node:path');

const MEASURED = {
  'test/operations/lifecycle/lifecycle-jobs.test.ts': { seconds: 24, secondProcess: true },
  'test/operations/backup/backup-restore.test.ts': { seconds: 21, secondProcess: true },
  'test/cloudformation-validation.test.ts': { seconds: 15 },
  'test/docs/readme-examples.test.ts': { seconds: 12 },
  'test/operations/fault-injection/restore-faults.test.ts': { seconds: 12, secondProcess: true },
  'test/operations/fault-injection/import-faults.test.ts': { seconds: 10, secondProcess: true },
  'test/lambda/bundled/magic-link-enumeration.test.ts': { seconds: 9 },
  'test/lambda/bundled/aws-call-deadline.test.ts': { seconds: 9 },
  'test/lambda/fuzz/post-authentication.fuzz.test.ts': { seconds: 9 },
  'test/private/validation/rules.test.ts': { seconds: 7 },
  'test/lambda/user-import-worker.test.ts': { seconds: 6 },
  'test/lambda/bundled/post-authentication-tracking.test.ts': { seconds: 5 },
  'test/private/validation/shape-drift.test.ts': { seconds: 5 },
};

class DurationSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.workers = Math.max(1, options?.globalConfig?.maxWorkers ?? 1);
  }

  sort(tests) {
    const measured = (test) => MEASURED[relative(test.context.config.rootDir, test.path).split('\\').join('/')];
    const estimate = (test) => this.time(test) ?? (measured(test)?.seconds ?? 0) * 1000;
    const size = (test) => test.context.hasteFS.getSize(test.path) ?? 0;
    const longestFirst = [...tests].sort((a, b) => estimate(b) - estimate(a) || size(b) - size(a));
    // Files that failed last time first, for the quickest feedback.
    const failed = longestFirst.filter((test) => this.hasFailed(test));
    const waiting = longestFirst.filter((test) => !this.hasFailed(test));
    const order = [...failed];
    const running = Array.from({ length: this.workers }, () => ({ until: 0, secondProcess: false }));
    while (waiting.length > 0) {
      const worker = running.reduce((first, candidate) => (candidate.until < first.until ? candidate : first));
      const busy = running.some((other) => other !== worker && other.secondProcess && other.until > worker.until);
      const index = Math.max(0, waiting.findIndex((test) => !busy || !measured(test)?.secondProcess));
      const [next] = waiting.splice(index, 1);
      order.push(next);
      Object.assign(worker, { until: worker.until + estimate(next), secondProcess: measured(next)?.secondProcess === true });
    }
    return order;
  }
}

module.exports = DurationSequencer;
