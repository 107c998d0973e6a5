/**
 * What the ACV changes and queries share: today's London date, the entry and settings reads, the party a
 * register organisation becomes on an entry, and the notices of a step stamped for the outbox.
 */
import { randomUUID } from 'node:crypto';
import type { AcvEntryRef } from '../../../kernel/domain/authorization';
import type { AcvTransition } from '../domain/acv-action';
import type { AcvEntry, AcvNotice, AcvParty, AcvSettings } from '../domain/acv-records';
import { DEFAULT_LISTING_EXPIRY_CONVENTION } from '../domain/acv-timetable';
import { siteAddressLine } from '../domain/acv-outbox';
import { londonDate } from '../../../kernel/domain/clock';
import type { IsoDate } from '../../../kernel/domain/clock';
import { NotFoundError } from '../../../kernel/domain/errors';
import type { ChangeContext } from '../../../kernel/domain/ports';
import type { Organisation } from '../../../kernel/domain/records';
import type { RegisterContext } from '../../context';
import { parseId } from '../../../kernel/graphql/support';

/** Today in England, from the request's clock (pinned with `npm start -- --today`). */
export function acvToday(ctx: RegisterContext): IsoDate {
  return londonDate(ctx.clock.now());
}

/** The entry as authorization.ts sees it: its council, its nominator and its owner. */
export function entryRef(entry: AcvEntry): AcvEntryRef {
  return {
    councilCode: entry.councilCode,
    nominatorOrganisationId: entry.nominator.organisationId,
    ownerOrganisationId: entry.owner?.organisationId ?? null,
  };
}

/** The entry with this id (BAD_USER_INPUT when it is not one); NOT_FOUND when there is none. */
export async function loadEntry(ctx: RegisterContext, id: string): Promise<AcvEntry> {
  const entry = await ctx.stores.acv.getAcvEntry(parseId(id, 'id'));
  if (!entry) throw new NotFoundError('Asset of community value entry', id);
  return entry;
}

/** The settings of a council that never changed them (version 0, so the first update expects 0). */
export const defaultSettings = (councilCode: string): AcvSettings => ({
  councilCode,
  neighbouringCouncils: [],
  listingExpiryConvention: DEFAULT_LISTING_EXPIRY_CONVENTION,
  createdAt: '',
  updatedAt: '',
  version: 0,
});

export async function loadSettings(ctx: RegisterContext, councilCode: string): Promise<AcvSettings> {
  return (await ctx.stores.acv.getAcvSettings(councilCode)) ?? defaultSettings(councilCode);
}

export const partyOf = (organisation: Organisation): AcvParty => ({
  organisationId: organisation.id,
  name: organisation.name,
  kind: organisation.kind,
});

/**
 * The notices of a step, with ids, stamped for the outbox: with the land's name and address as they are on
 * the day, which the email a notice becomes names (src/registers/acv/domain/acv-outbox.ts).
 */
export function toNotices(entry: AcvEntry, transition: AcvTransition, change: ChangeContext): AcvNotice[] {
  return transition.notices.map((draft) => ({
    ...draft,
    id: randomUUID(),
    entryId: entry.id,
    councilCode: entry.councilCode,
    siteName: entry.site.name,
    siteAddress: siteAddressLine(entry.site),
    createdAt: change.at,
  }));
}

/**
 * Independent reads sent together (one round trip), answered as if read one after the other: when several
 * fail, the error of the first in the list is thrown, so a refusal does not depend on which answer came first.
 */
export async function readTogether<T extends readonly unknown[]>(reads: {
  readonly [K in keyof T]: Promise<T[K]>;
}): Promise<T> {
  const settled = await Promise.allSettled(reads);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
