import { buildSchema, getNamedType, isInputObjectType } from 'graphql';
import type { GraphQLArgument, GraphQLInputField, GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../src/kernel/graphql/generated/type-defs';
import { NOMINATE, expectRefusedWithoutWrites, tableFingerprint } from '../support/acv-fixtures';
import {
  CHELTENHAM,
  CREATE_BUILDING,
  CREATE_ORGANISATION,
  UPDATE_ORGANISATION,
  buildingInput,
  createBuilding,
  createCharity,
  createCouncil,
} from '../support/fixtures';
import { PLATFORM_ADMIN, createTestApp, errorCodes } from '../support/test-app';
import type { Caller, GraphQLResult, TestApp } from '../support/test-app';

/**
 * Every argument and input field that takes a council's GSS code refuses a code of the right shape that is
 * no council (E07999999) with BAD_USER_INPUT on that field, writing nothing; a nomination, which the council
 * must decide, also refuses a real council that has not joined the register (COUNCIL_NOT_REGISTERED).
 */
const NO_COUNCIL = 'E07999999';
// Tewkesbury: a real council, never registered in this test.
const UNREGISTERED = 'E07000083';

const officer = { userId: 'codes-officer' };
const admin = { userId: 'codes-admin' };
const platformAdmin = { userId: PLATFORM_ADMIN };

interface Case {
  /** `Type.field` (an input field) or `Query.field(argument)`, as the schema names it. */
  readonly takes: string;
  /** The field the refusal names. */
  readonly field: string;
  readonly caller: Caller | null;
  readonly query: string;
  readonly variables: (world: World) => Record<string, unknown>;
}

interface World {
  readonly charityId: string;
  readonly charityVersion: number;
  readonly buildingId: string;
  readonly buildingVersion: number;
}

const NEED = `mutation ($input: PostSpaceNeedInput!) { postSpaceNeed(input: $input) { id } }`;
const UPDATE_BUILDING = `mutation ($id: ID!, $v: Int!, $input: UpdateBuildingInput!) {
  updateBuilding(id: $id, expectedVersion: $v, input: $input) { id } }`;
const IMPORT_ASSETS = `mutation ($input: ImportAssetsInput!) { importAssets(input: $input) { created } }`;
const IMPORT_ACV = `mutation ($input: ImportAcvEntriesInput!) { importAcvEntries(input: $input) { created } }`;
const UPDATE_SETTINGS = `mutation ($code: String!, $input: AcvSettingsInput!) {
  updateAcvSettings(councilCode: $code, expectedVersion: 0, input: $input) { councilCode } }`;
const list = (field: string, extra = '', selection = 'edges { cursor }') =>
  `query ($code: String!) { ${field}(councilCode: $code${extra}) { ${selection} } }`;

const nomination = (world: World, overrides: Record<string, unknown>) => ({
  input: {
    nominatorOrganisationId: world.charityId,
    boundaryDescription: 'The green and its benches',
    communityValueReasons: 'The village fete and the summer cricket are held there.',
    eligibilityEvidence: 'Registered charity 1234567.',
    ...overrides,
  },
});

const MUTATIONS: readonly Case[] = [
  {
    takes: 'CreateOrganisationInput.councilAreas',
    field: 'input.councilAreas.1',
    caller: admin,
    query: CREATE_ORGANISATION,
    variables: () => ({
      input: {
        kind: 'CHARITY',
        name: 'Nowhere Trust',
        charityNumber: '1234567',
        councilAreas: [CHELTENHAM, NO_COUNCIL],
      },
    }),
  },
  {
    takes: 'CreateOrganisationInput.gssCode',
    field: 'input.gssCode',
    caller: platformAdmin,
    query: CREATE_ORGANISATION,
    variables: () => ({
      input: { kind: 'COUNCIL', name: 'Nowhere Council', gssCode: NO_COUNCIL, councilAreas: [] },
    }),
  },
  {
    takes: 'UpdateOrganisationInput.councilAreas',
    field: 'input.councilAreas.0',
    caller: admin,
    query: UPDATE_ORGANISATION,
    variables: (w) => ({ id: w.charityId, v: w.charityVersion, input: { councilAreas: [NO_COUNCIL] } }),
  },
  {
    takes: 'CreateBuildingInput.councilCode',
    field: 'input.councilCode',
    caller: officer,
    query: CREATE_BUILDING,
    variables: () => ({ input: buildingInput({ councilCode: NO_COUNCIL }) }),
  },
  {
    takes: 'UpdateBuildingInput.councilCode',
    field: 'input.councilCode',
    caller: officer,
    query: UPDATE_BUILDING,
    variables: (w) => ({ id: w.buildingId, v: w.buildingVersion, input: { councilCode: NO_COUNCIL } }),
  },
  {
    takes: 'NominateAssetInput.councilCode',
    field: 'input.councilCode',
    caller: admin,
    query: NOMINATE,
    variables: (w) => nomination(w, { councilCode: NO_COUNCIL, site: { name: 'Nowhere Green' } }),
  },
  {
    takes: 'PostSpaceNeedInput.councilCode',
    field: 'input.councilCode',
    caller: admin,
    query: NEED,
    variables: (w) => ({
      input: {
        organisationId: w.charityId,
        purpose: 'An office',
        fromDate: '2026-12-01',
        councilCode: NO_COUNCIL,
      },
    }),
  },
  {
    takes: 'ImportAssetsInput.councilCode',
    field: 'input.councilCode',
    caller: officer,
    query: IMPORT_ASSETS,
    variables: () => ({ input: { councilCode: NO_COUNCIL, rows: [] } }),
  },
  {
    takes: 'ImportAcvEntriesInput.councilCode',
    field: 'input.councilCode',
    caller: officer,
    query: IMPORT_ACV,
    variables: () => ({
      input: { councilCode: NO_COUNCIL, rows: [{ line: 2, reference: 'R1', name: 'Green' }] },
    }),
  },
  {
    takes: 'Mutation.updateAcvSettings(councilCode)',
    field: 'councilCode',
    caller: officer,
    query: UPDATE_SETTINGS,
    variables: () => ({ code: NO_COUNCIL, input: {} }),
  },
  {
    takes: 'AcvSettingsInput.neighbouringCouncils',
    field: 'input.neighbouringCouncils.0',
    caller: officer,
    query: UPDATE_SETTINGS,
    variables: () => ({ code: CHELTENHAM, input: { neighbouringCouncils: [NO_COUNCIL] } }),
  },
  {
    takes: 'Mutation.updateSurplusSettings(councilCode)',
    field: 'councilCode',
    caller: officer,
    query: `mutation ($code: String!) {
      updateSurplusSettings(councilCode: $code, expectedVersion: 0, allocationRule: LISTER_CHOOSES) { version } }`,
    variables: () => ({ code: NO_COUNCIL }),
  },
];

const QUERIES: readonly Case[] = [
  ['buildingsByCouncil', ''],
  ['spaceOffersByCouncil', ''],
  ['organisationsByCouncilArea', ''],
  ['assetsOfCommunityValue', ''],
  ['unsuccessfulNominations', ''],
  ['acvWorkQueue', ''],
  ['acvOutbox', ''],
  ['surplusListingsByCouncil', ''],
].map(([name = '', extra = '']) => ({
  takes: `Query.${name}(councilCode)`,
  field: 'councilCode',
  caller: officer,
  query: list(name, extra),
  variables: () => ({ code: NO_COUNCIL }),
}));
const COUNCIL_BY_CODE_QUERY: Case = {
  takes: 'Query.councilByGssCode(gssCode)',
  field: 'gssCode',
  caller: officer,
  query: 'query ($code: String!) { councilByGssCode(gssCode: $code) { id } }',
  variables: () => ({ code: NO_COUNCIL }),
};
const FEED_QUERIES: readonly Case[] = [
  {
    takes: 'Query.changes(councilCode)',
    field: 'councilCode',
    caller: officer,
    query: list('changes', '', 'resumeCursor'),
    variables: () => ({ code: NO_COUNCIL }),
  },
  {
    takes: 'Query.changesHead(councilCode)',
    field: 'councilCode',
    caller: officer,
    query: 'query ($code: String!) { changesHead(councilCode: $code) }',
    variables: () => ({ code: NO_COUNCIL }),
  },
];
const SURPLUS_COUNCIL_QUERIES: readonly Case[] = [
  ['surplusImpactByCouncil', 'itemsReused'],
  ['surplusSettings', 'allocationRule'],
].map(([name = '', selection = '']) => ({
  takes: `Query.${name}(councilCode)`,
  field: 'councilCode',
  caller: officer,
  query: list(name, '', selection),
  variables: () => ({ code: NO_COUNCIL }),
}));
const SETTINGS_QUERY: Case = {
  takes: 'Query.acvSettings(councilCode)',
  field: 'councilCode',
  caller: officer,
  query: list('acvSettings', '', 'councilCode'),
  variables: () => ({ code: NO_COUNCIL }),
};

/** Every argument and input field the schema has for a GSS code, by its name. */
function councilCodeInputs(schema: GraphQLSchema): string[] {
  const takesCode = (name: string) => /^(councilCode|councilAreas|gssCode|neighbouringCouncils)$/.test(name);
  const found = new Set<string>();
  const visitInput = (owner: string, field: GraphQLInputField | GraphQLArgument, seen: Set<string>) => {
    if (takesCode(field.name)) found.add(owner);
    const type = getNamedType(field.type);
    if (isInputObjectType(type) && !seen.has(type.name)) {
      seen.add(type.name);
      for (const inner of Object.values(type.getFields()))
        visitInput(`${type.name}.${inner.name}`, inner, seen);
    }
  };
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const arg of field.args) visitInput(`${root?.name}.${field.name}(${arg.name})`, arg, new Set());
    }
  }
  return [...found].filter((name) => !name.endsWith('(input)')).sort();
}

