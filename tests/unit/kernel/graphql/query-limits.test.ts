import { Kind, buildSchema, getNamedType, isNonNullType, parse } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../../../src/kernel/graphql/generated/type-defs';
import {
  dynamoRequestLimit,
  estimateOperationCost,
  checkQueryText,
} from '../../../../src/kernel/graphql/query-limits';
import { DEFAULT_REQUEST_LIMITS } from '../../../../src/kernel/domain/request-limits';
import { COUNCIL_DASHBOARD, PUBLIC_AREA_MAP, nestedOwnerBuildings } from '../../../support/partner-queries';

const schema = buildSchema(typeDefs);

function operationOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  return { document, operation };
}

function cost(query: string, variables: Record<string, unknown> = {}): number {
  return estimateOperationCost({
    schema,
    ...operationOf(query),
    variables,
    model: DEFAULT_REQUEST_LIMITS.cost,
  });
}

describe('estimateOperationCost', () => {
  it("multiplies a connection's edges by its page size: 1 + 1 + 50 x (node + owner)", () => {
    expect(
      cost(
        '{ buildingsByCouncil(councilCode: "E07000078", first: 50) { edges { node { owner { name } } } } }',
      ),
    ).toBe(102);
  });

  it("counts the schema's default page size when first is absent", () => {
    expect(
      cost('{ buildingsByCouncil(councilCode: "E07000078") { edges { node { owner { name } } } } }'),
    ).toBe(42);
  });

  it('reads first from the variables, then from the variable default', () => {
    const query =
      'query ($n: Int = 7) { buildingsByCouncil(councilCode: "x", first: $n) { edges { node { owner { name } } } } }';

    expect(cost(query, { n: 5 })).toBe(12);
    expect(cost(query)).toBe(16);
  });

  it('counts a page larger than the maximum as the maximum, which the resolvers refuse anyway', () => {
    expect(
      cost('{ buildingsByCouncil(councilCode: "x", first: 100000) { edges { node { owner { name } } } } }'),
    ).toBe(202);
  });

  it("does not multiply a connection's pageInfo, and scalar fields cost nothing", () => {
    expect(
      cost('{ buildingsByCouncil(councilCode: "x", first: 100) { pageInfo { hasNextPage endCursor } } }'),
    ).toBe(2);
    expect(cost('{ building(id: "x") { id name uprn status } }')).toBe(1);
  });

  it('counts a list without pages as its assumed size', () => {
    // me + memberships x (membership's organisation)
    expect(cost('{ me { memberships { organisation { name } } } }')).toBe(1 + 1 + 10 * 1);
  });

  it('counts fragments like the fields they hold, and measures a fragment spread many times only once', () => {
    const inline = cost(
      '{ buildingsByCouncil(councilCode: "x", first: 10) { edges { node { owner { name } } } } }',
    );
    const spread = cost(`{ buildingsByCouncil(councilCode: "x", first: 10) { edges { node { ...B } } } }
      fragment B on Building { owner { name } }`);
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i + 1} on Building { ...F${i} ...F${i} }`,
    ).join('\n');
    const exponential = cost(`{ building(id: "x") { ...F40 } }
      fragment F0 on Building { owner { name } }
      ${fragments}`);

    expect(spread).toBe(inline);
    expect(exponential).toBe(1 + 2 ** 40);
  });

  it('prices a distance search by what it may read: 100 units at 100 km, by the area below it', () => {
    const near = (radius: string) =>
      `query ($r: Float = 50) { spaceOffersNear(latitude: 51.9, longitude: -2.08, radiusKm: ${radius}, first: 1) { edges { node { id } } } }`;
    // The fields: spaceOffersNear 1 + edges 1 + 1 x node 1 = 3.
    expect(cost(near('100'))).toBe(3 + 100);
    expect(cost(near('50'))).toBe(3 + 25);
    expect(cost(near('$r'))).toBe(3 + 25);
    expect(cost(near('$r'), { r: 10 })).toBe(3 + 1);
    expect(cost('{ matchesForNeed(needId: "n", first: 1) { edges { cursor } } }')).toBe(2 + 100);
    // Surplus listings near a point, a postcode or a building are priced as the offers' search.
    const listings = (field: string, centre: string, radius: number) =>
      `{ ${field}(${centre}, radiusKm: ${radius}, first: 1) { edges { node { id } } } }`;
    expect(cost(listings('surplusListingsNear', 'latitude: 51.9, longitude: -2.08', 100))).toBe(3 + 100);
    expect(cost(listings('surplusListingsNearPostcode', 'postcode: "GL50"', 50))).toBe(3 + 25);
    expect(cost(listings('surplusListingsNearBuilding', 'buildingId: "b"', 10))).toBe(3 + 1);
    // So are the offers near a postcode district.
    expect(cost(listings('spaceOffersNearPostcode', 'postcode: "GL50"', 50))).toBe(3 + 25);
    // Twenty aliases at 100 km fit the anonymous budget of 2,500; they share one request's read budget.
    const field =
      'spaceOffersNear(latitude: 51.9, longitude: -2.08, radiusKm: 100, first: 1) { edges { node { id } } }';
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: ${field}`).join(' ');
    expect(cost(`{ ${aliases} }`)).toBe(20 * 103);
  });

  it('prices every root field taking radiusKm as a distance search, read from the schema', () => {
    const fields = Object.values(schema.getQueryType()?.getFields() ?? {}).filter((field) =>
      field.args.some((arg) => arg.name === 'radiusKm'),
    );
    // Fills each required argument other than the radius with a value of its type (the cost ignores them).
    const query = (field: (typeof fields)[number], radius: number) => {
      const args = field.args
        .filter((arg) => arg.name !== 'radiusKm' && isNonNullType(arg.type))
        .map((arg) => {
          const type = getNamedType(arg.type).name;
          return `${arg.name}: ${type === 'Float' || type === 'Int' ? '1' : '"x"'}`;
        });
      return `{ ${field.name}(${[...args, `radiusKm: ${radius}`, 'first: 1'].join(', ')}) { edges { cursor } } }`;
    };

    expect(fields.map((field) => field.name)).toEqual(
      expect.arrayContaining([
        'spaceOffersNear',
        'spaceOffersNearPostcode',
        'spaceOffersNearBuilding',
        'surplusListingsNear',
        'surplusListingsNearPostcode',
        'surplusListingsNearBuilding',
      ]),
    );
    for (const field of fields) {
      // The fields: the search 1 + edges 1; the search itself 100 units at 100 km, 1 at 10 km.
      expect({ field: field.name, cost: cost(query(field, 100)) }).toEqual({
        field: field.name,
        cost: 2 + 100,
      });
      expect({ field: field.name, cost: cost(query(field, 10)) }).toEqual({ field: field.name, cost: 2 + 1 });
    }
  });

  it('ignores introspection', () => {
    expect(cost('{ __schema { types { name fields { name type { name ofType { name } } } } } }')).toBe(0);
  });

  it("keeps the partners' queries within their budgets and five nested levels far outside", () => {
    const dashboard = cost(COUNCIL_DASHBOARD, { councilCode: 'E07000078', councilId: 'x' });
    const map = cost(PUBLIC_AREA_MAP, { councilCode: 'E07000078', first: 100 });

    expect(dashboard).toBeLessThanOrEqual(DEFAULT_REQUEST_LIMITS.cost.signedInBudget);
    expect(map).toBeLessThanOrEqual(DEFAULT_REQUEST_LIMITS.cost.anonymousBudget);
    expect(cost(nestedOwnerBuildings(5))).toBeGreaterThan(100 ** 5);
  });
});

