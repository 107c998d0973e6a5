import { describe, expect, it } from 'vitest';
import {
  decideAcvRegisterRow,
  parseAddressText,
  parseNotes,
  parseRegisterDate,
  parseWktPoint,
} from '../../../../../src/registers/acv/domain/acv-register-import';
import type {
  AcvImportContext,
  AcvRegisterRow,
} from '../../../../../src/registers/acv/domain/acv-register-import';
import { acvDates, openTasks } from '../../../../../src/registers/acv/domain/acv-state';
import type { AcvEntry } from '../../../../../src/registers/acv/domain/acv-records';

const CONTEXT: AcvImportContext = {
  councilCode: 'E07000078',
  newId: '00000000-0000-4000-8000-000000000001',
  userId: 'officer',
  at: '2026-11-23T09:00:00.000Z',
  today: '2026-11-23',
  listingExpiryConvention: 'STATUTE',
};

function row(fields: Partial<AcvRegisterRow>): AcvRegisterRow {
  return {
    line: 2,
    reference: 'ACV/1',
    name: 'The Kemble Brewery Inn',
    addressText: '27 Fairview Street, Cheltenham, GL52 2JF',
    description: 'Public house',
    point: 'POINT(-2.0705 51.9021)',
    organisation: 'E07000078',
    nominationDate: '2022-01-20',
    nominatingGroup: 'Friends of the Kemble',
    decision: 'listed',
    decisionDate: '2022-03-14',
    expiryDate: null,
    notificationToSellDate: null,
    interestedGroup: null,
    protectedPeriodStartDate: null,
    notes: null,
    entryDate: null,
    startDate: null,
    endDate: null,
    ...fields,
  };
}

function created(fields: Partial<AcvRegisterRow>) {
  const decision = decideAcvRegisterRow(row(fields), null, CONTEXT);
  if (decision.kind === 'rejected') throw new Error(JSON.stringify(decision.problems));
  return decision;
}

describe('parseRegisterDate', () => {
  it.each([
    ['2019-04-30', '2019-04-30'],
    ['30/04/2019', '2019-04-30'],
    ['1/5/2019', '2019-05-01'],
    ['30-04-2019', '2019-04-30'],
    ['30.04.2019', '2019-04-30'],
    ['2019-04-30T00:00:00Z', '2019-04-30'],
    [' 2019-04-30 ', '2019-04-30'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseRegisterDate(text)).toEqual({ date: iso });
  });

  it.each(['31/02/2024', '04/30/2019', '2019-13-01', '30 April 2019', '19-04-30', '2019/04/30'])(
    'refuses %s (not a real day-first or ISO date)',
    (text) => {
      expect(parseRegisterDate(text)).toBe('bad');
    },
  );

  it('reads an empty cell as no date', () => {
    expect(parseRegisterDate('  ')).toEqual({ date: null });
  });
});

describe('reading the other fields', () => {
  it('reads a WKT point in WGS84 and refuses grid references', () => {
    expect(parseWktPoint('POINT (-2.0611 51.9112)')).toEqual({ longitude: -2.0611, latitude: 51.9112 });
    expect(parseWktPoint('POINT(394751 222126)')).toBe('bad');
    expect(parseWktPoint('-2.06, 51.91')).toBe('bad');
  });

  it('takes a postcode at the end of the address text', () => {
    expect(parseAddressText('Albert Road, Cheltenham, gl523je')).toEqual({
      lines: ['Albert Road', 'Cheltenham'],
      postTown: null,
      postcode: 'GL52 3JE',
      postcodeIsPartial: false,
    });
    expect(parseAddressText('Whaddon Road, Cheltenham')?.postcode).toBeNull();
  });

  it("reads back the export's ground and removal lines from the notes", () => {
    expect(
      parseNotes('A private house.\nGround: a residence (Schedule 1 para 1).\nRemoved (REVIEW): upheld'),
    ).toEqual({
      reasons: 'A private house.',
      ground: 'RESIDENCE',
      removal: { reason: 'REVIEW', details: 'upheld' },
    });
    expect(parseNotes('Ground: anything the council wrote.')).toMatchObject({
      reasons: 'Ground: anything the council wrote.',
      ground: null,
    });
  });
});

