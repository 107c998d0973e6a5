import { buildSchema, Kind, OperationTypeNode, parse } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../src/kernel/graphql/generated/type-defs';
import { buildingInput, CHELTENHAM, createBuilding, createCharity } from '../support/fixtures';
import { offerInput } from '../support/colocation-fixtures';
import { createTestApp } from '../support/test-app';
import type { Caller, TestApp } from '../support/test-app';

// One shape of `extensions.field` across the registers (docs/partners.md, "Errors"): the name of the argument
// refused, then the dotted path inside it, list items by their index: `first`, `councilCode`,
// `input.address.postcode`, `input.availability.slots.0.closes`. Representative bad inputs of every register
// are sent through the real server; each answer must name the field written here by hand, in that shape, and
// start with an argument of the field that was called. A value refused while graphql-js reads the variables
// (a Date that is no date) is named the same way, from the variable, here named as its argument.

const FIELD_PATH = /^[a-z][A-Za-z]*(\.([a-z][A-Za-z]*|\d+))*$/;
const schema = buildSchema(typeDefs);
const admin = { userId: 'paths-admin' };

interface Case {
  readonly register: string;
  readonly what: string;
  readonly query: string;
  readonly variables?: (ids: Ids) => Record<string, unknown>;
  readonly caller?: Caller | null;
  readonly field: string;
}

interface Ids {
  readonly charityId: string;
  readonly buildingId: string;
}

const CASES: readonly Case[] = [
  // Organisations.
  {
    register: 'organisations',
    what: 'a page of more than 100',
    query: `query ($first: Int) { organisationsByCouncilArea(councilCode: "${CHELTENHAM}", first: $first) { edges { cursor } } }`,
    variables: () => ({ first: 101 }),
    field: 'first',
  },
  {
    register: 'organisations',
    what: 'a cursor that is not one',
    query: `query { organisationsByCouncilArea(councilCode: "${CHELTENHAM}", after: "nonsense") { edges { cursor } } }`,
    field: 'after',
  },
  {
    register: 'organisations',
    what: 'a GSS code that is not one',
    query: `query { councilByGssCode(gssCode: "X123") { id } }`,
    field: 'gssCode',
  },
  {
    register: 'organisations',
    what: 'an empty name in the input',
    query: `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
    variables: () => ({
      input: { kind: 'CHARITY', name: ' ', charityNumber: '1234567', councilAreas: [CHELTENHAM] },
    }),
    caller: admin,
    field: 'input.name',
  },
  {
    register: 'organisations',
    what: 'a council area that is not a GSS code, by its index',
    query: `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
    variables: () => ({
      input: {
        kind: 'CHARITY',
        name: 'Paths Trust',
        charityNumber: '1234567',
        councilAreas: [CHELTENHAM, 'X1'],
      },
    }),
    caller: admin,
    field: 'input.councilAreas.1',
  },
  // Buildings.
  {
    register: 'buildings',
    what: 'a UPRN with letters',
    query: `query { buildingByUprn(uprn: "12ab") { edges { cursor } } }`,
    field: 'uprn',
  },
  {
    register: 'buildings',
    what: 'a page of none',
    query: `query { buildingsByCouncil(councilCode: "${CHELTENHAM}", first: 0) { edges { cursor } } }`,
    field: 'first',
  },
  {
    register: 'buildings',
    what: 'a postcode that is not one',
    query: `mutation ($input: CreateBuildingInput!) { createBuilding(input: $input) { id } }`,
    variables: ({ charityId }) => ({
      input: buildingInput({
        name: 'Paths Hall',
        ownerOrganisationId: charityId,
        address: { lines: ['1 High Street'], postTown: 'Cheltenham', postcode: 'NOT A POSTCODE' },
      }),
    }),
    caller: admin,
    field: 'input.address.postcode',
  },
  {
    register: 'buildings',
    what: 'an import of no rows',
    query: `mutation ($input: ImportAssetsInput!) { importAssets(input: $input) { created } }`,
    variables: ({ charityId }) => ({
      input: { councilCode: CHELTENHAM, ownerOrganisationId: charityId, rows: [] },
    }),
    caller: admin,
    field: 'input.rows',
  },
  // Assets of community value.
  {
    register: 'acv',
    what: 'a council code that is not one',
    query: `query { assetsOfCommunityValue(councilCode: "Cheltenham") { edges { cursor } } }`,
    field: 'councilCode',
  },
  {
    register: 'acv',
    what: 'a page of more than 100',
    query: `query { unsuccessfulNominations(councilCode: "${CHELTENHAM}", first: 500) { edges { cursor } } }`,
    field: 'first',
  },
  {
    register: 'acv',
    what: 'a negative number of days',
    query: `query { acvWorkQueue(councilCode: "${CHELTENHAM}", withinDays: -1) { edges { cursor } } }`,
    caller: admin,
    field: 'withinDays',
  },
  {
    register: 'acv',
    what: 'a day that is not in the calendar (refused by the Date scalar)',
    query: `mutation ($input: NominateAssetInput!) { nominateAsset(input: $input) { id } }`,
    variables: ({ charityId }) => ({
      input: {
        nominatorOrganisationId: charityId,
        councilCode: CHELTENHAM,
        site: { name: 'The Green' },
        boundaryDescription: 'The green and its fence',
        communityValueReasons: 'Fairs',
        eligibilityEvidence: 'Our constitution',
        receivedOn: '2027-02-30',
      },
    }),
    caller: admin,
    field: 'input.receivedOn',
  },
  // Co-location.
  {
    register: 'colocation',
    what: 'a radius over 100 km',
    query: `query { spaceOffersNear(latitude: 51.9, longitude: -2.08, radiusKm: 500) { edges { cursor } } }`,
    field: 'radiusKm',
  },
  {
    register: 'colocation',
    what: 'a page of more than 100',
    query: `query { spaceOffersByCouncil(councilCode: "${CHELTENHAM}", first: 101) { edges { cursor } } }`,
    field: 'first',
  },
  {
    register: 'colocation',
    what: 'a slot that closes before it opens, by its index',
    query: `mutation ($input: OfferSpaceInput!) { offerSpace(input: $input) { id } }`,
    variables: ({ charityId, buildingId }) => ({
      input: offerInput(buildingId, charityId, {
        availability: { slots: [{ day: 'MONDAY', opens: '17:00', closes: '09:00' }], fromDate: '2026-12-01' },
      }),
    }),
    caller: admin,
    field: 'input.availability.slots.0.closes',
  },
  {
    register: 'colocation',
    what: 'a first day that is not in the calendar (refused by the Date scalar)',
    query: `mutation ($input: OfferSpaceInput!) { offerSpace(input: $input) { id } }`,
    variables: ({ charityId, buildingId }) => ({
      input: offerInput(buildingId, charityId, {
        availability: { slots: [{ day: 'MONDAY', opens: '09:00', closes: '17:00' }], fromDate: '2026-02-30' },
      }),
    }),
    caller: admin,
    field: 'input.availability.fromDate',
  },
  {
    register: 'colocation',
    what: 'a weekday that does not exist, by its index (refused while reading the variables)',
    query: `mutation ($input: OfferSpaceInput!) { offerSpace(input: $input) { id } }`,
    variables: ({ charityId, buildingId }) => ({
      input: offerInput(buildingId, charityId, {
        availability: {
          slots: [
            { day: 'MONDAY', opens: '09:00', closes: '17:00' },
            { day: 'FUNDAY', opens: '09:00', closes: '17:00' },
          ],
          fromDate: '2026-12-01',
        },
      }),
    }),
    caller: admin,
    field: 'input.availability.slots.1.day',
  },
  {
    register: 'colocation',
    what: 'an interest message left empty',
    query: `mutation ($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }`,
    variables: ({ charityId }) => ({
      input: { offerId: '00000000-0000-4000-8000-000000000000', organisationId: charityId, message: '' },
    }),
    caller: admin,
    field: 'input.message',
  },
];

