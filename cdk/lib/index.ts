export { addRegisterStack, DEFAULT_LAMBDA_ENTRY, DEFAULT_NOTIFIER_ENTRY, PROJECT_ROOT } from './register-app';
export type { RegisterAppOptions } from './register-app';
export { RegisterStack } from './register-stack';
export type { RegisterStackProps } from './register-stack';
export { readStageConfig, STAGES } from './stage-config';
export type { StageConfig, StageName } from './stage-config';
export {
  LAMBDA_BUNDLE,
  LAMBDA_BUNDLE_FILE,
  toEsbuildOptions,
  toNodejsBundlingOptions,
} from './lambda-bundling';
