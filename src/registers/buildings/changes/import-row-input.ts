/**
 * An importAssets row as sent, made an ImportRow: repaired where the repair is certain, then validated. A row
 * that cannot be made one is rejected with its problems; the rest of the batch goes on.
 */
import { BadUserInputError } from '../../../kernel/domain/errors';
import type { DataQualityIssue } from '../../../kernel/domain/records';
import { importRowSchema, parseArgument } from '../../../kernel/graphql/inputs';
import type { ImportAssetRowInput } from '../../generated/resolvers-types';
import type { ImportOwner, ImportRow } from '../domain/asset-import';
import { toAddress } from '../domain/build-building';
import { partialPostcodeIssue, repairLocation, repairPostcode } from '../domain/import-repairs';

/** A field of a row that could not be taken, named as the row's own field. */
export interface RowProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * The row with its postcode and location repaired (corrected when certain, else left out) and the warnings
 * saying so: one bad field never loses the asset. A postcode over the length limit is left to the schema.
 */
function repairRow(raw: ImportAssetRowInput): { raw: ImportAssetRowInput; repairs: DataQualityIssue[] } {
  const repairs: DataQualityIssue[] = (raw.repairs ?? []).map((repair) => ({
    code: 'FILE_FIELD_REPAIRED',
    field: repair.field,
    message: repair.message,
  }));
  let repaired = raw;
  const postcode = raw.address.postcode;
  if (postcode && postcode.length <= 20) {
    const result = repairPostcode(postcode);
    if (result.issue) {
      repairs.push(result.issue);
      repaired = { ...repaired, address: { ...repaired.address, postcode: result.postcode } };
    }
  }
  if (raw.location) {
    const result = repairLocation(raw.location);
    if (result.issue) {
      repairs.push(result.issue);
      repaired = { ...repaired, location: result.location };
    }
  }
  return { raw: repaired, repairs };
}

/** The row as the import's rules take it, or the problems that keep it out. */
export function parseRow(
  input: ImportAssetRowInput,
  owner: ImportOwner,
): { row: ImportRow } | { problems: RowProblem[] } {
  const { raw, repairs } = repairRow(input);
  let parsed;
  try {
    parsed = parseArgument(importRowSchema(), raw, 'row');
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    return {
      problems: error.fields.map((f) => ({ field: f.field.replace(/^row\./, ''), message: f.message })),
    };
  }
  if (!parsed.assetReference && !parsed.uprn && !owner.ownerOrganisationId) {
    return {
      problems: [
        {
          field: 'assetReference',
          message:
            'a row needs an asset reference or a UPRN when its owner is not an organisation in the register, so a later import can find it again',
        },
      ],
    };
  }
  return {
    row: {
      line: raw.line,
      name: parsed.name,
      uprn: parsed.uprn ?? null,
      assetReference: parsed.assetReference ?? null,
      address: toAddress(parsed.address),
      location: parsed.location ?? null,
      tenure: parsed.tenure ? { type: parsed.tenure.type, detail: parsed.tenure.detail ?? null } : null,
      category: parsed.category,
      duplicateLines: parsed.duplicateLines,
      nameIsAddress: parsed.nameIsAddress,
      repairs: parsed.address.postcode?.partial
        ? [...repairs, partialPostcodeIssue(parsed.address.postcode.postcode)]
        : repairs,
    },
  };
}