describe('council codes', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await createTestApp();
    await createCouncil(t, CHELTENHAM, officer.userId);
    const charity = await createCharity(t, admin, 'Codes Trust');
    const building = await createBuilding(t, officer, { name: 'Codes Hall' });
    world = {
      charityId: charity.id,
      charityVersion: charity.version,
      buildingId: building.id,
      buildingVersion: building.version,
    };
  });

  it('has a case here for every argument and input field of the schema that takes a council code', () => {
    const covered = [
      ...MUTATIONS,
      ...QUERIES,
      ...FEED_QUERIES,
      ...SURPLUS_COUNCIL_QUERIES,
      SETTINGS_QUERY,
      COUNCIL_BY_CODE_QUERY,
    ].map((c) => c.takes);
    const schemaInputs = councilCodeInputs(buildSchema(typeDefs));

    expect(schemaInputs).toEqual([...new Set(covered)].sort());
  });

  it.each(MUTATIONS.map((c) => [c.takes, c] as const))(
    'refuses a code that is no council in %s with BAD_USER_INPUT on the field, writing nothing',
    async (_takes, c) => {
      const refusal = await expectRefusedWithoutWrites(t, () => t.run(c.query, c.variables(world), c.caller));

      expect(refusal.code).toBe('BAD_USER_INPUT');
      expect(refusal.extensions['field']).toBe(c.field);
    },
  );

  it.each(
    [...QUERIES, ...FEED_QUERIES, ...SURPLUS_COUNCIL_QUERIES, SETTINGS_QUERY, COUNCIL_BY_CODE_QUERY].map(
      (c) => [c.takes, c] as const,
    ),
  )('refuses a code that is no council in %s with BAD_USER_INPUT', async (_takes, c) => {
    const result = await t.run(c.query, c.variables(world), c.caller);

    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.['field']).toBe(c.field);
  });

  it('refuses a nomination to a real council that has not joined the register, writing nothing', async () => {
    const byCode = await expectRefusedWithoutWrites(t, () =>
      t.run(
        NOMINATE,
        nomination(world, { councilCode: UNREGISTERED, site: { name: 'Tewkesbury Green' } }),
        admin,
      ),
    );
    const building = await createBuilding(t, admin, {
      name: 'Tewkesbury Arms',
      councilCode: UNREGISTERED,
      ownerOrganisationId: world.charityId,
      address: { lines: ['High Street'], postTown: 'Tewkesbury', postcode: 'GL20 5AL' },
    });
    const byBuilding = await expectRefusedWithoutWrites(t, () =>
      t.run(NOMINATE, nomination(world, { buildingId: building.id }), admin),
    );

    expect(byCode).toMatchObject({
      code: 'COUNCIL_NOT_REGISTERED',
      extensions: { field: 'input.councilCode', gssCode: UNREGISTERED },
    });
    expect(byBuilding).toMatchObject({
      code: 'COUNCIL_NOT_REGISTERED',
      extensions: { field: 'input.buildingId', gssCode: UNREGISTERED },
    });
  });

  it('still nominates in a registered council', async () => {
    const before = await tableFingerprint(t);

    const result: GraphQLResult = await t.run(
      NOMINATE,
      nomination(world, { councilCode: CHELTENHAM, site: { name: 'Cheltenham Green' } }),
      admin,
    );

    expect(result.errors).toBeUndefined();
    expect((await tableFingerprint(t)).length).toBeGreaterThan(before.length);
  });
});
