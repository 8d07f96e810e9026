// CloudFormation's built-in schema validation costs ~2 s per synth; one dedicated test keeps it on.
process.env.CDK_VALIDATION = process.env.CDK_VALIDATION ?? 'false';
// A creation stack trace goes only into the cloud assembly's metadata, never into a template, and
// capturing one for every resource under Jest's source maps costs ~5% of each synth.
process.env.CDK_CONTEXT_JSON = JSON.stringify({
  'aws:cdk:disable-creation-stack-traces': true,
  ...JSON.parse(process.env.CDK_CONTEXT_JSON ?? '{}'),
});
