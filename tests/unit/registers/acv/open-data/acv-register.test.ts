import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { applyAcvAction, createNomination } from '../../../../../src/registers/acv/domain/acv-lifecycle';
import type { AcvAction } from '../../../../../src/registers/acv/domain/acv-action';
import type { AcvEntry } from '../../../../../src/registers/acv/domain/acv-records';
import {
  ACV_FIELDS,
  toAcvCsv,
  toAcvGeoJson,
  toAcvRecord,
} from '../../../../../src/registers/acv/open-data/acv-register';

const CHELTENHAM = 'E07000078';
const SOCIETY = {
  organisationId: 'org-society',
  name: 'Pub Society',
  kind: 'COMMUNITY_BENEFIT_SOCIETY',
} as const;
const FORUM = { organisationId: null, name: 'Pittville Forum', kind: null } as const;

function nominated(site: Partial<AcvEntry['site']> = {}): AcvEntry {
  return createNomination(
    {
      id: 'entry-1',
      councilCode: CHELTENHAM,
      buildingId: null,
      site: {
        name: 'The "Arms", Pittville',
        description: 'A pub with a garden',
        boundaryDescription: 'The pub and garden',
        address: {
          lines: ['1 Albert Road'],
          postTown: 'Cheltenham',
          postcode: 'GL52 3JE',
          postcodeIsPartial: false,
        },
        location: { latitude: 51.9112, longitude: -2.0611 },
        ...site,
      },
      nominator: { organisationId: 'org-friends', name: 'Friends of the Arms', kind: 'CHARITY' },
      nominatedBy: 'user-nominator',
      nominatedOn: '2027-01-04',
      communityValueReasons: 'The last pub',
      occupiersKnown: 'The landlord, Jo Bloggs, lives above',
      interests: [{ kind: 'OCCUPIER', name: 'Jo Bloggs', address: 'Flat above the Arms' }],
      eligibilityEvidence: 'Charity 1123456, see the trustees minutes',
      eligibility: [],
      owner: { organisationId: 'org-owner', name: 'Taverns Ltd', kind: 'BUSINESS' },
    },
    '2027-01-04',
    '2027-01-04T12:00:00.000Z',
  ).entry;
}

const run = (entry: AcvEntry, today: string, ...actions: AcvAction[]): AcvEntry =>
  actions.reduce((current, action) => applyAcvAction(current, action, today).entry, entry);

const decide = (outcome: 'LISTED' | 'UNSUCCESSFUL', reasons: string | null): AcvAction => ({
  type: 'decideNomination',
  outcome,
  decidedOn: '2027-02-10',
  reasons,
  unsuccessfulGround: outcome === 'UNSUCCESSFUL' ? 'RESIDENCE' : null,
  decidedBy: 'officer-1',
  listingExpiryConvention: 'STATUTE',
});
const notice = (receivedOn: string, exemptCategory: 'GIFT' | null = null): AcvAction => ({
  type: 'recordDisposalNotice',
  receivedOn,
  exemptCategory,
  details: 'Sale by auction',
});

