/**
 * A partner's client of the MASH Register with Apollo Client (core, no React) and typed operations generated
 * by @graphql-codegen from the published SDL (see docs/partners.md). Nothing here is specific to the tests:
 * a browser app passes its Cognito ID token getter and `fetch`; the test suite passes a local token.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { CouncilAcvListDocument, FindSpaceNearDocument, OfferSpaceDocument } from '../generated/graphql';
import type {
  CouncilAcvListQuery,
  FindSpaceNearQuery,
  OfferSpaceInput,
  OfferSpaceMutation,
} from '../generated/graphql';

export interface PartnerClientOptions {
  /** The API's `GraphqlUrl` (or `CachedGraphqlUrl`), ending in `/graphql`. */
  readonly url: string;
  /** The signed-in person's Cognito ID token, or undefined for an anonymous caller. Called per request. */
  readonly idToken?: () => string | undefined | Promise<string | undefined>;
  /** How many times to resend a request answered 503 SERVICE_UNAVAILABLE (honouring Retry-After). */
  readonly retries?: number;
  /** Waits between retries; a test passes one that does not sleep. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly fetch?: typeof fetch;
}

export type PartnerClient = ApolloClient;

/**
 * A fetch that resends a request the register answered with 503 (SERVICE_UNAVAILABLE: the database was busy
 * after the register's own retries), after the `Retry-After` seconds it sends and with back-off if it
 * repeats. No other status is retried: a 400 or a GraphQL error is an answer about the request.
 */
export function retryingFetch(
  base: typeof fetch,
  retries: number,
  sleep: (ms: number) => Promise<void>,
): typeof fetch {
  return async (input, init) => {
    for (let attempt = 0; ; attempt += 1) {
      const response = await base(input, init);
      if (response.status !== 503 || attempt >= retries) return response;
      const hinted = Number(response.headers.get('retry-after'));
      const seconds = Number.isFinite(hinted) && hinted > 0 ? hinted : 1;
      await sleep(seconds * 1000 * 2 ** attempt);
    }
  };
}

export function createPartnerClient(options: PartnerClientOptions): PartnerClient {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const auth = new SetContextLink(async (previous) => {
    const token = await options.idToken?.();
    const headers: Record<string, string> = {
      ...(previous['headers'] as Record<string, string> | undefined),
    };
    // Send the ID token (not the access token): the register matches invitations on its verified email.
    if (token) headers['authorization'] = `Bearer ${token}`;
    return { headers };
  });
  const http = new HttpLink({
    uri: options.url,
    fetch: retryingFetch(options.fetch ?? fetch, options.retries ?? 3, sleep),
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, http]),
    cache: new InMemoryCache(),
    // Each page is read from the server; the pages are joined here rather than in the cache.
    defaultOptions: { query: { fetchPolicy: 'network-only' } },
  });
}

/** The register's `extensions.code` of an Apollo error (the first GraphQL error's), or undefined. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

export type FoundOffer = FindSpaceNearQuery['spaceOffersNear']['edges'][number];
export type ListedAsset = CouncilAcvListQuery['assetsOfCommunityValue']['edges'][number]['node'];

export interface Page<T> {
  readonly items: readonly T[];
  /** Pass as `after` for the next page; null on the last one. */
  readonly next: string | null;
}

/** One page of "find space near me". A page may be short (even empty) while `next` is not null: go on. */
export async function findSpaceNear(
  client: PartnerClient,
  where: { latitude: number; longitude: number; radiusKm: number },
  page: { first?: number; after?: string | null } = {},
): Promise<Page<FoundOffer>> {
  const { data } = await client.query({
    query: FindSpaceNearDocument,
    variables: { ...where, first: page.first, after: page.after ?? null },
  });
  if (!data) throw new Error('spaceOffersNear answered no data');
  const { edges, pageInfo } = data.spaceOffersNear;
  return { items: edges, next: pageInfo.hasNextPage ? (pageInfo.endCursor ?? null) : null };
}

/** One page of a council's list of assets of community value (listed today, by last day of listing). */
export async function councilAcvList(
  client: PartnerClient,
  councilCode: string,
  page: { first?: number; after?: string | null } = {},
): Promise<Page<ListedAsset>> {
  const { data } = await client.query({
    query: CouncilAcvListDocument,
    variables: { councilCode, first: page.first, after: page.after ?? null },
  });
  if (!data) throw new Error('assetsOfCommunityValue answered no data');
  const { edges, pageInfo } = data.assetsOfCommunityValue;
  return {
    items: edges.map((edge) => edge.node),
    next: pageInfo.hasNextPage ? (pageInfo.endCursor ?? null) : null,
  };
}

/**
 * Every item of a list, page after page. A cursor is sealed to its query and arguments, and the ACV list's
 * to the day it was read on: start again from the first page on BAD_USER_INPUT on `after`.
 */
export async function readAll<T>(
  read: (after: string | null) => Promise<Page<T>>,
  maxPages = 100,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let after: string | null = null;
  for (let pages = 1; pages <= maxPages; pages += 1) {
    const page = await read(after);
    items.push(...page.items);
    if (page.next === null) return { items, pages };
    after = page.next;
  }
  throw new Error(`More than ${maxPages} pages`);
}

export type OfferedSpace = OfferSpaceMutation['offerSpace'];

/**
 * Offers space as the signed-in person. `idempotencyKey` is chosen once per intended offer (a UUID) and sent
 * again on every retry of it: within 24 hours the register answers a retry with the offer it first made.
 */
export async function offerSpace(
  client: PartnerClient,
  input: OfferSpaceInput,
  idempotencyKey: string,
): Promise<OfferedSpace> {
  const { data } = await client.mutate({
    mutation: OfferSpaceDocument,
    variables: { input, idempotencyKey },
  });
  if (!data) throw new Error('offerSpace answered no data');
  return data.offerSpace;
}
