import { createHash } from 'node:crypto';
import { londonDate } from '../kernel/domain/clock';
import type { AcvEntry } from '../registers/acv/domain/acv-records';
import { systemClock } from '../kernel/domain/clock';
import type { Clock } from '../kernel/domain/clock';
import type { Page } from '../kernel/domain/ports';
import { anonymousActor, authorize, scopeBuildingList } from '../kernel/domain/authorization';
import { findCouncilArea } from '../kernel/domain/council-areas';
import { isCouncilGssCode } from '../kernel/domain/identifiers';
import type { RegisterStores } from '../registers/context';
import type { Building } from '../kernel/domain/records';
import type { CouncilDataset } from '../registers/buildings/open-data/council-dataset';
import { toBuildingsGeoJson } from '../registers/buildings/open-data/buildings-geojson';
import { toTransparencyCsv } from '../registers/buildings/open-data/transparency-csv';
import { toAcvCsv, toAcvGeoJson } from '../registers/acv/open-data/acv-register';
import type { AcvDataset } from '../registers/acv/open-data/acv-register';
import { toSurplusReuseCsv } from '../registers/surplus/open-data/surplus-reuse-csv';
import type { SurplusReuseDataset } from '../registers/surplus/open-data/surplus-reuse-csv';

/**
 * Open data over plain HTTP (GET /open-data/<GSS>/<file>): the register's public records of one council in
 * the formats people download, from the same Lambda as the API. Only what an anonymous caller may see is
 * published (the access rules in src/kernel/domain/authorization.ts decide), read page by page with DynamoDB
 * Queries on the council's index partition, never a Scan.
 */

export interface OpenDataRequest {
  readonly method: string;
  /** The path, such as /open-data/E07000078/buildings.geojson. */
  readonly path: string;
  /** Request headers with lower-case names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
}

export interface OpenDataResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export type OpenDataHandler = (request: OpenDataRequest) => Promise<OpenDataResponse>;

export const OPEN_DATA_PREFIX = '/open-data/';

/** True for paths this module answers (the Lambda handler sends everything else to GraphQL). */
export function isOpenDataPath(path: string): boolean {
  return path.startsWith(OPEN_DATA_PREFIX);
}

/** A file of buildings, or of one of the council's two public ACV lists. */
type DatasetFormat =
  | {
      readonly contentType: string;
      readonly source: 'buildings';
      readonly render: (d: CouncilDataset) => string;
    }
  | {
      readonly contentType: string;
      readonly source: 'acv-listed' | 'acv-unsuccessful';
      readonly render: (d: AcvDataset) => string;
    }
  | {
      readonly contentType: string;
      readonly source: 'surplus-reuse';
      readonly render: (d: SurplusReuseDataset) => string;
    };

const CSV = 'text/csv; charset=utf-8';
const GEOJSON = 'application/geo+json; charset=utf-8';
const FILES: Readonly<Record<string, DatasetFormat>> = {
  'land-and-building-assets.csv': { contentType: CSV, source: 'buildings', render: toTransparencyCsv },
  'buildings.geojson': { contentType: GEOJSON, source: 'buildings', render: toBuildingsGeoJson },
  // The list of assets of community value (listed today, not removed) and the unsuccessful nominations,
  // in the planning.data.gov.uk fields (acv-register.ts says what each field is made of).
  'assets-of-community-value.csv': { contentType: CSV, source: 'acv-listed', render: toAcvCsv },
  'assets-of-community-value.geojson': { contentType: GEOJSON, source: 'acv-listed', render: toAcvGeoJson },
  'unsuccessful-nominations.csv': { contentType: CSV, source: 'acv-unsuccessful', render: toAcvCsv },
  // Issue 20: one row per collection of surplus items (surplus-reuse-csv.ts says what is published).
  'surplus-reuse.csv': { contentType: CSV, source: 'surplus-reuse', render: toSurplusReuseCsv },
};

const PAGE_SIZE = 100;
// A Lambda response holds at most 6 MB; a council's register is a few thousand rows (Cheltenham: ~500).
export const MAX_PUBLISHED_BUILDINGS = 20_000;
// Files change when officers edit records; five minutes of caching keeps repeated downloads off the table.
const CACHE_CONTROL = 'public, max-age=300';

/** `clock` gives "today" for the ACV list (what is listed today), as the GraphQL list has it. */
export function createOpenDataHandler(stores: RegisterStores, clock: Clock = systemClock): OpenDataHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return problem(405, 'METHOD_NOT_ALLOWED', 'Open data files are read with GET', { allow: 'GET, HEAD' });
    }
    const match = /^\/open-data\/([^/]+)\/([^/]+)$/.exec(request.path);
    const file = match?.[2] ? FILES[match[2]] : undefined;
    if (!match?.[1] || !match[2] || !file) {
      return problem(
        404,
        'NOT_FOUND',
        `No such file. Files: ${Object.keys(FILES)
          .map((name) => `/open-data/<GSS code>/${name}`)
          .join(', ')}`,
      );
    }
    const gssCode = decodeURIComponent(match[1]).toUpperCase();
    const council = isCouncilGssCode(gssCode) ? await findCouncil(stores, gssCode) : null;
    if (!council) {
      return problem(
        404,
        'UNKNOWN_COUNCIL',
        `${gssCode} is not the GSS code of an English council this register knows`,
      );
    }
    const rendered = await renderFile(stores, file, gssCode, council, clock);
    if (rendered === 'too-many') {
      return problem(
        503,
        'TOO_LARGE',
        `${gssCode} has more than ${MAX_PUBLISHED_BUILDINGS} records in this file; ask for a bulk extract`,
      );
    }
    const { body, lastModified } = rendered;
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
    const headers: Record<string, string> = {
      'content-type': file.contentType,
      'cache-control': CACHE_CONTROL,
      etag,
      'content-disposition': `inline; filename="${gssCode}-${match[2]}"`,
      'access-control-allow-origin': '*',
      ...(lastModified ? { 'last-modified': new Date(lastModified).toUTCString() } : {}),
    };
    if (request.headers['if-none-match'] === etag) return { statusCode: 304, headers, body: '' };
    return { statusCode: 200, headers, body: request.method === 'HEAD' ? '' : body };
  };
}

