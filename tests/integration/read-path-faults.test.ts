import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { buildSchema, getNamedType, isLeafType, isListType, isNonNullType, isObjectType } from 'graphql';
import type { GraphQLField, GraphQLOutputType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../src/kernel/graphql/generated/type-defs';
import { createHttpApiHandler } from '../../src/lambda/lambda-handler';
import type { HttpApiHandler } from '../../src/lambda/lambda-handler';
import { NOMINATE } from '../support/acv-fixtures';
import { offerInput, offerSpace } from '../support/colocation-fixtures';
import { ADD_MEMBER, CHELTENHAM, createBuilding, createCharity, createCouncil } from '../support/fixtures';
import { injectDynamoFaults } from '../support/fault-injection';
import { createListing, listingInput, requestItems } from '../support/surplus-fixtures';
import type { FaultInjection } from '../support/fault-injection';
import { httpApiEvent } from '../support/http-api-event';
import { lambdaContext } from '../support/lambda-context';
import { PLATFORM_ADMIN, createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

/**
 * Every read path of the schema, throttled, answers SERVICE_UNAVAILABLE with HTTP 503 and Retry-After
 * through the Lambda handler, never INTERNAL_SERVER_ERROR. The paths come from the schema itself: every root
 * query field, and every list field of the record types (read through the root query that loads the
 * record), so a field added without a case here fails the coverage test. Each path is run once as is (it must
 * answer without error, which proves it reads what it should), then once per DynamoDB request it sent, with
 * that request alone throttled (every SDK retry of it too): the nested list's own read as much as its
 * parent's.
 */

const schema = buildSchema(typeDefs);
const caller = { userId: PLATFORM_ADMIN };

interface World {
  readonly hubId: string;
  readonly groupId: string;
  readonly buildingId: string;
  readonly uprn: string;
  readonly offerId: string;
  readonly needId: string;
  readonly interestId: string;
  readonly entryId: string;
  readonly listingId: string;
  readonly surplusRequestId: string;
}

const isList = (type: GraphQLOutputType): boolean =>
  isNonNullType(type) ? isList(type.ofType) : isListType(type);

/** What to select under a field of `type` so that its resolver runs and returns something. */
function selectionFor(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (named.name.endsWith('Connection')) return ' { edges { node { __typename } } }';
  return ' { __typename }';
}

/** The arguments of each root query field, for the world below. */
const ROOT_ARGUMENTS: Record<string, (w: World) => string> = {
  acvNominations: (w) => `organisationId: "${w.groupId}"`,
  acvOutbox: () => `councilCode: "${CHELTENHAM}"`,
  changes: () => `councilCode: "${CHELTENHAM}"`,
  changesHead: () => `councilCode: "${CHELTENHAM}"`,
  acvSettings: () => `councilCode: "${CHELTENHAM}"`,
  acvToday: () => '',
  acvWorkQueue: () => `councilCode: "${CHELTENHAM}"`,
  assetOfCommunityValue: (w) => `id: "${w.entryId}"`,
  assetsOfCommunityValue: () => `councilCode: "${CHELTENHAM}"`,
  building: (w) => `id: "${w.buildingId}"`,
  buildingByUprn: (w) => `uprn: "${w.uprn}"`,
  buildingsByCouncil: () => `councilCode: "${CHELTENHAM}"`,
  buildingsByOwner: (w) => `organisationId: "${w.hubId}"`,
  councilByGssCode: () => `gssCode: "${CHELTENHAM}"`,
  interestsReceived: (w) => `organisationId: "${w.hubId}"`,
  interestsSent: (w) => `organisationId: "${w.groupId}"`,
  matchesForNeed: (w) => `needId: "${w.needId}"`,
  matchesForOffer: (w) => `offerId: "${w.offerId}"`,
  me: () => '',
  myNotificationSettings: () => '',
  organisation: (w) => `id: "${w.hubId}"`,
  organisationsByCouncilArea: () => `councilCode: "${CHELTENHAM}"`,
  organisationsByName: () => 'prefix: "Faulty"',
  organisationNotificationSettings: (w) => `organisationId: "${w.hubId}"`,
  spaceInterest: (w) => `id: "${w.interestId}"`,
  spaceMatch: (w) => `needId: "${w.needId}", offerId: "${w.offerId}"`,
  spaceNeed: (w) => `id: "${w.needId}"`,
  spaceNeedsByOrganisation: (w) => `organisationId: "${w.groupId}"`,
  spaceOffer: (w) => `id: "${w.offerId}"`,
  spaceOffersByBuilding: (w) => `buildingId: "${w.buildingId}"`,
  spaceOffersByCouncil: () => `councilCode: "${CHELTENHAM}"`,
  spaceOffersByOrganisation: (w) => `organisationId: "${w.hubId}"`,
  spaceOffersNear: () => 'latitude: 51.8994, longitude: -2.0783, radiusKm: 10',
  spaceOffersNearBuilding: (w) => `buildingId: "${w.buildingId}", radiusKm: 10`,
  spaceOffersNearPostcode: () => 'postcode: "GL50 1AA", radiusKm: 10',
  surplusImpactByCouncil: () => `councilCode: "${CHELTENHAM}"`,
  surplusImpactByOrganisation: (w) => `organisationId: "${w.groupId}"`,
  surplusListing: (w) => `id: "${w.listingId}"`,
  surplusListingsByBuilding: (w) => `buildingId: "${w.buildingId}"`,
  surplusListingsByCouncil: () => `councilCode: "${CHELTENHAM}"`,
  surplusListingsNear: () => 'latitude: 51.8994, longitude: -2.0783, radiusKm: 10',
  surplusListingsNearBuilding: (w) => `buildingId: "${w.buildingId}", radiusKm: 10`,
  surplusListingsNearPostcode: () => 'postcode: "GL50 1AA", radiusKm: 10',
  surplusRequest: (w) => `id: "${w.surplusRequestId}"`,
  surplusRequestsByOrganisation: (w) => `organisationId: "${w.groupId}"`,
  surplusSettings: () => `councilCode: "${CHELTENHAM}"`,
  webhookEndpoints: (w) => `organisationId: "${w.hubId}"`,
  unsuccessfulNominations: () => `councilCode: "${CHELTENHAM}"`,
};

/** Root fields that read nothing (computed from the clock alone). */
const READS_NOTHING = new Set(['acvToday']);

/** How to load one record of each type whose list fields are read paths: a root query around `SEL`. */
const REACH: Record<string, (w: World) => string> = {
  AcvEntry: (w) => `assetOfCommunityValue(id: "${w.entryId}") { SEL }`,
  // The nomination's notices, each with its own read of how it was delivered.
  AcvNotice: () => `acvOutbox(councilCode: "${CHELTENHAM}") { edges { node { SEL } } }`,
  Building: (w) => `building(id: "${w.buildingId}") { SEL }`,
  Me: () => 'me { SEL }',
  Organisation: (w) => `organisation(id: "${w.hubId}") { SEL }`,
  SpaceInterest: (w) => `spaceInterest(id: "${w.interestId}") { SEL }`,
  SpaceNeed: (w) => `spaceNeed(id: "${w.needId}") { SEL }`,
  SpaceOffer: (w) => `spaceOffer(id: "${w.offerId}") { SEL }`,
  SurplusListing: (w) => `surplusListing(id: "${w.listingId}") { SEL }`,
  SurplusRequest: (w) => `surplusRequest(id: "${w.surplusRequestId}") { SEL }`,
};

/**
 * List fields of types not in REACH, with why they need no case of their own: a connection's edges are read
 * by the root field's case; the rest are parts of a record already read (or mutation results).
 */
const COVERED_OTHERWISE = new Set([
  'AcvDecision.exceptionsNotApplying',
  'AcvMoratorium.bidRequests',
  'AcvImportRowResult.problems',
  'AcvImportRowResult.warnings',
  'AuditEvent.changes',
  'ImportAcvEntriesResult.rows',
  'ImportAssetsResult.rows',
  'ImportRowResult.problems',
  'ImportRowResult.warnings',
  'MyNotificationSettings.choices',
  'OrganisationNotificationSettings.rules',
  'SpaceAvailability.slots',
  'SpaceMatch.criteria',
  'SurplusImpact.byCategory',
  // A mutation's answer (requestSurplusPhotoUpload): the form's fields, made in memory, no read.
  'SurplusPhotoUpload.fields',
  // The conversion factors behind the estimates: a constant table, no read.
  'SurplusImpact.factors',
  // A mutation's answer (listBuildingSurplus): the listings it has just written, no read.
  'ListBuildingSurplusPayload.listings',
]);

interface ReadPath {
  readonly name: string;
  readonly query: (w: World) => string;
}

function rootPaths(): ReadPath[] {
  const fields = Object.values(schema.getQueryType()?.getFields() ?? {});
  return fields.map((field) => ({
    name: `Query.${field.name}`,
    query: (w: World) => {
      const args = ROOT_ARGUMENTS[field.name]?.(w) ?? '';
      return `{ ${field.name}${args ? `(${args})` : ''}${selectionFor(field.type)} }`;
    },
  }));
}

/** Every list field of an object type that is not a root type or a connection. */
function nestedListFields(): { type: string; field: GraphQLField<unknown, unknown> }[] {
  const found: { type: string; field: GraphQLField<unknown, unknown> }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || ['Query', 'Mutation'].includes(type.name))
      continue;
    if (type.name.endsWith('Connection')) continue;
    for (const field of Object.values(type.getFields())) {
      const listOfObjects = isList(field.type) && !isLeafType(getNamedType(field.type));
      if (listOfObjects || getNamedType(field.type).name.endsWith('Connection'))
        found.push({ type: type.name, field });
    }
  }
  return found;
}

