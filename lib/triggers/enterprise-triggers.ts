import { Annotations, Arn, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { BundledTriggersOptions } from './bundled-triggers-options';
import { BundledFunctionClass, HardenedFunction, InapplicableFindingReasons } from '../private/hardened-function';
import { createLogsEncryptionKey } from '../private/logs-encryption-key';
import { MAGIC_LINK_ENV } from '../private/trigger-environment';
import { CreateAuthChallengeFunction } from './functions/create-auth-challenge-function';
import { CustomMessageFunction } from './functions/custom-message-function';
import { DefineAuthChallengeFunction } from './functions/define-auth-challenge-function';
import { PostAuthenticationFunction } from './functions/post-authentication-function';
import { PostConfirmationFunction } from './functions/post-confirmation-function';
import { PreSignUpFunction } from './functions/pre-sign-up-function';
import { PreTokenGenerationFunction } from './functions/pre-token-generation-function';
import { UserMigrationFunction } from './functions/user-migration-function';
import { VerifyAuthChallengeFunction } from './functions/verify-auth-challenge-function';
import { MagicLinkTriggerOptions } from './magic-link-trigger-options';
import { createLastSignInStore } from './private-last-sign-in-table';
import {
  customMessageEnvironment, lastSignInEnvironment, magicLinkEnvironment, postConfirmationEnvironment, preSignUpEnvironment,
  preTokenGenerationEnvironment, userMigrationEnvironment,
} from './private-trigger-environment-values';
import { validateTriggerOptions } from './private-validate-options';

const TRIGGER_FINDING_REASONS: InapplicableFindingReasons = {
  deadLetterQueue: 'Cognito invokes its triggers synchronously and returns the error to the caller; a dead-letter queue only applies to asynchronous invocation.',
  outsideVpc: 'The trigger calls only AWS APIs over TLS and keeps no network state; pass hardening.vpc to run the triggers in your VPC.',
  unreservedConcurrency: 'No concurrency is reserved by default: it caps sign-in throughput and fails at deploy in accounts whose quota is 10. '
    + 'Set hardening.reservedConcurrentExecutions to reserve it.',
};

/**
 * Properties of EnterpriseTriggers.
 */
export interface EnterpriseTriggersProps extends BundledTriggersOptions {
  /**
   * The user pool the triggers attach to.
   */
  readonly userPool: cognito.UserPool;

  /**
   * The pool's feature plan; pre token generation uses the V2 event (access-token claims and
   * scopes) on ESSENTIALS and PLUS, and the V1 event (ID token only) on LITE.
   *
   * @default cognito.FeaturePlan.PLUS
   */
  readonly featurePlan?: cognito.FeaturePlan;

  /**
   * Redirect URLs of the pool's app clients; when given, `magicLink.baseUrl` must be one of them.
   *
   * @default - the magic-link base URL is only checked to be HTTPS
   */
  readonly allowedRedirectUrls?: string[];
}

/**
 * The bundled Lambda triggers of a user pool, each with its own least-privilege role, encrypted
 * log group and native JSON logs, wired to the pool.
 */
export class EnterpriseTriggers extends Construct {
  /** The pre sign-up trigger, when enabled. */
  public readonly preSignUpFunction?: lambda.IFunction;
  /** The post confirmation trigger, when enabled. */
  public readonly postConfirmationFunction?: lambda.IFunction;
  /** The pre token generation trigger, when enabled. */
  public readonly preTokenGenerationFunction?: lambda.IFunction;
  /** The custom message trigger, when enabled. */
  public readonly customMessageFunction?: lambda.IFunction;
  /** The user migration trigger, when enabled. */
  public readonly userMigrationFunction?: lambda.IFunction;
  /** The define auth challenge trigger of magic-link sign-in, when enabled. */
  public readonly defineAuthChallengeFunction?: lambda.IFunction;
  /** The create auth challenge trigger of magic-link sign-in, when enabled. */
  public readonly createAuthChallengeFunction?: lambda.IFunction;
  /** The verify auth challenge trigger of magic-link sign-in, when enabled. */
  public readonly verifyAuthChallengeFunction?: lambda.IFunction;
  /** The post authentication trigger that records sign-ins, when last sign-in tracking is on. */
  public readonly postAuthenticationFunction?: lambda.IFunction;
  /** The table of each user's last successful sign-in, when last sign-in tracking is on. */
  public readonly lastSignInTable?: dynamodb.ITable;
  /** The key that encrypts the triggers' log groups, when any trigger is enabled. */
  public readonly logEncryptionKey?: kms.IKey;
  /** The HMAC key that signs magic links, when magic-link sign-in is enabled. */
  public readonly magicLinkSigningKey?: kms.IKey;

  private readonly props: EnterpriseTriggersProps;

  constructor(scope: Construct, id: string, props: EnterpriseTriggersProps) {
    super(scope, id);
    validateTriggerOptions(this, props, props.allowedRedirectUrls);
    this.props = props;
    const { userPool } = props;
    const enabled = [props.preSignUp, props.postConfirmation, props.preTokenGeneration, props.customMessage, props.userMigration, props.magicLink,
      props.lastSignIn];
    if (!enabled.some((options) => options !== undefined)) {
      return;
    }
    this.logEncryptionKey = props.hardening?.logEncryptionKey ?? this.createLogEncryptionKey();

    if (props.preSignUp) {
      this.preSignUpFunction = this.trigger('PreSignUp', PreSignUpFunction, 'pre sign-up trigger', preSignUpEnvironment(props.preSignUp));
      userPool.addTrigger(cognito.UserPoolOperation.PRE_SIGN_UP, this.preSignUpFunction);
    }
    if (props.postConfirmation) {
      this.postConfirmationFunction = this.trigger('PostConfirmation', PostConfirmationFunction, 'post confirmation trigger',
        postConfirmationEnvironment(props.postConfirmation),
        [new iam.PolicyStatement({ actions: ['cognito-idp:AdminAddUserToGroup'], resources: [userPool.userPoolArn] })]);
      userPool.addTrigger(cognito.UserPoolOperation.POST_CONFIRMATION, this.postConfirmationFunction);
    }
    if (props.preTokenGeneration) {
      this.preTokenGenerationFunction = this.trigger('PreTokenGeneration', PreTokenGenerationFunction, 'pre token generation trigger',
        preTokenGenerationEnvironment(props.preTokenGeneration));
      this.wirePreTokenGeneration(this.preTokenGenerationFunction);
    }
    if (props.customMessage) {
      this.customMessageFunction = this.trigger('CustomMessage', CustomMessageFunction, 'custom message trigger',
        customMessageEnvironment(props.customMessage));
      userPool.addTrigger(cognito.UserPoolOperation.CUSTOM_MESSAGE, this.customMessageFunction);
    }
    if (props.userMigration) {
      this.userMigrationFunction = this.trigger('UserMigration', UserMigrationFunction, 'user migration trigger',
        userMigrationEnvironment(props.userMigration));
      userPool.addTrigger(cognito.UserPoolOperation.USER_MIGRATION, this.userMigrationFunction);
    }
    if (props.magicLink) {
      this.magicLinkSigningKey = props.magicLink.signingKey ?? new kms.Key(this, 'MagicLinkSigningKey', {
        keySpec: kms.KeySpec.HMAC_256,
        keyUsage: kms.KeyUsage.GENERATE_VERIFY_MAC,
        description: `Signs the magic sign-in links of ${userPool.node.path}`,
      });
      const magicLink = this.wireMagicLink(props.magicLink, this.magicLinkSigningKey);
      this.defineAuthChallengeFunction = magicLink.define;
      this.createAuthChallengeFunction = magicLink.create;
      this.verifyAuthChallengeFunction = magicLink.verify;
    }
    if (props.lastSignIn) {
      // The policy names the table and its key, never the pool: no cycle through the pool's trigger ARN.
      const store = createLastSignInStore(this, props.lastSignIn, userPool.node.path);
      this.lastSignInTable = store.table;
      this.postAuthenticationFunction = this.trigger('PostAuthentication', PostAuthenticationFunction,
        'post authentication trigger (last sign-in tracking)', lastSignInEnvironment(store.table.tableName), store.writerStatements);
      userPool.addTrigger(cognito.UserPoolOperation.POST_AUTHENTICATION, this.postAuthenticationFunction);
    }
  }

  private wirePreTokenGeneration(fn: lambda.IFunction): void {
    const plan = this.props.featurePlan ?? cognito.FeaturePlan.PLUS;
    if (plan === cognito.FeaturePlan.ESSENTIALS || plan === cognito.FeaturePlan.PLUS) {
      this.props.userPool.addTrigger(cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, fn, cognito.LambdaVersion.V2_0);
      return;
    }
    Annotations.of(this).addWarningV2('cdk-cognito-enterprise:preTokenGenerationV1',
      `The ${plan} feature plan only supports the V1 pre token generation event: tenant, tier and role claims go to the ID token only, and no access-token claims or scopes are added.`);
    this.props.userPool.addTrigger(cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, fn, cognito.LambdaVersion.V1_0);
  }

  private wireMagicLink(options: MagicLinkTriggerOptions, key: kms.IKey): Record<'define' | 'create' | 'verify', lambda.IFunction> {
    const { userPool } = this.props;
    const environment = magicLinkEnvironment(options, key.keyArn);
    const pick = (...names: string[]) => Object.fromEntries(names.filter((name) => name in environment).map((name) => [name, environment[name]]));
    const stack = Stack.of(this);
    const senderDomain = options.senderAddress.split('@').pop();
    const identityArn = (identity: string) => Arn.format({ service: 'ses', resource: 'identity', resourceName: identity }, stack);

    const define = this.trigger('DefineAuthChallenge', DefineAuthChallengeFunction, 'define auth challenge trigger (magic link)',
      pick(MAGIC_LINK_ENV.maxAttempts));
    const create = this.trigger('CreateAuthChallenge', CreateAuthChallengeFunction, 'create auth challenge trigger (magic link)',
      pick(MAGIC_LINK_ENV.keyId, MAGIC_LINK_ENV.senderAddress, MAGIC_LINK_ENV.baseUrl, MAGIC_LINK_ENV.ttlSeconds, MAGIC_LINK_ENV.emailSubject,
        MAGIC_LINK_ENV.maxEmailsPerUser), [
        new iam.PolicyStatement({ actions: ['kms:GenerateMac'], resources: [key.keyArn] }),
        new iam.PolicyStatement({
          actions: ['ses:SendEmail'],
          resources: [identityArn(options.senderAddress), ...(senderDomain ? [identityArn(senderDomain)] : [])],
        }),
      ]);
    const verify = this.trigger('VerifyAuthChallenge', VerifyAuthChallengeFunction, 'verify auth challenge trigger (magic link)',
      pick(MAGIC_LINK_ENV.keyId), [new iam.PolicyStatement({ actions: ['kms:VerifyMac'], resources: [key.keyArn] })]);

    userPool.addTrigger(cognito.UserPoolOperation.DEFINE_AUTH_CHALLENGE, define);
    userPool.addTrigger(cognito.UserPoolOperation.CREATE_AUTH_CHALLENGE, create);
    userPool.addTrigger(cognito.UserPoolOperation.VERIFY_AUTH_CHALLENGE_RESPONSE, verify);
    return { define, create, verify };
  }

  private trigger(
    id: string, functionClass: BundledFunctionClass, description: string, environment: Record<string, string>, statements: iam.PolicyStatement[] = [],
  ): lambda.IFunction {
    return new HardenedFunction(this, id, {
      functionClass,
      description: `${description} of ${this.props.userPool.node.path}`,
      kind: 'trigger',
      environment,
      statements,
      settings: this.props.hardening ?? {},
      logEncryptionKey: this.logEncryptionKey!,
      findingReasons: TRIGGER_FINDING_REASONS,
    }).function;
  }

  private createLogEncryptionKey(): kms.Key {
    return createLogsEncryptionKey(this, 'LogEncryptionKey', `Encrypts the trigger log groups of ${this.props.userPool.node.path}`);
  }
}
