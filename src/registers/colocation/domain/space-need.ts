/**
 * Needs for space: an organisation says what it looks for and where. Pure rules.
 */
import { BadUserInputError, ConflictError } from '../../../kernel/domain/errors';
import type { GeoPoint } from '../../../kernel/domain/location';
import { MAX_SEARCH_RADIUS_KM } from '../../../kernel/domain/request-limits';
import type { AccessibilityFeature, RecordMeta } from '../../../kernel/domain/records';
import { describeAvailabilityProblems } from './space-offer';
import type { Facility, SpaceKind, WeeklySlot } from './space-offer';

export const NEED_STATUSES = ['OPEN', 'CLOSED'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export interface SpaceNeed extends RecordMeta {
  readonly id: string;
  readonly organisationId: string;
  readonly purpose: string;
  /** Kinds of space that would do; empty means any. */
  readonly spaceKinds: readonly SpaceKind[];
  /** People to seat. */
  readonly capacity: number | null;
  /** Days and hours wanted. */
  readonly slots: readonly WeeklySlot[];
  /** Wanted from this day (`YYYY-MM-DD`). */
  readonly fromDate: string;
  /** Most it can pay a month, in pounds; null when not stated. */
  readonly monthlyBudget: number | null;
  /** Where: a point and a radius, or else a council area (exactly one of the two). */
  readonly location: GeoPoint | null;
  readonly radiusKm: number | null;
  readonly councilCode: string | null;
  readonly mustHaveFacilities: readonly Facility[];
  readonly mustHaveAccessibility: readonly AccessibilityFeature[];
  readonly status: NeedStatus;
}

export type SpaceNeedFields = Omit<SpaceNeed, 'id' | 'organisationId' | 'status' | keyof RecordMeta>;

/** A new OPEN need (version 1); BAD_USER_INPUT names each inconsistent field. */
export function createSpaceNeed(
  id: string,
  organisationId: string,
  fields: SpaceNeedFields,
  at: string,
): SpaceNeed {
  const problems = describeAvailabilityProblems(fields.slots, 'input.slots');
  const byPoint = fields.location !== null || fields.radiusKm !== null;
  if (byPoint && fields.councilCode !== null) {
    problems.push({
      field: 'input.councilCode',
      message: 'give either a location with radiusKm or a councilCode, not both',
    });
  } else if (byPoint && (fields.location === null || fields.radiusKm === null)) {
    problems.push({
      field: fields.location === null ? 'input.location' : 'input.radiusKm',
      message: 'a location needs a radiusKm and a radiusKm needs a location',
    });
  } else if (!byPoint && fields.councilCode === null) {
    problems.push({
      field: 'input.location',
      message: 'say where: a location with radiusKm, or a councilCode',
    });
  }
  if (fields.radiusKm !== null && fields.radiusKm > MAX_SEARCH_RADIUS_KM) {
    problems.push({ field: 'input.radiusKm', message: `must be at most ${MAX_SEARCH_RADIUS_KM}` });
  }
  if (problems.length) throw new BadUserInputError(problems);
  return { id, organisationId, ...fields, status: 'OPEN', createdAt: at, updatedAt: at, version: 1 };
}

/** True while the need may still change (closeSpaceNeed): it is not closed. */
export function isNeedOpen(need: Pick<SpaceNeed, 'status'>): boolean {
  return need.status !== 'CLOSED';
}

export function closeSpaceNeed(need: SpaceNeed): SpaceNeed {
  if (!isNeedOpen(need)) throw new ConflictError(`Space need ${need.id} is already closed`);
  return { ...need, status: 'CLOSED' };
}