function nestedPaths(): ReadPath[] {
  return nestedListFields()
    .filter(({ type }) => REACH[type])
    .map(({ type, field }) => ({
      name: `${type}.${field.name}`,
      query: (w: World) =>
        `{ ${(REACH[type] ?? (() => ''))(w).replace('SEL', `${field.name}${selectionFor(field.type)}`)} }`,
    }));
}

describe('every read path, throttled', () => {
  let t: TestApp;
  let world: World;
  let faults: FaultInjection;
  let handler: HttpApiHandler;
  let sent = 0;

  async function post(query: string): Promise<APIGatewayProxyStructuredResultV2> {
    sent++;
    const event = httpApiEvent(
      { query },
      { authorization: `Bearer ${t.token(caller)}` },
      `read-path-${sent}`,
    );
    return (await handler(event, lambdaContext(`read-path-${sent}`))) as APIGatewayProxyStructuredResultV2;
  }

  beforeAll(async () => {
    t = await createTestApp();
    faults = injectDynamoFaults(t.table.client, 15);
    handler = createHttpApiHandler(t.app);
    await createCouncil(t, CHELTENHAM, PLATFORM_ADMIN);
    const hub = await createCharity(t, caller, 'Faulty Hub Trust');
    const group = await createCharity(t, caller, 'Faulty Youth Group');
    await t.ok(ADD_MEMBER, { organisationId: hub.id, userId: 'faulty-helper', role: 'VIEWER' }, caller);
    const building = await createBuilding(t, caller, {
      name: 'Faulty Hall',
      ownerOrganisationId: hub.id,
      uprn: '100120000001',
      location: { latitude: 51.8994, longitude: -2.0783 },
    });
    const offer = await offerSpace(t, caller, offerInput(building.id, hub.id));
    const { postSpaceNeed: need } = await t.ok<{ postSpaceNeed: { id: string } }>(
      'mutation ($input: PostSpaceNeedInput!) { postSpaceNeed(input: $input) { id } }',
      {
        input: {
          organisationId: group.id,
          purpose: 'A weekly youth club',
          fromDate: '2026-12-01',
          location: { latitude: 51.9, longitude: -2.07 },
          radiusKm: 10,
        },
      },
      caller,
    );
    const { expressInterest: interest } = await t.ok<{ expressInterest: { id: string } }>(
      'mutation ($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }',
      { input: { offerId: offer.id, organisationId: group.id, message: 'Mondays, please' } },
      caller,
    );
    const { nominateAsset: entry } = await t.ok<{ nominateAsset: { id: string } }>(
      NOMINATE,
      {
        input: {
          nominatorOrganisationId: group.id,
          buildingId: building.id,
          boundaryDescription: 'The hall and its car park',
          communityValueReasons: 'The youth club and the lunch club meet there every week.',
          eligibilityEvidence: 'Registered charity 1234567.',
        },
      },
      caller,
    );
    await t.ok(
      'mutation ($id: ID!) { setOrganisationVerified(id: $id, expectedVersion: 1, verified: true) { id } }',
      { id: group.id },
      caller,
    );
    const listing = await createListing(t, caller, listingInput(building.id, hub.id));
    const surplusRequest = await requestItems(t, caller, {
      listingId: listing.id,
      organisationId: group.id,
      quantity: 4,
      intendedUse: 'Chairs for the youth club',
    });
    world = {
      hubId: hub.id,
      groupId: group.id,
      buildingId: building.id,
      uprn: '100120000001',
      offerId: offer.id,
      needId: need.id,
      interestId: interest.id,
      entryId: entry.id,
      listingId: listing.id,
      surplusRequestId: surplusRequest.id,
    };
  });

  it('has arguments for every root query field and a way to every list field', () => {
    const roots = Object.keys(schema.getQueryType()?.getFields() ?? {}).sort();
    const unreached = nestedListFields()
      .filter(({ type }) => !REACH[type])
      .map(({ type, field }) => `${type}.${field.name}`)
      .sort();

    expect(Object.keys(ROOT_ARGUMENTS).sort()).toEqual(roots);
    expect(unreached).toEqual([...COVERED_OTHERWISE].sort());
  });

  it.each([...rootPaths(), ...nestedPaths()].map((path) => [path.name, path] as const))(
    '%s answers 503 with Retry-After when any of its DynamoDB requests is throttled',
    async (name, path) => {
      const query = path.query(world);
      faults.stop();
      t.requests.length = 0;
      const clean = await post(query);
      expect(clean.statusCode, String(clean.body)).toBe(200);
      expect((JSON.parse(String(clean.body)) as { errors?: unknown }).errors, query).toBeUndefined();
      const requests = t.requests.length;
      if (requests === 0) {
        expect(READS_NOTHING.has(name.replace('Query.', ''))).toBe(true);
        return;
      }

      for (let target = 1; target <= requests; target++) {
        // Numbers each DynamoDB request of the run by its input (an SDK retry sends the same input).
        const numbered = new WeakMap<object, number>();
        let next = 0;
        faults.throttle(1, (_command, input) => {
          const key = input as object;
          if (!numbered.has(key)) numbered.set(key, ++next);
          return numbered.get(key) === target;
        });
        const throttled = await post(query);
        faults.stop();

        const body = JSON.parse(String(throttled.body)) as {
          errors?: { extensions?: { code?: string; retryable?: boolean } }[];
        };
        const codes = (body.errors ?? []).map((error) => error.extensions?.code);
        expect(throttled.statusCode, `${query} with request ${target} of ${requests} throttled`).toBe(503);
        expect(throttled.headers?.['retry-after']).toBe('1');
        expect(codes).toContain('SERVICE_UNAVAILABLE');
        expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      }
    },
  );
});
