// The schema's enums of closed sets hold the values the domain produces, no more and no fewer. The type-check
// catches a domain value missing from an enum only where a resolver returns it typed; these hold each enum to
// the list the domain itself keeps, so an enum value nothing produces (or one never added) fails here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import type { EnumTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, RECORD_TYPES } from '../../src/kernel/domain/records';
import { ELIGIBILITY_RULES } from '../../src/registers/acv/domain/acv-records';
import { ACV_IMPORT_WARNING_CODES } from '../../src/registers/acv/domain/acv-register-fields';
import { ACV_ACTION_TYPES } from '../../src/registers/acv/domain/acv-lifecycle';
import {
  SPACE_INTEREST_ACTIONS,
  SPACE_NEED_ACTIONS,
  SPACE_OFFER_ACTIONS,
} from '../../src/registers/colocation/domain/colocation-actions';
import { FEED_RECORD_TYPES } from '../../src/kernel/domain/change-feed';
import {
  SURPLUS_LISTING_ACTIONS,
  SURPLUS_REQUEST_ACTIONS,
} from '../../src/registers/surplus/domain/surplus-actions';

const SCHEMA = path.resolve(import.meta.dirname, '../../schema');

function schemaEnums(): Map<string, EnumTypeDefinitionNode> {
  const enums = new Map<string, EnumTypeDefinitionNode>();
  for (const name of readdirSync(SCHEMA).filter((file) => file.endsWith('.graphql'))) {
    for (const definition of parse(readFileSync(path.join(SCHEMA, name), 'utf8')).definitions) {
      if (definition.kind === Kind.ENUM_TYPE_DEFINITION) enums.set(definition.name.value, definition);
    }
  }
  return enums;
}

const enums = schemaEnums();
const valuesOf = (name: string): string[] => (enums.get(name)?.values ?? []).map((v) => v.name.value);

describe.each([
  ['AuditAction', AUDIT_ACTIONS],
  ['RecordType', RECORD_TYPES],
  ['AcvEligibilityRule', ELIGIBILITY_RULES],
  ['AcvImportWarningCode', ACV_IMPORT_WARNING_CODES],
  ['AcvAction', ACV_ACTION_TYPES],
  ['SpaceOfferAction', SPACE_OFFER_ACTIONS],
  ['SpaceNeedAction', SPACE_NEED_ACTIONS],
  ['SpaceInterestAction', SPACE_INTEREST_ACTIONS],
  ['SurplusListingAction', SURPLUS_LISTING_ACTIONS],
  ['SurplusRequestAction', SURPLUS_REQUEST_ACTIONS],
  ['RegisterChangeRecordType', FEED_RECORD_TYPES],
])('the schema enum %s', (name, domain: readonly string[]) => {
  it('has exactly the values the domain produces', () => {
    expect(enums.has(name)).toBe(true);
    expect([...valuesOf(name)].sort()).toEqual([...domain].sort());
  });

  it('describes every value', () => {
    for (const value of enums.get(name)?.values ?? []) {
      expect(value.description?.value.trim(), `${name}.${value.name.value}`).toBeTruthy();
    }
  });
});