describe('the ACV open-data record', () => {
  it('maps a listing with its timetable to the planning.data.gov.uk fields', () => {
    const entry = run(nominated(), '2027-02-10', decide('LISTED', 'Furthers social wellbeing'));

    expect(toAcvRecord(entry, CHELTENHAM)).toEqual({
      reference: 'entry-1',
      name: 'The "Arms", Pittville',
      'address-text': '1 Albert Road, Cheltenham, GL52 3JE',
      description: 'A pub with a garden',
      point: 'POINT(-2.0611 51.9112)',
      geometry: '',
      organisation: CHELTENHAM,
      'nomination-date': '2027-01-04',
      'nominating-group': 'Friends of the Arms',
      decision: 'LISTED',
      'decision-date': '2027-02-10',
      'expiry-date': '2032-02-09',
      'notification-to-sell-date': '',
      'interested-group': '',
      'protected-period-start-date': '',
      notes: 'Furthers social wellbeing',
      'entry-date': '2027-02-10',
      // "the date the asset was nominated" (the specification), not the listing's.
      'start-date': '2027-01-04',
      'end-date': '',
    });
  });

  it('takes the sale dates and bidders from the latest relevant notice, not an exempt one', () => {
    const entry = run(
      nominated(),
      '2029-12-05',
      decide('LISTED', null),
      notice('2028-03-01'),
      { type: 'requestToBid', requestedOn: '2028-03-20', bidder: FORUM },
      notice('2029-10-01'),
      { type: 'requestToBid', requestedOn: '2029-10-10', bidder: SOCIETY },
      { type: 'requestToBid', requestedOn: '2029-10-12', bidder: FORUM },
      notice('2029-12-01', 'GIFT'),
    );

    expect(toAcvRecord(entry, CHELTENHAM)).toMatchObject({
      'notification-to-sell-date': '2029-10-01',
      'protected-period-start-date': '2029-10-01',
      'interested-group': 'Pub Society; Pittville Forum',
    });
  });

  it('gives the removal date as end-date and its reason in the notes', () => {
    const entry = run(nominated(), '2027-05-01', decide('LISTED', 'Listed'), {
      type: 'removeListing',
      removedOn: '2027-05-01',
      reason: 'REVIEW',
      details: 'Upheld on review: no longer a pub',
    });

    expect(toAcvRecord(entry, CHELTENHAM)).toMatchObject({
      'end-date': '2027-05-01',
      notes: 'Listed\nRemoved (REVIEW): Upheld on review: no longer a pub',
    });
  });

  it('gives an unsuccessful nomination its reasons and ground, and no listing dates', () => {
    const entry = run(
      nominated({ address: null, location: null }),
      '2027-02-10',
      decide('UNSUCCESSFUL', 'A house'),
    );

    expect(toAcvRecord(entry, CHELTENHAM)).toMatchObject({
      decision: 'UNSUCCESSFUL',
      'decision-date': '2027-02-10',
      'expiry-date': '',
      'start-date': '2027-01-04',
      'entry-date': '2027-02-10',
      'address-text': '',
      point: '',
      notes: 'A house\nGround: a residence (Schedule 1 para 1).',
    });
  });
});

describe('the ACV CSV and GeoJSON', () => {
  const entry = run(nominated(), '2027-02-10', decide('LISTED', 'Reasons, with "quotes"\nand a second line'));
  const dataset = { gssCode: CHELTENHAM, councilName: 'Cheltenham Borough Council', entries: [entry] };

  it('writes RFC 4180 CSV that reads back to the same fields, with a byte-order mark', () => {
    const csv = toAcvCsv(dataset);
    const rows = parse<Record<string, string>>(csv, { bom: true, columns: true });

    expect(csv.startsWith('\ufeffreference,name,address-text,')).toBe(true);
    expect(csv).toContain('"The ""Arms"", Pittville"');
    expect(Object.keys(rows[0] ?? {})).toEqual([...ACV_FIELDS]);
    expect(rows).toEqual([toAcvRecord(entry, CHELTENHAM)]);
  });

  it('publishes none of the private fields', () => {
    const files = toAcvCsv(dataset) + toAcvGeoJson(dataset);

    for (const secret of [
      'Jo Bloggs',
      'Flat above',
      'trustees minutes',
      'user-nominator',
      'officer-1',
      'Taverns',
    ])
      expect(files).not.toContain(secret);
  });

  it('writes GeoJSON points in [longitude, latitude] with the same fields as properties', () => {
    const geojson = JSON.parse(toAcvGeoJson(dataset)) as {
      type: string;
      features: { id: string; geometry: unknown; properties: unknown }[];
    };

    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toEqual([
      {
        type: 'Feature',
        id: 'entry-1',
        geometry: { type: 'Point', coordinates: [-2.0611, 51.9112] },
        properties: toAcvRecord(entry, CHELTENHAM),
      },
    ]);
  });
});

describe('the site boundary in the open data (planning.data `geometry`)', () => {
  const boundary =
    'POLYGON ((-2.0615 51.911, -2.0607 51.911, -2.0607 51.9115, -2.0615 51.9115, -2.0615 51.911))';
  const entry = run(nominated({ boundary }), '2027-02-10', decide('LISTED', 'Reasons'));
  const dataset = { gssCode: CHELTENHAM, councilName: 'Cheltenham Borough Council', entries: [entry] };

  it('writes it as WKT in the CSV geometry column, beside the point', () => {
    const rows = parse<Record<string, string>>(toAcvCsv(dataset), { bom: true, columns: true });

    expect(rows[0]?.['geometry']).toBe(boundary);
    expect(rows[0]?.['point']).toBe('POINT(-2.0611 51.9112)');
  });

  it('makes it the GeoJSON feature geometry, rings in [longitude, latitude]', () => {
    const geojson = JSON.parse(toAcvGeoJson(dataset)) as { features: { geometry: unknown }[] };

    expect(geojson.features[0]?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [-2.0615, 51.911],
          [-2.0607, 51.911],
          [-2.0607, 51.9115],
          [-2.0615, 51.9115],
          [-2.0615, 51.911],
        ],
      ],
    });
  });
});