/** The arguments of the operation's first root field, from the schema partners get. */
function rootArguments(query: string): string[] {
  const operation = parse(query).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const root = operation?.selectionSet.selections[0];
  if (!operation || root?.kind !== Kind.FIELD) return [];
  const type =
    operation.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType();
  return type?.getFields()[root.name.value]?.args.map((a) => a.name) ?? [];
}

describe('the field path of a refused argument', () => {
  let t: TestApp;
  let ids: Ids;

  beforeAll(async () => {
    t = await createTestApp();
    const charityId = (await createCharity(t, admin, 'Paths Community Trust')).id;
    const buildingId = (
      await createBuilding(t, admin, { name: 'Paths Centre', ownerOrganisationId: charityId })
    ).id;
    ids = { charityId, buildingId };
  });

  it('covers every register', () => {
    expect(new Set(CASES.map((c) => c.register))).toEqual(
      new Set(['organisations', 'buildings', 'acv', 'colocation']),
    );
  });

  it.each(CASES.map((c) => [`${c.register}: ${c.what}`, c] as const))(
    'names the argument and the path inside it for %s',
    async (_name, c) => {
      const result = await t.run(c.query, c.variables?.(ids), c.caller ?? null);

      const error = result.errors?.[0];
      expect(error?.extensions?.['code']).toBe('BAD_USER_INPUT');
      const field = error?.extensions?.['field'];
      expect(field).toBe(c.field);
      expect(field).toMatch(FIELD_PATH);
      expect(rootArguments(c.query)).toContain(String(field).split('.')[0]);
      expect(error?.extensions?.['fields']).toEqual(
        expect.arrayContaining([expect.objectContaining({ field })]),
      );
    },
  );
});
