import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { PolicyViolation } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { addRegisterStack } from '../../cdk/lib/register-app';
import type { RegisterStack } from '../../cdk/lib/register-stack';
import type { StageName } from '../../cdk/lib/stage-config';

const FIXTURE_ENTRY = fileURLToPath(new URL('./fixtures/handler.ts', import.meta.url));
const NOTIFIER_FIXTURE_ENTRY = fileURLToPath(new URL('./fixtures/notifier-handler.ts', import.meta.url));
const CDK_JSON_CONTEXT = (
  JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
    context: Record<string, unknown>;
  }
).context;

export interface SynthesizedStage {
  readonly stack: RegisterStack;
  readonly template: Template;
  /** cdk-nag AwsSolutions findings left after the acknowledgements in the stack (errors and warnings). */
  readonly nagViolations: readonly PolicyViolation[];
}

/**
 * Synthesizes one stage the way `cdk synth` does (cdk.json context, feature flags, cdk-nag), with extra
 * context on top, and with tiny fixture handlers so no test depends on bundling the app.
 */
export function synthesizeStage(stage: StageName, context: Record<string, unknown> = {}): SynthesizedStage {
  const app = new App({ context: { ...CDK_JSON_CONTEXT, stage, ...context } });
  const stack = addRegisterStack(app, { lambdaEntry: FIXTURE_ENTRY, notifierEntry: NOTIFIER_FIXTURE_ENTRY });
  const template = Template.fromStack(stack);
  const nagViolations = new AwsSolutionsChecks(app, { verbose: true }).validateScope(app).violations;
  return { stack, template, nagViolations };
}