/** The file's body and the newest change it shows, read from the register; 'too-many' past the limit. */
async function renderFile(
  stores: RegisterStores,
  file: DatasetFormat,
  gssCode: string,
  council: string,
  clock: Clock,
): Promise<{ body: string; lastModified: string } | 'too-many'> {
  if (file.source === 'buildings') {
    const buildings = await readPublicBuildings(stores, gssCode);
    if (buildings === 'too-many') return buildings;
    return {
      body: file.render({
        gssCode,
        councilName: council,
        buildings,
        ownerNames: await readOwnerNames(stores, buildings),
      }),
      lastModified: newest(buildings),
    };
  }
  if (file.source === 'surplus-reuse') {
    // One Query (paged by the gateway) of the council's collected requests, then their organisations' names.
    const requests = await stores.surplus.listCollectedRequestsByCouncil(gssCode);
    if (requests.length > MAX_PUBLISHED_BUILDINGS) return 'too-many';
    const organisations = await stores.organisations.getOrganisations([
      ...new Set(requests.map((request) => request.organisationId)),
    ]);
    const organisationNames = new Map(
      [...organisations].map(([id, organisation]) => [id, organisation.name]),
    );
    return {
      body: file.render({ gssCode, councilName: council, requests, organisationNames }),
      lastModified: newest(requests),
    };
  }
  const today = londonDate(clock.now());
  const entries = await readAll((after) =>
    file.source === 'acv-listed'
      ? stores.acv.listListedAcvEntries(gssCode, today, { first: PAGE_SIZE, after })
      : stores.acv.listUnsuccessfulAcvEntries(gssCode, { first: PAGE_SIZE, after }),
  );
  if (entries === 'too-many') return entries;
  return { body: file.render({ gssCode, councilName: council, entries }), lastModified: newest(entries) };
}

/** The council's name: the registered council organisation's, else the reference data's; null if unknown. */
async function findCouncil(stores: RegisterStores, gssCode: string): Promise<string | null> {
  const organisation = await stores.organisations.findCouncilByGssCode(gssCode);
  return organisation?.name ?? findCouncilArea(gssCode)?.name ?? null;
}

/** Every current building of the council an anonymous caller may see, page by page (100 a Query). */
async function readPublicBuildings(
  stores: RegisterStores,
  gssCode: string,
): Promise<Building[] | 'too-many'> {
  const scope = scopeBuildingList(anonymousActor, gssCode);
  const buildings: Building[] = [];
  let after: string | null = null;
  do {
    const page = await stores.buildings.listBuildingsByCouncil(
      gssCode,
      { status: null, category: null, scope },
      { first: PAGE_SIZE, after },
    );
    for (const { node } of page.edges) {
      // The query's filter already keeps to public buildings; the access rules are asked again per record.
      if (authorize(anonymousActor, 'building.view', node).allowed) buildings.push(node);
    }
    if (buildings.length > MAX_PUBLISHED_BUILDINGS) return 'too-many';
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return buildings;
}

/**
 * Every entry of an ACV list, page by page (100 a Query on the council's list partition). The lists hold
 * only what the public GraphQL lists show; the file renders only their public fields.
 */
async function readAll(
  readPage: (after: string | null) => Promise<Page<AcvEntry>>,
): Promise<AcvEntry[] | 'too-many'> {
  const entries: AcvEntry[] = [];
  let after: string | null = null;
  do {
    const page = await readPage(after);
    for (const { node } of page.edges) entries.push(node);
    if (entries.length > MAX_PUBLISHED_BUILDINGS) return 'too-many';
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return entries;
}

function newest(records: readonly { readonly updatedAt: string }[]): string {
  return records.reduce((latest, r) => (r.updatedAt > latest ? r.updatedAt : latest), '');
}

async function readOwnerNames(
  stores: RegisterStores,
  buildings: readonly Building[],
): Promise<Map<string, string>> {
  const ids = [...new Set(buildings.flatMap((b) => (b.ownerOrganisationId ? [b.ownerOrganisationId] : [])))];
  const organisations = ids.length
    ? await stores.organisations.getOrganisations(ids)
    : new Map<string, { name: string }>();
  return new Map([...organisations].map(([id, organisation]) => [id, organisation.name]));
}

function problem(
  statusCode: number,
  code: string,
  message: string,
  extraHeaders: Record<string, string> = {},
): OpenDataResponse {
  return {
    statusCode,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...extraHeaders,
    },
    body: JSON.stringify({ error: { code, message } }),
  };
}
