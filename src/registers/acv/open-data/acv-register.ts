import { acvDates, moratoriaOf } from '../domain/acv-state';
import type { AcvEntry } from '../domain/acv-records';
import { addressTextOf } from '../domain/acv-register-import';
import { parseBoundary } from '../domain/site-boundary';
import type { BoundaryGeometry } from '../domain/site-boundary';
import { toCsvFile } from '../../../kernel/open-data/csv-file';

/**
 * A council's list of assets of community value (and its list of unsuccessful nominations) in the
 * planning.data.gov.uk `asset-of-community-value` fields, as CSV and GeoJSON. Pure: the handler reads the
 * entries from the store's public list queries and hands them here.
 *
 * Only what the public lists already show is published: no occupiers, no freeholders or leaseholders, no
 * eligibility evidence, no compensation claims, notices or history, no user ids.
 *
 * What each field is made of:
 * - reference: the entry's id (stable: re-publishing never renumbers); for an entry imported from the
 *   council's own register (`importAcvEntries`), the reference that register gave it.
 * - name, description: the site's name and description as nominated.
 * - address-text: the site's address lines, post town and postcode, joined with ", ".
 * - point: the site's location as WKT `POINT(longitude latitude)` in WGS84; empty when none was given.
 * - geometry: the site's proposed boundary as WKT `POLYGON` or `MULTIPOLYGON` in WGS84 (site-boundary.ts);
 *   empty when the nomination gave none. In the GeoJSON it is the feature's geometry, else the point.
 *   (The site's ward, parish and UPRN are not planning.data fields, so they are not published here.)
 * - organisation: the council's GSS code (the list it is on).
 * - nomination-date: nominatedOn (the day the council received the nomination).
 * - nominating-group: the nominating body's name.
 * - decision: the decision's outcome, LISTED or UNSUCCESSFUL.
 * - decision-date: the decision's decidedOn.
 * - expiry-date: listingExpiresOn from the timetable (5 years, by the council's convention); empty when
 *   unsuccessful.
 * - notification-to-sell-date: the latest moratorium's noticeReceivedOn (relevant notices of intended
 *   disposal only: exempt disposals start no moratorium).
 * - interested-group: the names of the community interest groups that asked to bid in that moratorium,
 *   joined with "; ".
 * - protected-period-start-date: the same notice's receivedOn: the 18-month protected period begins on the
 *   day the notice is received (s.95(6)).
 * - notes: the decision's written reasons (for an unsuccessful nomination, why it was refused, with the
 *   statutory ground); then the removal's reason and details when it has been removed.
 * - entry-date: the decision date (the day the entry was made in the list, or refused).
 * - start-date: nominatedOn, as the specification defines it ("the date the asset was nominated"), listed or
 *   not; the same as nomination-date.
 * - end-date: the removal date (removedOn); empty while it stays listed.
 */
export const ACV_FIELDS = [
  'reference',
  'name',
  'address-text',
  'description',
  'point',
  'geometry',
  'organisation',
  'nomination-date',
  'nominating-group',
  'decision',
  'decision-date',
  'expiry-date',
  'notification-to-sell-date',
  'interested-group',
  'protected-period-start-date',
  'notes',
  'entry-date',
  'start-date',
  'end-date',
] as const;
export type AcvField = (typeof ACV_FIELDS)[number];
export type AcvOpenDataRecord = Readonly<Record<AcvField, string>>;

/** The entries of one council's published list. */
export interface AcvDataset {
  readonly gssCode: string;
  readonly councilName: string;
  readonly entries: readonly AcvEntry[];
}

const UNSUCCESSFUL_GROUND_TEXT: Readonly<Record<string, string>> = {
  NOT_OF_COMMUNITY_VALUE: 'not of community value',
  RESIDENCE: 'a residence (Schedule 1 para 1)',
  CARAVAN_SITE: 'a caravan site (Schedule 1 para 3)',
  OPERATIONAL_LAND: 'operational land of a statutory undertaker (Schedule 1 para 4)',
  NOMINATION_INCOMPLETE: 'the nomination was incomplete',
  OTHER: 'other',
};

export function toAcvRecord(entry: AcvEntry, gssCode: string): AcvOpenDataRecord {
  const decision = entry.decision;
  const site = entry.site;
  const address = addressTextOf(site.address);
  const latest = moratoriaOf(entry).at(-1) ?? null;
  const notes = [
    decision?.reasons ?? '',
    decision?.unsuccessfulGround ? `Ground: ${UNSUCCESSFUL_GROUND_TEXT[decision.unsuccessfulGround]}.` : '',
    entry.removal ? `Removed (${entry.removal.reason}): ${entry.removal.details}` : '',
  ].filter((part) => part !== '');
  return {
    reference: entry.registerReference ?? entry.id,
    name: site.name,
    'address-text': address,
    description: site.description ?? '',
    point: site.location ? `POINT(${site.location.longitude} ${site.location.latitude})` : '',
    geometry: site.boundary ?? '',
    organisation: gssCode,
    'nomination-date': entry.nominatedOn,
    'nominating-group': entry.nominator.name,
    decision: decision?.outcome ?? '',
    'decision-date': decision?.decidedOn ?? '',
    'expiry-date': acvDates(entry).listingExpiresOn ?? '',
    'notification-to-sell-date': latest?.noticeReceivedOn ?? '',
    'interested-group': latest ? latest.bidRequests.map((request) => request.bidder.name).join('; ') : '',
    'protected-period-start-date': latest?.noticeReceivedOn ?? '',
    notes: notes.join('\n'),
    'entry-date': decision?.decidedOn ?? '',
    'start-date': entry.nominatedOn,
    'end-date': entry.removal?.removedOn ?? '',
  };
}

export function toAcvCsv(dataset: AcvDataset): string {
  const rows = dataset.entries.map((entry) => {
    const record = toAcvRecord(entry, dataset.gssCode);
    return ACV_FIELDS.map((field) => record[field]);
  });
  return toCsvFile(ACV_FIELDS, rows);
}

/** The feature's geometry: the boundary when the nomination gave one, else the point, else none. */
function geometryOf(
  site: AcvEntry['site'],
): BoundaryGeometry | { type: 'Point'; coordinates: number[] } | null {
  if (site.boundary) {
    const boundary = parseBoundary(site.boundary);
    if (typeof boundary !== 'string') return boundary;
  }
  return site.location
    ? { type: 'Point', coordinates: [site.location.longitude, site.location.latitude] }
    : null;
}

/** The same records as a GeoJSON FeatureCollection (RFC 7946), the fields as properties. */
export function toAcvGeoJson(dataset: AcvDataset): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    name: `${dataset.councilName} (${dataset.gssCode}): assets of community value`,
    features: dataset.entries.map((entry) => ({
      type: 'Feature',
      id: entry.id,
      geometry: geometryOf(entry.site),
      properties: toAcvRecord(entry, dataset.gssCode),
    })),
  });
}
