import type { AcvSettings } from '../domain/acv-records';
import type { ListingExpiryConvention } from '../domain/acv-timetable';
import { ConflictError } from '../../../kernel/domain/errors';
import { beforeWriting, changeBy, requireUser } from '../../../kernel/changes/change-protocol';
import type { RegisterContext } from '../../context';
import { defaultSettings } from './acv-change-support';

/** What a council may change in its ACV settings; an omitted field stays as it is. */
export interface AcvSettingsInput {
  readonly neighbouringCouncils?: readonly string[] | undefined;
  readonly listingExpiryConvention?: ListingExpiryConvention | undefined;
}

/**
 * updateAcvSettings: the council's neighbours (whose bodies may nominate and bid) and its convention for
 * counting the 5 years. One GetItem of the settings, then one transaction guarded by the officer's role.
 */
export async function updateAcvSettings(
  ctx: RegisterContext,
  councilCode: string,
  expectedVersion: number,
  input: AcvSettingsInput,
): Promise<AcvSettings> {
  const actor = await requireUser(ctx);
  const access = ctx.accessForChange();
  await access.require({ action: 'acv.manageSettings', resource: { councilCode } });
  const stored = await ctx.stores.acv.getAcvSettings(councilCode);
  const before = stored ?? defaultSettings(councilCode);
  await beforeWriting(access, () => {
    if (before.version !== expectedVersion) {
      throw new ConflictError(
        `The ACV settings of ${councilCode} are at version ${before.version}, not ${expectedVersion}; reload and try again`,
        { field: 'expectedVersion', currentVersion: before.version },
      );
    }
  });
  const neighbours = input.neighbouringCouncils?.filter((code) => code !== councilCode);
  const change = changeBy(ctx, actor);
  const after: AcvSettings = {
    ...before,
    ...(neighbours ? { neighbouringCouncils: neighbours } : {}),
    ...(input.listingExpiryConvention ? { listingExpiryConvention: input.listingExpiryConvention } : {}),
    createdAt: stored ? before.createdAt : change.at,
    updatedAt: change.at,
    version: before.version + 1,
  };
  await access.write((guard) => ctx.stores.acv.putAcvSettings(stored, after, change, guard));
  return after;
}