describe('dynamoRequestLimit', () => {
  it('adds the allowance of each batch root field to the base cap', () => {
    const { perRequest, perRootField } = DEFAULT_REQUEST_LIMITS.dynamoRequests;
    const importAllowance = perRootField['importAssets'] ?? 0;

    expect(dynamoRequestLimit(operationOf('{ me { userId } }').operation, DEFAULT_REQUEST_LIMITS)).toBe(
      perRequest,
    );
    expect(importAllowance).toBeGreaterThan(0);
    expect(
      dynamoRequestLimit(
        operationOf('mutation { a: importAssets(rows: []) { count } b: importAssets(rows: []) { count } }')
          .operation,
        DEFAULT_REQUEST_LIMITS,
      ),
    ).toBe(perRequest + 2 * importAllowance);
  });
});

describe('checkQueryText', () => {
  const check = (text: string) => checkQueryText(text, 50, 10);

  it('passes a query within both limits, counting brackets of every kind', () => {
    expect(check('{ a(b: [[[[[[1]]]]]]) { c } }')).toBeNull();
    expect(check('{ a(b: [[[[[[[[[1]]]]]]]]]) { c } }')).toEqual({ limit: 'DEPTH', max: 10 });
  });

  it('ignores brackets in strings, block strings and comments', () => {
    expect(check('{ a(b: "[[[[[[[[[[[[", c: """ [[[[[[[[[[[[ """) # [[[[[[[[[[[[\n }')).toBeNull();
  });

  it('stops at the first token past the limit, however long the text', () => {
    expect(check(`{ ${'a '.repeat(1_000_000)}}`)).toEqual({ limit: 'TOKENS', max: 50 });
    expect(check('['.repeat(1_000_000))).toEqual({ limit: 'DEPTH', max: 10 });
  });

  it('leaves a syntax error to the parser', () => {
    expect(check('{ a(b: "unterminated')).toBeNull();
  });
});
