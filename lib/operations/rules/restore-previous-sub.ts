import * as cognito from 'aws-cdk-lib/aws-cognito';
import { ImportSubject } from './import-subject';
import { CUSTOM_ATTRIBUTE_COLUMN } from '../../private/operations-environment';
import { isKnown, knownString } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';

// A sub is a UUID: 36 characters.
const SUB_LENGTH = 36;

/** The pool's custom attributes by name (without `custom:`), when the pool is defined in this app and its schema is known. */
function declaredCustomAttributes(pool: cognito.IUserPool): Map<string, cognito.CfnUserPool.SchemaAttributeProperty> | undefined {
  const resource = pool.node.defaultChild;
  if (!(resource instanceof cognito.CfnUserPool)) {
    return undefined;
  }
  const declared = new Map<string, cognito.CfnUserPool.SchemaAttributeProperty>();
  // A pool defined without a schema has no custom attributes.
  const schema = resource.schema ?? [];
  if (!isKnown(schema) || !Array.isArray(schema)) {
    return undefined;
  }
  for (const attribute of schema as cognito.CfnUserPool.SchemaAttributeProperty[]) {
    if (isKnown(attribute) && typeof attribute.name === 'string') {
      declared.set(attribute.name, attribute);
    }
  }
  return declared;
}

export const RESTORE_PREVIOUS_SUB_RULE: SynthRule<ImportSubject> = {
  id: 'CE-RESTORE-PREVIOUS-SUB',
  appliesTo: 'user import pipeline',
  statement: `previousSubAttribute must be custom:<name>, declared by the pool as a String attribute that holds at least ${SUB_LENGTH} characters`,
  source: 'Cognito API AdminCreateUser UserAttributes ("For custom attributes, you must prepend the custom: prefix"); CloudFormation '
    + 'AWS::Cognito::UserPool SchemaAttribute AttributeDataType and StringAttributeConstraints',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const name = props.previousSubAttribute;
    const violations: Violation[] = [];
    if (!knownString(name)) {
      return violations;
    }
    if (!CUSTOM_ATTRIBUTE_COLUMN.test(name)) {
      return [{ prop: 'previousSubAttribute', value: name, detail: 'must be custom:<name> with a name of 1–20 characters' }];
    }
    const declared = declaredCustomAttributes(props.userPool);
    const attribute = declared?.get(name.slice('custom:'.length));
    if (declared && !attribute) {
      violations.push({ prop: 'previousSubAttribute', value: name, detail: 'is not a custom attribute of the pool: declare it (String, maxLen 36 or more)' });
    } else if (attribute) {
      const type = attribute.attributeDataType ?? 'String';
      const constraints = attribute.stringAttributeConstraints as cognito.CfnUserPool.StringAttributeConstraintsProperty | undefined;
      const maxLength = Number(constraints?.maxLength ?? 2048);
      if (type !== 'String' || maxLength < SUB_LENGTH) {
        const declaredAs = type === 'String' ? `String of at most ${maxLength} characters` : type;
        violations.push({ prop: 'previousSubAttribute', value: name, detail: `is declared as ${declaredAs}; a sub needs a String of ${SUB_LENGTH}` });
      }
    }
    return violations;
  },
};
