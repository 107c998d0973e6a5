import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Tags, Validations } from 'aws-cdk-lib';
import type { App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { RegisterStack } from './register-stack';
import { readStageConfig } from './stage-config';

/** The repository root: package.json, package-lock.json and src/ live here. */
export const PROJECT_ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

export const DEFAULT_LAMBDA_ENTRY = path.join(PROJECT_ROOT, 'src/lambda/handler.ts');

export const DEFAULT_NOTIFIER_ENTRY = path.join(PROJECT_ROOT, 'src/lambda/notifier-handler.ts');

export interface RegisterAppOptions {
  /** The Lambda handler module; defaults to src/lambda/handler.ts. */
  readonly lambdaEntry?: string;
  /** The notifier's handler module; defaults to src/lambda/notifier-handler.ts. */
  readonly notifierEntry?: string;
}

/**
 * Adds the stack for the stage named in the app's context (`--context stage=dev|prod`) and runs the
 * cdk-nag AwsSolutions checks on every synth: any finding not acknowledged with a reason fails it.
 */
export function addRegisterStack(app: App, options: RegisterAppOptions = {}): RegisterStack {
  const config = readStageConfig((key) => app.node.tryGetContext(key));
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  const stack = new RegisterStack(app, `MashRegister-${config.stage}`, {
    description: `MASH Register (${config.stage}): GraphQL API, DynamoDB table, Cognito sign-in, notifier and alarms`,
    // Unset when synthesizing without credentials: the template is then account- and region-agnostic.
    env: { account: process.env['CDK_DEFAULT_ACCOUNT'], region: process.env['CDK_DEFAULT_REGION'] },
    terminationProtection: config.stage === 'prod',
    config,
    lambdaEntry: options.lambdaEntry ?? DEFAULT_LAMBDA_ENTRY,
    notifierEntry: options.notifierEntry ?? DEFAULT_NOTIFIER_ENTRY,
    projectRoot: PROJECT_ROOT,
  });
  Tags.of(stack).add('project', 'mash-register');
  Tags.of(stack).add('stage', config.stage);
  return stack;
}
