import { assetReferenceKey, canonicalUprn } from '../kernel/domain/identifiers';
import { toNameKey } from '../kernel/domain/names';
import type { GraphQLTransport } from './graphql-client';
import type { MissingBuilding } from './import-engine';
import type { ReadyRow } from './formats';

/** The asset run's last part: the source's buildings the file does not mention, and archiving them. */

// What both lists read of a building to tell whether the file still mentions it.
const IMPORTED_BUILDING = /* GraphQL */ `
  fragment ImportedBuilding on Building {
    id
    name
    version
    uprn
    assetReference
    councilCode
    importSource
  }
`;

const LIST_OWNER = /* GraphQL */ `
  query OwnerBuildings($id: ID!, $after: String) {
    buildingsByOwner(organisationId: $id, first: 100, after: $after) {
      edges {
        node {
          ...ImportedBuilding
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${IMPORTED_BUILDING}
`;
const LIST_COUNCIL = /* GraphQL */ `
  query CouncilBuildings($council: String!, $after: String) {
    buildingsByCouncil(councilCode: $council, first: 100, after: $after) {
      edges {
        node {
          ...ImportedBuilding
          ownerName
          owner {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${IMPORTED_BUILDING}
`;
const ARCHIVE = /* GraphQL */ `
  mutation Archive($id: ID!, $expectedVersion: Int!) {
    archiveBuilding(id: $id, expectedVersion: $expectedVersion) {
      id
    }
  }
`;

export interface ListedBuilding {
  id: string;
  name: string;
  version: number;
  uprn: string | null;
  assetReference: string | null;
  councilCode: string;
  importSource: string | null;
  ownerName?: string | null;
  owner?: { id: string } | null;
}
type Connection = {
  edges: { node: ListedBuilding }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

/** Every current building of the owner (any council), or of the council when the owner is not in the register. */
export async function listBuildings(
  api: GraphQLTransport,
  council: string,
  ownerId: string | null,
): Promise<ListedBuilding[]> {
  const listed: ListedBuilding[] = [];
  let after: string | null = null;
  do {
    const page: Connection = ownerId
      ? (await api<{ buildingsByOwner: Connection }>(LIST_OWNER, { id: ownerId, after })).buildingsByOwner
      : (await api<{ buildingsByCouncil: Connection }>(LIST_COUNCIL, { council, after })).buildingsByCouncil;
    listed.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return listed;
}

/**
 * The owner's current buildings of the file's source in `council` (`current`), and those of them that no row
 * of the file touched or names (`missing`). A building a rejected row names is not missing (it is in the file,
 * the row just needs fixing), so --archive-missing never archives what a typo kept from matching; nor is one
 * another source recorded (a list of libraries after the asset file) or one recorded by hand.
 */
export function findMissing(
  listed: readonly ListedBuilding[],
  group: {
    readonly council: string;
    readonly ownerId: string | null;
    readonly ownerName: string | null;
    readonly source: string;
    readonly touched: ReadonlySet<string>;
    readonly rows: readonly ReadyRow[];
  },
): { current: number; missing: (MissingBuilding & { version: number })[] } {
  const { council, ownerId, touched, rows } = group;
  const references = new Set(
    rows.flatMap((row) => (row.input.assetReference ? [assetReferenceKey(row.input.assetReference)] : [])),
  );
  const uprnNames = new Set(
    rows.flatMap((row) =>
      row.input.uprn ? [`${canonicalUprn(row.input.uprn)}|${toNameKey(row.input.name)}`] : [],
    ),
  );
  const mentioned = (building: ListedBuilding) =>
    touched.has(building.id) ||
    (building.assetReference !== null && references.has(assetReferenceKey(building.assetReference))) ||
    (building.uprn !== null && uprnNames.has(`${canonicalUprn(building.uprn)}|${toNameKey(building.name)}`));

  const ofSource = listed.filter(
    (building) =>
      building.councilCode === council &&
      building.importSource === group.source &&
      (ownerId !== null || (!building.owner && building.ownerName === group.ownerName)),
  );
  return {
    current: ofSource.length,
    missing: ofSource
      .filter((building) => !mentioned(building))
      .map((building) => ({
        id: building.id,
        name: building.name,
        assetReference: building.assetReference,
        councilCode: building.councilCode,
        version: building.version,
        archived: false,
      })),
  };
}

/**
 * Archives the missing buildings (marking each archived in `missing`), a few at a time: each archive is its
 * own versioned write with its audit event.
 */
export async function archiveBuildings(
  api: GraphQLTransport,
  missing: (MissingBuilding & { version: number })[],
): Promise<void> {
  let next = 0;
  const archiveNext = async () => {
    while (next < missing.length) {
      const index = next++;
      const building = missing[index];
      if (!building) continue;
      await api(ARCHIVE, { id: building.id, expectedVersion: building.version });
      missing[index] = { ...building, archived: true };
    }
  };
  await Promise.all(Array.from({ length: 8 }, archiveNext));
}
