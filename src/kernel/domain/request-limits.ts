/**
 * Every limit that bounds what one HTTP request may cost the register, in one place. The README's "Limits"
 * section documents each default and the error a caller gets when it is reached.
 *
 * Three layers, cheapest first:
 * 1. HTTP: the body's size and nesting, checked before any GraphQL work (src/lambda/graphql-route.ts).
 * 2. The query budget, checked after parsing and before execution (src/kernel/graphql/query-limits.ts): tokens,
 *    depth, aliases and directives (the same for every caller), and the cost of the operation, whose budget
 *    depends on whether the caller is signed in.
 * 3. Hard caps while the operation runs, so that a mistake in the cost model still cannot run away: DynamoDB
 *    requests per GraphQL request (src/kernel/store/dynamo-request-cap.ts), what its distance searches may read
 *    (DistanceSearchAllowance) and the size of the response.
 */
export interface RequestLimits {
  /** Largest request body in bytes, for every entry point (Lambda's own limit is 6 MB). */
  readonly maxBodyBytes: number;
  /** Deepest nesting of arrays and objects in the JSON body (variables included). */
  readonly maxJsonNesting: number;
  /** Largest response body in bytes (Lambda refuses responses over 6 MB). */
  readonly maxResponseBytes: number;
  /**
   * Deepest nesting of brackets (`{`, `[`, `(`) in a GraphQL document, checked before it is parsed: the
   * parser is recursive and a deeply nested literal would exhaust its stack.
   */
  readonly maxQueryNesting: number;
  /** Most lexical tokens in a GraphQL document (names, punctuation, values). */
  readonly maxTokens: number;
  /** Most nested fields in an operation, counting from the root field as 1 (introspection is not counted). */
  readonly maxDepth: number;
  /** Most aliases in an operation. */
  readonly maxAliases: number;
  /** Most directives (`@include`, `@skip`) in an operation. */
  readonly maxDirectives: number;
  readonly cost: CostModel;
  readonly dynamoRequests: DynamoRequestAllowance;
  readonly distanceSearch: DistanceSearchAllowance;
}

/**
 * How the cost of an operation is estimated, before it runs. Every field that returns an object or a list of
 * objects costs `objectFieldCost` (it may need a DynamoDB request); scalar fields cost nothing. A field with a
 * `first` argument (a paginated list) multiplies the cost of its selection by its page size: the value of
 * `first`, or the schema's default when it is absent, capped at `maxPageSize` (larger pages are refused by
 * the resolvers anyway). A list of objects without `first` counts as `unpagedListSize` items.
 */
export interface CostModel {
  /** Budget of a caller without a token. */
  readonly anonymousBudget: number;
  /** Budget of a signed-in caller. */
  readonly signedInBudget: number;
  readonly objectFieldCost: number;
  readonly maxPageSize: number;
  readonly unpagedListSize: number;
  /**
   * What a distance search (spaceOffersNear, spaceOffersNearBuilding, matchesForNeed, matchesForOffer) costs
   * on top of its fields at the widest radius, for the cells and index items it may read
   * (DistanceSearchAllowance.itemsPerSearch); below it, in proportion to the circle's area (the radius
   * squared). The matches search a radius the need sets, so they are priced at the widest.
   */
  readonly distanceSearchCost: number;
}

/**
 * What distance searches may read from the geohash index. A search reads its circle in rings, nearest first
 * (src/registers/colocation/graphql/colocation-resolvers.ts); before each Query it takes its share of its own and of
 * its request's allowance, and once either is spent it stops: a page then holds what was found within the
 * rings read in full, with `hasNextPage: true` and a cursor that resumes beyond them. The matches, which
 * rank the whole circle, are refused with QUERY_TOO_COSTLY instead.
 */
export interface DistanceSearchAllowance {
  /** Index items one search may read. */
  readonly itemsPerSearch: number;
  /** Bytes of index items one search may read (counted after each Query: see itemsPerQuery). */
  readonly bytesPerSearch: number;
  /** Index items all the distance searches of one request may read together (aliases share it). */
  readonly itemsPerRequest: number;
  readonly bytesPerRequest: number;
  /** DynamoDB Queries all the distance searches of one request may send together. */
  readonly queriesPerRequest: number;
  /**
   * Most items one Query may read (its Limit). Queries run in parallel, one per range of the plan (up to 8,
   * more where a circle spans more partitions), so the bytes may overshoot by that many Queries' worth.
   */
  readonly itemsPerQuery: number;
}

/** The hard cap on DynamoDB requests (each SDK `send`, retries not counted) one GraphQL request may make. */
export interface DynamoRequestAllowance {
  /** For every operation. */
  readonly perRequest: number;
  /**
   * Extra allowance for root fields known to need many requests by design (batch mutations), added once per
   * use of the field in the operation. Keyed by root field name.
   */
  readonly perRootField: Readonly<Record<string, number>>;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  maxBodyBytes: 1024 * 1024,
  maxJsonNesting: 32,
  maxResponseBytes: 4 * 1024 * 1024,
  maxQueryNesting: 40,
  maxTokens: 2000,
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  cost: {
    anonymousBudget: 2_500,
    signedInBudget: 10_000,
    objectFieldCost: 1,
    maxPageSize: 100,
    unpagedListSize: 10,
    // The 2,000 items a search may read at 20 a unit (a unit is about a record loaded): twenty searches at
    // 100 km fit the anonymous budget, and then share one request's allowance (distanceSearch below).
    distanceSearchCost: 100,
  },
  dynamoRequests: {
    perRequest: 500,
    perRootField: {
      // A CSV import of up to 100 rows, a few requests each (i10-opendata).
      importAssets: 1_000,
    },
  },
  // An offer's index item is about 1 KB (bench/colocation.ts seeds typical ones). A request reads at most
  // 5,000 items and about 3 MB (plus at most 8 Queries of 100 items in flight), in at most 120 Queries:
  // under the 5 MB and 200 requests an anonymous request may cost (tests/integration/distance-flood.test.ts).
  distanceSearch: {
    itemsPerSearch: 2_000,
    bytesPerSearch: 1_500_000,
    itemsPerRequest: 5_000,
    bytesPerRequest: 3_000_000,
    queriesPerRequest: 120,
    itemsPerQuery: 100,
  },
};

/** The running count of one request's DynamoDB requests against its cap. Made per request, never shared. */
export interface DynamoRequestBudget {
  /** Raised once the operation is known (DynamoRequestAllowance.perRootField). */
  limit: number;
  used: number;
}

/** Searches wider than this are refused: the whole circle is read for every page (see docs/data-model.md). */
export const MAX_SEARCH_RADIUS_KM = 100;
