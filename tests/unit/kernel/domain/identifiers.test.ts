import { describe, expect, it } from 'vitest';
import {
  CHARITY_NUMBER_PATTERN,
  COMPANY_NUMBER_PATTERN,
  COUNCIL_GSS_PATTERN,
  RECORD_ID_PATTERN,
  USER_ID_PATTERN,
  isCouncilGssCode,
  isUprn,
} from '../../../../src/kernel/domain/identifiers';

describe('isUprn', () => {
  it.each([
    ['a twelve-digit UPRN from the Cheltenham file', '100121228178'],
    ['a UPRN with its leading zeros kept', '000000199356'],
    ['the same UPRN without them', '199356'],
    ['a one-digit UPRN', '1'],
  ])('accepts %s (%s)', (_what, value) => {
    expect(isUprn(value)).toBe(true);
  });

  it.each([
    ['all zeros', '000000000000'],
    ['a single zero', '0'],
    ['thirteen digits', '1001212281781'],
    ['an empty string', ''],
    ['a decimal as spreadsheets write it', '199356.0'],
    ['a negative number', '-199356'],
    ['surrounding spaces', ' 199356 '],
    ['a letter', '19935A'],
  ])('rejects %s (%j)', (_what, value) => {
    expect(isUprn(value)).toBe(false);
  });
});

describe('COUNCIL_GSS_PATTERN', () => {
  it.each([
    ['E06 unitary (Cornwall)', 'E06000052'],
    ['E07 district (Cheltenham)', 'E07000078'],
    ['E08 metropolitan district (Manchester)', 'E08000003'],
    ['E09 London borough (Westminster)', 'E09000033'],
    ['E10 county (Gloucestershire)', 'E10000013'],
  ])('accepts an %s code', (_what, code) => {
    expect(COUNCIL_GSS_PATTERN.test(code)).toBe(true);
    expect(isCouncilGssCode(code)).toBe(true);
  });

  it.each([
    ['an English ward (E05)', 'E05000650'],
    ['a Welsh principal area (W06)', 'W06000015'],
    ['a Scottish council area (S12)', 'S12000036'],
    ['a Northern Irish district (N09)', 'N09000003'],
    ['an English region (E12)', 'E12000009'],
    ['eight characters', 'E0700007'],
    ['ten characters', 'E070000781'],
    ['lower case (callers upper-case first)', 'e07000078'],
  ])('rejects %s', (_what, code) => {
    expect(COUNCIL_GSS_PATTERN.test(code)).toBe(false);
    expect(isCouncilGssCode(code)).toBe(false);
  });
});

describe('CHARITY_NUMBER_PATTERN', () => {
  it.each(['202918', '1089464', '1089464-1', '1089464-12'])('accepts %s', (value) => {
    expect(CHARITY_NUMBER_PATTERN.test(value)).toBe(true);
  });

  it.each(['12345', '12345678', '1089464-123', '1089464-', 'SC012345', ' 1089464'])('rejects %j', (value) => {
    expect(CHARITY_NUMBER_PATTERN.test(value)).toBe(false);
  });
});

describe('COMPANY_NUMBER_PATTERN', () => {
  it.each(['01234567', 'SC123456', 'NI123456', 'RS007890'])('accepts %s', (value) => {
    expect(COMPANY_NUMBER_PATTERN.test(value)).toBe(true);
  });

  it.each(['1234567', '123456789', 'sc123456', 'S1234567', 'SC12345', 'SC 123456'])('rejects %j', (value) => {
    expect(COMPANY_NUMBER_PATTERN.test(value)).toBe(false);
  });
});

describe('RECORD_ID_PATTERN', () => {
  it('accepts a UUID the register mints', () => {
    expect(RECORD_ID_PATTERN.test(crypto.randomUUID())).toBe(true);
    expect(RECORD_ID_PATTERN.test('3f2b8c1e-9d4a-4c6b-8e2f-1a2b3c4d5e6f')).toBe(true);
  });

  it.each([
    ['upper case', '3F2B8C1E-9D4A-4C6B-8E2F-1A2B3C4D5E6F'],
    ['without dashes', '3f2b8c1e9d4a4c6b8e2f1a2b3c4d5e6f'],
    ['in braces', '{3f2b8c1e-9d4a-4c6b-8e2f-1a2b3c4d5e6f}'],
    ['with a key separator appended', '3f2b8c1e-9d4a-4c6b-8e2f-1a2b3c4d5e6f#BLDG'],
    ['a name', 'pittville-pump-room'],
  ])('rejects an id %s', (_what, value) => {
    expect(RECORD_ID_PATTERN.test(value)).toBe(false);
  });
});

describe('USER_ID_PATTERN', () => {
  it.each([
    ['a local name', 'alice'],
    ['a Cognito sub', '3f2b8c1e-9d4a-4c6b-8e2f-1a2b3c4d5e6f'],
    ['an email-like id', 'alice.smith+test@example.org'],
    ['128 characters', 'a'.repeat(128)],
  ])('accepts %s', (_what, value) => {
    expect(USER_ID_PATTERN.test(value)).toBe(true);
  });

  it.each([
    ['129 characters', 'a'.repeat(129)],
    ['an empty string', ''],
    ['a leading dot', '.alice'],
    ['a space', 'alice smith'],
    ['a key separator', 'alice#1'],
    ['a slash', 'alice/bob'],
  ])('rejects %s', (_what, value) => {
    expect(USER_ID_PATTERN.test(value)).toBe(false);
  });
});
