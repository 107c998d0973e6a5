/**
 * The co-location register's keys: where offers, needs and expressions of interest are stored, and one
 * builder per access pattern (the index and partition a list is read from). docs/data-model.md, "Co-location",
 * gives the item layout.
 */
import { INDEX } from '../../../kernel/store/access-pattern';
import type { AccessPattern } from '../../../kernel/store/access-pattern';
import type { ItemKey } from '../../../kernel/store/keys';

export const spaceOfferKey = (id: string): ItemKey => ({ pk: `OFFER#${id}`, sk: 'OFFER' });

/** A pointer to an offer in its building's partition: a building's offers, oldest first, in one Query. */
export const buildingOfferEntryKey = (buildingId: string, createdAt: string, offerId: string): ItemKey => ({
  pk: `BLDG#${buildingId}`,
  sk: `${BUILDING_OFFER_PREFIX}${createdAt}#${offerId}`,
});
export const BUILDING_OFFER_PREFIX = 'OFFER#';
export const buildingOffersPartition = (buildingId: string): string => `BLDG#${buildingId}`;

/** Offers by council area and by offering organisation, sorted by stored status then age. */
export function spaceOfferIndexKeys(offer: {
  id: string;
  organisationId: string;
  councilCode: string;
  status: string;
  createdAt: string;
}): { gsi1pk: string; gsi1sk: string; gsi2pk: string; gsi2sk: string } {
  const sortKey = `${offer.status}#${offer.createdAt}#${offer.id}`;
  return {
    gsi1pk: councilOffersPartition(offer.councilCode),
    gsi1sk: sortKey,
    gsi2pk: organisationOffersPartition(offer.organisationId),
    gsi2sk: sortKey,
  };
}
/**
 * Live offers with a last day (OPEN or UNDER_OFFER), by council and last day, on index gsi3 (the buildings'
 * category index, whose partitions are `AREA#<gss>#BLDG`-like, so these never meet): the daily reminders read
 * the offers ending within a week as one key range. Other offers carry no such keys, so they drop out.
 */
export function offerEndIndexKeys(offer: {
  id: string;
  councilCode: string;
  status: string;
  untilDate: string | null;
}): { gsi3pk?: string; gsi3sk?: string } {
  if (offer.untilDate === null || (offer.status !== 'OPEN' && offer.status !== 'UNDER_OFFER')) return {};
  return {
    gsi3pk: councilOffersEndingPartition(offer.councilCode),
    gsi3sk: `${offer.untilDate}#${offer.id}`,
  };
}
export const councilOffersEndingPartition = (councilCode: string): string => `AREA#${councilCode}#OFFEREND`;

/** A council's live offers by their last day (offerEndIndexKeys). */
export const offersEndingInCouncil = (councilCode: string): AccessPattern => ({
  indexName: INDEX.byCouncilCategory,
  partition: councilOffersEndingPartition(councilCode),
});
export const councilOffersPartition = (councilCode: string): string => `AREA#${councilCode}#OFFER`;
export const organisationOffersPartition = (organisationId: string): string => `ORG#${organisationId}#OFFER`;
export const offerStatusPrefix = (status: string | null): string | null => (status ? `${status}#` : null);

export type GeoItemKind = 'OFFER' | 'NEED';

export const spaceNeedKey = (id: string): ItemKey => ({ pk: `NEED#${id}`, sk: 'NEED' });

/** An organisation's needs, newest first; and open needs by council area (those that name an area). */
export function spaceNeedIndexKeys(need: {
  id: string;
  organisationId: string;
  createdAt: string;
  councilCode: string | null;
  open: boolean;
}): { gsi1pk: string; gsi1sk: string; gsi2pk?: string; gsi2sk?: string } {
  const sortKey = `${need.createdAt}#${need.id}`;
  return {
    gsi1pk: organisationNeedsPartition(need.organisationId),
    gsi1sk: sortKey,
    ...(need.open && need.councilCode
      ? { gsi2pk: councilNeedsPartition(need.councilCode), gsi2sk: sortKey }
      : {}),
  };
}
export const organisationNeedsPartition = (organisationId: string): string => `ORG#${organisationId}#NEED`;
export const councilNeedsPartition = (councilCode: string): string => `AREA#${councilCode}#NEED`;

