import { describe, expect, it } from 'vitest';
import {
  acvEntriesOfNominator,
  acvEntryKey,
  acvLinksOfBuilding,
  acvBuildingLinkKey,
  acvNoticeKey,
  acvNoticesOfEntry,
  acvOutbox,
  acvOutboxSortKey,
  acvWorkQueue,
  listedAcvEntries,
  unsuccessfulAcvEntries,
} from '../../../../../src/registers/acv/store/acv-keys';
import { INDEX } from '../../../../../src/kernel/store/access-pattern';

describe('ACV access patterns', () => {
  it('keeps the council lists on the area index, each in its own partition', () => {
    const lists = [
      listedAcvEntries('E07000078'),
      unsuccessfulAcvEntries('E07000078'),
      acvWorkQueue('E07000078'),
    ];

    expect(lists.map((list) => list.indexName)).toEqual([
      INDEX.byAreaOrPerson,
      INDEX.byAreaOrPerson,
      INDEX.byAreaOrPerson,
    ]);
    expect(new Set(lists.map((list) => list.partition)).size).toBe(3);
  });

  it('lists a nominator’s entries on the owner index', () => {
    expect(acvEntriesOfNominator('org-1')).toEqual({
      indexName: INDEX.byOwnerOrName,
      partition: 'ORG#org-1#ACV',
    });
  });

  it('finds an entry’s notices and a building’s links by the prefix of their own item keys', () => {
    const notices = acvNoticesOfEntry('e1');
    const notice = acvNoticeKey('e1', '2027-02-10', 'n1');
    const links = acvLinksOfBuilding('b1');
    const link = acvBuildingLinkKey('b1', 'e1');

    expect(notices.indexName).toBe(INDEX.table);
    expect(notice.pk).toBe(notices.partition);
    expect(notice.pk).toBe(acvEntryKey('e1').pk);
    expect(notice.sk.startsWith(notices.sortPrefix ?? '')).toBe(true);
    expect(link.pk).toBe(links.partition);
    expect(link.sk.startsWith(links.sortPrefix ?? '')).toBe(true);
  });

  it('reads one council’s notices of a day from the outbox, not its neighbours’', () => {
    const outbox = acvOutbox('E07000078', '2027-02-10');

    expect(acvOutboxSortKey('E07000078', 'e1', 'n1').startsWith(outbox.sortPrefix ?? '')).toBe(true);
    expect(acvOutboxSortKey('E07000079', 'e1', 'n1').startsWith(outbox.sortPrefix ?? '')).toBe(false);
  });
});
