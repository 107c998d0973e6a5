/** Offers follow their building: the writes a building change carries for its offers (wired by the app). */
import type { ChangeContext } from '../../../kernel/domain/ports';
import type { Building } from '../../../kernel/domain/records';
import { toRecord } from '../../../kernel/store/items';
import type { GuardedWrite, Table } from '../../../kernel/store/table';
import type { BuildingChangeHook } from '../../buildings/store/building-store';
import { closeOpenInterests } from '../domain/colocation-changes';
import type { SpaceInterest } from '../domain/space-interest';
import { buildingChangeReachesOffers, followBuilding } from '../domain/space-offer';
import type { SpaceOffer } from '../domain/space-offer';
import { interestsInOffer, offersOfBuilding, spaceOfferKey } from './colocation-keys';
import { changeWrites, offerFeedChanges } from './colocation-writes';
import { ConflictError } from '../../../kernel/domain/errors';

/**
 * The building hook of co-location (wired by the app): an offer is shown to whoever may see its building,
 * found where it is and closed when it ends, so a change that reaches the offers changes them with it.
 */
export function offersFollowBuilding(table: Table): BuildingChangeHook {
  return async (before, after, change) =>
    buildingChangeReachesOffers(before, after)
      ? offerFollowWrites(table, before, after, change)
      : { first: [], later: [] };
}

/**
 * An offer of space shows its building from a copy (space-offer.ts buildingSnapshot): who may see it follows
 * the copy's visibility, the distance search its location, the area list its council. When a change of a
 * building reaches its offers (buildingChangeReachesOffers), the building store puts these writes in its own
 * transaction. One strongly consistent Query of the building's partition finds the offers (their entries
 * there) and one strongly consistent BatchGetItem reads them (the changes feed carries each offer changed).
 * A change of visibility alone updates each offer's copy of it at the version read (history too: it decides
 * who sees the record). A change of location, council, owner or state rewrites each live one (its version condition and an audit event): the copy and the
 * geohash and area index keys refreshed, or the offer WITHDRAWN with the reason when the building was
 * archived, disposed of or changed owner (space-offer.ts followBuilding). A withdrawn offer's open interests
 * (one Query each) are CLOSED with the reason, so the interested organisations see why.
 *
 * `first` must go in the building's own transaction (what decides who sees an offer and where it is found);
 * `later` (the interests' closures and the history's visibility copies) are whole groups of writes that go in
 * it while they fit, and in further transactions after it otherwise.
 */
export async function offerFollowWrites(
  table: Table,
  before: Building,
  after: Building,
  change: ChangeContext,
): Promise<{ first: GuardedWrite[]; later: GuardedWrite[][] }> {
  const entries = await table.queryAll({ ...offersOfBuilding(after.id), consistent: true });
  const ids = entries.flatMap((entry) => (typeof entry['offerId'] === 'string' ? [entry['offerId']] : []));
  if (ids.length === 0) return { first: [], later: [] };
  const items = await table.batchGet(ids.map(spaceOfferKey), { consistent: true });
  const offers = items.map((item) => toRecord<SpaceOffer>(item));
  // The copy of the visibility, at the version read: the feed entry carries the offer as read, so an offer
  // changed in between must cancel it (CONFLICT: try again) rather than be reported as it was.
  const visibilityCopy = (offer: SpaceOffer): GuardedWrite => ({
    write: {
      Update: {
        TableName: table.tableName,
        Key: spaceOfferKey(offer.id),
        UpdateExpression: 'SET #building.#visibility = :visibility',
        ConditionExpression: 'version = :version',
        ExpressionAttributeNames: { '#building': 'building', '#visibility': 'visibility' },
        ExpressionAttributeValues: { ':visibility': after.visibility, ':version': offer.version },
      },
    },
    onConditionFailed: () =>
      new ConflictError(`Space offer ${offer.id} changed while its building was being saved; try again`),
    feed: offerFeedChanges(
      offer,
      { ...offer, building: { ...offer.building, visibility: after.visibility } },
      change.at,
    ),
  });
  const onlyVisibility =
    before.visibility !== after.visibility &&
    !buildingChangeReachesOffers({ ...before, visibility: after.visibility }, after);
  // Each copy goes in the building's transaction while it fits (the rest after it), as before: a building with
  // years of offers can still change its visibility.
  if (onlyVisibility) return { first: [], later: offers.map((offer) => [visibilityCopy(offer)]) };

  const first: GuardedWrite[] = [];
  const later: GuardedWrite[][] = [];
  for (const offer of offers) {
    const followed = followBuilding(offer, before, after);
    if (!followed) {
      if (offer.building.visibility !== after.visibility) later.push([visibilityCopy(offer)]);
      continue;
    }
    const next = { ...followed.offer, updatedAt: change.at, version: offer.version + 1 };
    first.push(
      ...changeWrites(
        table.tableName,
        { kind: 'SPACE_OFFER', before: offer, after: next, action: followed.action },
        change,
      ),
    );
    if (followed.reason) {
      const reason = `${followed.reason}; the offer is withdrawn`;
      const closures = closeOpenInterests(await queryOpenInterests(table, offer), null, reason, change);
      for (const closure of closures) later.push(changeWrites(table.tableName, closure, change));
    }
  }
  return { first, later };
}

/** An offer's PENDING and ACCEPTED interests (the received-interests index: eventually consistent). */
export async function queryOpenInterests(table: Table, offer: SpaceOffer): Promise<SpaceInterest[]> {
  const items = await table.queryAll({
    ...interestsInOffer(offer),
    filter: {
      expression: '#status IN (:pending, :accepted)',
      names: { '#status': 'status' },
      values: { ':pending': 'PENDING', ':accepted': 'ACCEPTED' },
    },
  });
  return items.map((item) => toRecord<SpaceInterest>(item));
}
