/** A council's settings for surplus listings in its area: how their items are allocated. */
import type { RecordMeta } from '../../../kernel/domain/records';
import { DEFAULT_ALLOCATION_RULE } from './surplus-listing';
import type { AllocationRule } from './surplus-listing';

export interface SurplusSettings extends RecordMeta {
  readonly councilCode: string;
  readonly allocationRule: AllocationRule;
}

/** The settings a council has not saved yet: version 0, so the first save expects 0. */
export function defaultSurplusSettings(councilCode: string): SurplusSettings {
  return {
    councilCode,
    allocationRule: DEFAULT_ALLOCATION_RULE,
    createdAt: '',
    updatedAt: '',
    version: 0,
  };
}

/** The settings' next version with `allocationRule`. */
export function reviseSurplusSettings(
  before: SurplusSettings,
  allocationRule: AllocationRule,
  at: string,
): SurplusSettings {
  return {
    ...before,
    allocationRule,
    createdAt: before.version === 0 ? at : before.createdAt,
    updatedAt: at,
    version: before.version + 1,
  };
}
