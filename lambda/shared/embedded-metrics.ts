/** One metric value of an embedded-metric-format line. */
export interface MetricValue {
  readonly value: number;
  readonly unit: 'Count' | 'Percent';
}

/**
 * One log line in CloudWatch's embedded metric format: CloudWatch Logs extracts the metrics, so
 * the function needs no cloudwatch:PutMetricData permission. Written to stdout directly: Lambda's
 * JSON log format wraps console output in its own object, which CloudWatch would not read as EMF.
 */
export function embeddedMetricLine(
  namespace: string, dimensions: Record<string, string>, metrics: Record<string, MetricValue>, timestamp: number,
): string {
  const document: Record<string, unknown> = {
    _aws: {
      Timestamp: timestamp,
      CloudWatchMetrics: [{
        Namespace: namespace,
        Dimensions: [Object.keys(dimensions)],
        Metrics: Object.entries(metrics).map(([name, { unit }]) => ({ Name: name, Unit: unit })),
      }],
    },
    ...dimensions,
  };
  for (const [name, { value }] of Object.entries(metrics)) {
    document[name] = value;
  }
  return JSON.stringify(document);
}

/** Writes a line to stdout, as CloudWatch Logs expects an EMF document: one per line. */
export const writeToStdout = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
