import { canonicalUprn } from '../../../kernel/domain/identifiers';
import type { Building } from '../../../kernel/domain/records';
import type { RegisterContext } from '../../context';
import {
  assetReferenceStem,
  batchReferences,
  matchImportRow,
  mayBeRecodedReference,
} from '../domain/asset-import';
import type { ImportOwner, ImportRow } from '../domain/asset-import';
import { assetReferenceLookupId, assetReferenceStemLookupId } from '../domain/building-port';
import type { AssetReferenceLookup } from '../domain/building-port';
import { forEachLimited } from './for-each-limited';

// Lookups by UPRN or name run a few at a time, as the writes do.
const LOOKUP_CONCURRENCY = 4;

/**
 * The existing building each row describes, found with as few requests as the rows' keys allow: one
 * BatchGetItem of the asset reference claims (beside one of their stems' markers), one of the buildings they
 * name, and a Query by UPRN (shared by the rows of one site) or by name for the rows a reference does not
 * settle. A row whose reference no building has is looked up by UPRN only if its stem's marker says some
 * building of the owner may hold a recoded form of it.
 */
export async function findImportMatches(
  ctx: RegisterContext,
  owner: ImportOwner,
  rows: readonly ImportRow[],
): Promise<ReadonlyMap<number, Building>> {
  const lookups = new Map<number, AssetReferenceLookup>();
  for (const row of rows) {
    if (row.assetReference) lookups.set(row.line, { ...owner, assetReference: row.assetReference });
  }
  // The stems some building of the owner holds are read in the same round trip as the claims: a reference no
  // building has and whose stem none holds cannot be a recoded one, and needs no lookup by UPRN.
  const recodable = rows.flatMap((row) => {
    const lookup = lookups.get(row.line);
    return lookup && mayBeRecodedReference(row) ? [lookup] : [];
  });
  const [idsByReference, stemsHeld] = await Promise.all([
    lookups.size
      ? ctx.stores.buildings.findBuildingIdsByAssetReference([...lookups.values()])
      : new Map<string, string>(),
    recodable.length ? ctx.stores.buildings.findAssetReferenceStems(recodable) : new Set<string>(),
  ]);
  const mayHoldStem = (lookup: AssetReferenceLookup) => {
    const stem = assetReferenceStem(lookup.assetReference);
    return stem !== null && (stemsHeld === null || stemsHeld.has(assetReferenceStemLookupId(lookup, stem)));
  };
  const buildings = idsByReference.size
    ? await ctx.stores.buildings.getBuildings([...idsByReference.values()])
    : new Map<string, Building>();

  const batch = batchReferences(rows);
  // Rows of one site share its UPRN (Pittville Park's six assets): one Query serves them all.
  const byUprn = new Map<string, Promise<Building[]>>();
  const atUprn = (uprn: string) => {
    const key = canonicalUprn(uprn);
    let found = byUprn.get(key);
    if (!found) byUprn.set(key, (found = ctx.stores.buildings.listCurrentBuildingsByUprn(uprn)));
    return found;
  };
  const matches = new Map<number, Building>();
  await forEachLimited(rows, LOOKUP_CONCURRENCY, async (row) => {
    const lookup = lookups.get(row.line);
    let byReference: Building | null = null;
    let candidates: Building[] = [];
    if (lookup) {
      const id = idsByReference.get(assetReferenceLookupId(lookup));
      byReference = (id && buildings.get(id)) || null;
      // A reference no building has may be a recoded one: the buildings at the row's UPRN say (one Query).
      if (!byReference && row.uprn && mayBeRecodedReference(row) && mayHoldStem(lookup)) {
        candidates = await atUprn(row.uprn);
      }
    } else if (row.uprn) {
      candidates = await atUprn(row.uprn);
    } else if (owner.ownerOrganisationId) {
      candidates = await ctx.stores.buildings.listOwnerBuildingsNamed(owner.ownerOrganisationId, row.name);
    }
    const match = matchImportRow(row, owner, byReference, candidates, batch);
    if (match) matches.set(row.line, match);
  });
  return matches;
}