export const spaceInterestKey = (id: string): ItemKey => ({ pk: `INTEREST#${id}`, sk: 'INTEREST' });

/**
 * Interests sent by an organisation (newest last) and received by the offering organisation, grouped by
 * offer (offers oldest first), so one offer's interests are a key prefix of the offering organisation's.
 */
export function spaceInterestIndexKeys(interest: {
  id: string;
  organisationId: string;
  offeringOrganisationId: string;
  offerId: string;
  offerCreatedAt: string;
  createdAt: string;
}): { gsi1pk: string; gsi1sk: string; gsi2pk: string; gsi2sk: string } {
  return {
    gsi1pk: sentInterestsPartition(interest.organisationId),
    gsi1sk: `${interest.createdAt}#${interest.id}`,
    gsi2pk: receivedInterestsPartition(interest.offeringOrganisationId),
    gsi2sk: `${offerInterestsPrefix(interest.offerCreatedAt, interest.offerId)}${interest.createdAt}#${interest.id}`,
  };
}
/** Held while an organisation has an open interest in an offer: one open interest per organisation and offer. */
export const openInterestClaimKey = (offerId: string, organisationId: string): ItemKey => ({
  pk: `OFFER#${offerId}`,
  sk: `INTERESTED#${organisationId}`,
});
export const sentInterestsPartition = (organisationId: string): string =>
  `ORG#${organisationId}#INTEREST_SENT`;
export const receivedInterestsPartition = (organisationId: string): string =>
  `ORG#${organisationId}#INTEREST_RECEIVED`;
export const offerInterestsPrefix = (offerCreatedAt: string, offerId: string): string =>
  `${offerCreatedAt}#${offerId}#`;

// --- Access patterns: one per list -----------------------------------------------------------------------

/** A building's offers (their entries in its partition), oldest first. */
export const offersOfBuilding = (buildingId: string): AccessPattern => ({
  indexName: INDEX.table,
  partition: buildingOffersPartition(buildingId),
  sortPrefix: BUILDING_OFFER_PREFIX,
});

/** A council area's offers, with one stored status or all. */
export const offersOfCouncil = (councilCode: string, status: string | null): AccessPattern => ({
  indexName: INDEX.byAreaOrPerson,
  partition: councilOffersPartition(councilCode),
  sortPrefix: offerStatusPrefix(status),
});

/** An organisation's offers, with one stored status or all. */
export const offersOfOrganisation = (organisationId: string, status: string | null): AccessPattern => ({
  indexName: INDEX.byOwnerOrName,
  partition: organisationOffersPartition(organisationId),
  sortPrefix: offerStatusPrefix(status),
});

/** An organisation's needs. */
export const needsOfOrganisation = (organisationId: string): AccessPattern => ({
  indexName: INDEX.byAreaOrPerson,
  partition: organisationNeedsPartition(organisationId),
});

/** The OPEN needs that name a council area. */
export const openNeedsOfCouncil = (councilCode: string): AccessPattern => ({
  indexName: INDEX.byOwnerOrName,
  partition: councilNeedsPartition(councilCode),
});

/** The interests an organisation expressed. */
export const interestsSentBy = (organisationId: string): AccessPattern => ({
  indexName: INDEX.byAreaOrPerson,
  partition: sentInterestsPartition(organisationId),
});

/** The interests expressed in an organisation's offers, by offer. */
export const interestsReceivedBy = (organisationId: string): AccessPattern => ({
  indexName: INDEX.byOwnerOrName,
  partition: receivedInterestsPartition(organisationId),
});

/** The interests expressed in one offer (a key prefix of its organisation's received interests). */
export const interestsInOffer = (offer: {
  organisationId: string;
  createdAt: string;
  id: string;
}): AccessPattern => ({
  ...interestsReceivedBy(offer.organisationId),
  sortPrefix: offerInterestsPrefix(offer.createdAt, offer.id),
});
