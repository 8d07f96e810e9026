// CloudFormation's built-in schema validation costs ~2 s per synth; one dedicated test keeps it on.
process.env.CDK_VALIDATION = process.env.CDK_VALIDATION ?? 'false';
