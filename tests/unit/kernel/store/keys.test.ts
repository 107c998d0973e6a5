import { describe, expect, it } from 'vitest';
import { toNameKey } from '../../../../src/kernel/store/keys';

describe('toNameKey', () => {
  it.each([
    ["St. Mary's Hall", 'st mary s hall'],
    ['PITTVILLE PUMP ROOM', 'pittville pump room'],
    ['Café Nérō', 'cafe nero'],
    ['Ysgol Gymraeg Ŵyn', 'ysgol gymraeg wyn'],
    ['  Moss Side -- Jobcentre  ', 'moss side jobcentre'],
    ['Hall & Gardens (No. 2)', 'hall gardens no 2'],
    ['!!!', ''],
  ])('turns %j into %j', (name, expected) => {
    expect(toNameKey(name)).toBe(expected);
  });

  it('gives one key for names that differ only in accents, case and punctuation', () => {
    expect(toNameKey('Café-Théâtre, Cheltenham')).toBe(toNameKey('cafe theatre cheltenham'));
  });
});
