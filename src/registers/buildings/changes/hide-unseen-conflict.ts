import { AppError, ConflictError } from '../../../kernel/domain/errors';
import type { RegisterContext } from '../../context';

/**
 * A CONFLICT never names a record the caller may not see (issue 6): the store reports which building holds
 * a key in `existingBuildingId`; this keeps the id only when the caller may view that building, and
 * otherwise says only that the value is taken.
 */
export async function hideUnseenConflict(ctx: RegisterContext, error: unknown): Promise<unknown> {
  if (!(error instanceof AppError) || error.code !== 'CONFLICT') return error;
  const existingId = error.details['existingBuildingId'];
  if (typeof existingId !== 'string') return error;
  const existing = await ctx.stores.buildings.getBuilding(existingId);
  if (existing && (await ctx.isAllowed('building.view', existing))) {
    return new ConflictError(`${error.message} (building ${existingId})`, { ...error.details });
  }
  const { existingBuildingId: _hidden, ...visibleDetails } = error.details;
  return new ConflictError(error.message, visibleDetails);
}

/** Runs a write, turning its CONFLICT into one that names only what the caller may see. */
export async function withVisibleConflicts<T>(ctx: RegisterContext, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw await hideUnseenConflict(ctx, error);
  }
}
