import { describe, expect, it } from 'vitest';
import { diffRecords } from '../../../../src/kernel/domain/audit';

const META_V1 = { createdAt: '2024-04-30T09:00:00.000Z', updatedAt: '2024-04-30T09:00:00.000Z', version: 1 };
const META_V2 = { createdAt: '2024-04-30T09:00:00.000Z', updatedAt: '2024-05-01T10:30:00.000Z', version: 2 };

const pumpRoom = {
  ...META_V1,
  name: 'Pittville Pump Room',
  uprn: '000000199356',
  address: {
    lines: ['Pittville Park'],
    postTown: 'Cheltenham',
    postcode: 'GL52 3JE',
    postcodeIsPartial: false,
  },
  accessibilityFeatures: ['STEP_FREE_ACCESS', 'HEARING_LOOP'],
  floorAreaSqm: 1250,
  description: null,
};

describe('diffRecords', () => {
  it('lists every content field of a created record with no old value, sorted by field', () => {
    const changes = diffRecords(null, pumpRoom);

    expect(changes).toEqual([
      { field: 'accessibilityFeatures', oldValue: null, newValue: '["STEP_FREE_ACCESS","HEARING_LOOP"]' },
      {
        field: 'address',
        oldValue: null,
        newValue:
          '{"lines":["Pittville Park"],"postTown":"Cheltenham","postcode":"GL52 3JE","postcodeIsPartial":false}',
      },
      { field: 'floorAreaSqm', oldValue: null, newValue: '1250' },
      { field: 'name', oldValue: null, newValue: '"Pittville Pump Room"' },
      { field: 'uprn', oldValue: null, newValue: '"000000199356"' },
    ]);
  });

  it('lists every content field of a removed record with no new value', () => {
    const changes = diffRecords({ ...META_V1, name: 'Old Depot', uprn: '199356' }, null);

    expect(changes).toEqual([
      { field: 'name', oldValue: '"Old Depot"', newValue: null },
      { field: 'uprn', oldValue: '"199356"', newValue: null },
    ]);
  });

  it('omits unchanged fields and lists only the one that changed', () => {
    const changes = diffRecords(pumpRoom, { ...pumpRoom, ...META_V2, floorAreaSqm: 1300 });

    expect(changes).toEqual([{ field: 'floorAreaSqm', oldValue: '1250', newValue: '1300' }]);
  });

  it('never lists createdAt, updatedAt or version, even when they change', () => {
    const changes = diffRecords(pumpRoom, {
      ...pumpRoom,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-02T00:00:00.000Z',
      version: 7,
    });

    expect(changes).toEqual([]);
  });

  it('treats a null value and an absent field alike', () => {
    const { description: _description, ...withoutDescription } = pumpRoom;

    expect(diffRecords(pumpRoom, withoutDescription)).toEqual([]);
  });

  it('compares arrays and nested objects by content, not identity', () => {
    const copy = structuredClone(pumpRoom);

    expect(copy.address).not.toBe(pumpRoom.address);
    expect(diffRecords(pumpRoom, copy)).toEqual([]);
  });

  it('compares nested objects by content whatever order their keys come back in', () => {
    // DynamoDB does not promise the order of a map's attributes, so a record read back may list them differently.
    const reordered = {
      ...pumpRoom,
      address: {
        postcodeIsPartial: false,
        postcode: 'GL52 3JE',
        postTown: 'Cheltenham',
        lines: ['Pittville Park'],
      },
    };

    expect(diffRecords(pumpRoom, reordered)).toEqual([]);
  });

  it('lists a reordered array and a changed nested field with both values as JSON', () => {
    const changes = diffRecords(pumpRoom, {
      ...pumpRoom,
      accessibilityFeatures: ['HEARING_LOOP', 'STEP_FREE_ACCESS'],
      address: { ...pumpRoom.address, postcode: 'GL52 3JF' },
    });

    expect(changes).toEqual([
      {
        field: 'accessibilityFeatures',
        oldValue: '["STEP_FREE_ACCESS","HEARING_LOOP"]',
        newValue: '["HEARING_LOOP","STEP_FREE_ACCESS"]',
      },
      {
        field: 'address',
        oldValue:
          '{"lines":["Pittville Park"],"postTown":"Cheltenham","postcode":"GL52 3JE","postcodeIsPartial":false}',
        newValue:
          '{"lines":["Pittville Park"],"postTown":"Cheltenham","postcode":"GL52 3JF","postcodeIsPartial":false}',
      },
    ]);
  });

  it('returns nothing when both sides are null', () => {
    expect(diffRecords(null, null)).toEqual([]);
  });
});