describe('decideAcvRegisterRow: the state follows from the dates', () => {
  it.each<[string, Partial<AcvRegisterRow>, string]>([
    ['listed', {}, 'LISTED'],
    ['listed, 5 years past', { decisionDate: '2021-09-01', nominationDate: '2021-07-01' }, 'EXPIRED'],
    ['removed on end-date', { endDate: '2024-04-30' }, 'REMOVED'],
    ['unsuccessful', { decision: 'Refused', notes: 'Not of community value' }, 'UNSUCCESSFUL'],
    ['pending', { decision: 'pending', decisionDate: null }, 'NOMINATED'],
    ['empty decision, no dates', { decision: '', decisionDate: null }, 'NOMINATED'],
    ['withdrawn', { decision: 'withdrawn', decisionDate: null, endDate: '2022-02-01' }, 'WITHDRAWN'],
    ['a notice 3 weeks ago', { notificationToSellDate: '2026-11-02' }, 'IN_INTERIM_MORATORIUM'],
    [
      'a notice and a group that asked to bid',
      { notificationToSellDate: '2026-10-05', interestedGroup: 'Kemble Community Pub Ltd' },
      'IN_FULL_MORATORIUM',
    ],
    ['a notice 3 months ago, no bidder', { notificationToSellDate: '2026-08-24' }, 'IN_PROTECTED_PERIOD'],
    ['a notice 2 years ago', { notificationToSellDate: '2024-11-04' }, 'LISTED'],
  ])('%s: %s', (_, fields, state) => {
    expect(created(fields).state).toBe(state);
  });

  it('keeps the convention the expiry date shows, or the date itself with a warning', () => {
    const statute = created({ expiryDate: '2027-03-13' });
    const anniversary = created({ expiryDate: '2027-03-14' });
    const other = created({ expiryDate: '2027-06-30' });

    expect(statute.entry.decision?.listingExpiryConvention).toBe('STATUTE');
    expect(anniversary.entry.decision?.listingExpiryConvention).toBe('ANNIVERSARY');
    expect(acvDates(other.entry).listingExpiresOn).toBe('2027-06-30');
    expect(other.warnings.map((w) => w.code)).toEqual(['EXPIRY_NOT_FIVE_YEARS']);
  });

  it('gives an imported entry the open duties a workflow entry has, and no statutory notices', () => {
    const moratorium = created({ notificationToSellDate: '2026-11-02' }).entry;

    expect(openTasks(moratorium).map((task) => [task.kind, task.dueOn])).toEqual([
      ['LISTING_EXPIRY', '2027-03-13'],
      ['MORATORIUM_END', '2026-12-13'],
    ]);
    expect(moratorium).toMatchObject({
      registerReference: 'ACV/1',
      nominator: { organisationId: null, name: 'Friends of the Kemble', kind: null },
      version: 1,
    });
  });

  it.each<[string, Partial<AcvRegisterRow>, string, string]>([
    [
      'a decision before the nomination',
      { nominationDate: '2022-04-01' },
      'decision-date',
      'the decision 2022-03-14 is before the nomination date 2022-04-01',
    ],
    [
      'an expiry before the listing',
      { expiryDate: '2021-01-01' },
      'expiry-date',
      'the expiry 2021-01-01 is not after the listing 2022-03-14',
    ],
    [
      'an unknown decision word',
      { decision: 'deferred' },
      'decision',
      '"deferred" is not a decision this import knows: write listed, unsuccessful, withdrawn, removed or pending',
    ],
    [
      'a decision in the future',
      { decisionDate: '2027-01-01' },
      'decision-date',
      '2027-01-01 is in the future (today is 2026-11-23)',
    ],
    [
      'a notice after the listing ended',
      { nominationDate: '2021-07-01', decisionDate: '2021-09-01', notificationToSellDate: '2026-10-01' },
      'notification-to-sell-date',
      '2026-10-01 is after the listing ended on 2026-08-31',
    ],
    [
      'a bidder with no notice',
      { interestedGroup: 'Kemble Community Pub Ltd' },
      'interested-group',
      'a group can ask to bid only after a notice of intended disposal: give the notification-to-sell-date',
    ],
    [
      'a protected period that does not start with the notice',
      { notificationToSellDate: '2026-11-02', protectedPeriodStartDate: '2026-11-09' },
      'protected-period-start-date',
      'the protected period begins with the day the notice was received (s.95(6)): 2026-11-09 is not the notification-to-sell-date 2026-11-02',
    ],
    [
      'an expiry on an unsuccessful nomination',
      { decision: 'unsuccessful', expiryDate: '2027-03-13' },
      'expiry-date',
      "the row has an expiry date, but the row's decision is unsuccessful: only a listed asset has one",
    ],
    [
      'a removal before the listing',
      { endDate: '2022-01-01' },
      'end-date',
      'the removal 2022-01-01 is before the listing on 2022-03-14',
    ],
    [
      'a removed listing with no end date',
      { decision: 'removed' },
      'end-date',
      'a removed listing needs the day it was removed',
    ],
    [
      'a pending nomination with a decision date',
      { decision: 'pending' },
      'decision-date',
      "2022-03-14 is a decision date, but the row's decision is pending",
    ],
    ['no reference', { reference: ' ' }, 'reference', "give the entry's reference in the council's register"],
    [
      "another council's row",
      { organisation: 'E07000083' },
      'organisation',
      'the row is on the list of E07000083, not E07000078',
    ],
  ])('rejects %s, naming the field', (_, fields, field, message) => {
    expect(decideAcvRegisterRow(row(fields), null, CONTEXT)).toEqual({
      kind: 'rejected',
      problems: [{ field, message }],
    });
  });

  it('finds the same row again unchanged, and a changed row an update that keeps what the file cannot show', () => {
    const first = created({
      notificationToSellDate: '2026-10-05',
      interestedGroup: 'Kemble Community Pub Ltd',
    });
    const stored: AcvEntry = {
      ...first.entry,
      owner: { organisationId: null, name: 'Cotswold Taverns Ltd', kind: null },
    };

    expect(
      decideAcvRegisterRow(
        row({ notificationToSellDate: '2026-10-05', interestedGroup: 'Kemble Community Pub Ltd' }),
        stored,
        CONTEXT,
      ).kind,
    ).toBe('unchanged');
    const later = decideAcvRegisterRow(
      row({
        notificationToSellDate: '2026-10-05',
        interestedGroup: 'Kemble Community Pub Ltd',
        endDate: '2026-11-20',
      }),
      stored,
      CONTEXT,
    );
    expect(later).toMatchObject({
      kind: 'update',
      state: 'REMOVED',
      entry: { id: stored.id, owner: stored.owner, removal: { removedOn: '2026-11-20', reason: 'OTHER' } },
    });
  });
});
