/**
 * ACV register import throughput: `npm run import -- --format acv-register` (CSV reading, batching, the
 * GraphQL client over HTTP) against importAcvEntries served by the app over a real DynamoDB Local, for a
 * generated list in the planning.data.gov.uk asset-of-community-value fields: listings (some expired, some
 * in a moratorium, some removed), unsuccessful and pending nominations, dates in both written forms.
 *
 *   npx tsx bench/acv-register-import.ts [rows]      (default 2000)
 *
 * Reports rows per second for the first import (every row created) and for the same file again (every row
 * unchanged), and DynamoDB requests per row. Everything runs on this machine, so the figures compare
 * versions of this code; DynamoDB in AWS has other latencies.
 */
import { CHELTENHAM, runImportBench } from './support/import-bench';
import { addDays } from '../src/registers/acv/domain/acv-timetable';

const ROWS = Number(process.argv[2] ?? 2_000);

const dayFirst = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A council's list: mostly listings over the last seven years, some sold on, refused, pending or removed. */
function generateFile(rows: number): string {
  const lines = [
    'reference,name,address-text,description,point,organisation,nomination-date,nominating-group,decision,decision-date,expiry-date,notification-to-sell-date,interested-group,protected-period-start-date,notes,entry-date,start-date,end-date',
  ];
  for (let i = 0; i < rows; i++) {
    const nominated = addDays('2019-01-07', (i * 7) % 2500);
    const decided = addDays(nominated, 40);
    const kind = i % 10;
    const notice = kind === 3 ? addDays(decided, 400) : null;
    const cells = [
      `ACV/${String(i).padStart(6, '0')}`,
      `"Asset ${i}, ${['The Plough', 'Village Hall', 'Community Shop', 'Playing Field'][i % 4]}"`,
      `"${i % 90} High Street, Cheltenham, GL5${i % 4} ${1 + (i % 9)}AB"`,
      'Nominated for its community use',
      `POINT(${(-2.1 + (i % 100) / 1000).toFixed(4)} ${(51.88 + (i % 50) / 1000).toFixed(4)})`,
      CHELTENHAM,
      i % 2 ? nominated : dayFirst(nominated),
      `Friends of asset ${i}`,
      kind === 7 ? 'unsuccessful' : kind === 8 ? 'pending' : 'listed',
      kind === 8 ? '' : decided,
      '',
      notice && notice <= '2026-11-01' ? notice : '',
      notice && notice <= '2026-11-01' && i % 20 === 3 ? `Asset ${i} Community Trust` : '',
      '',
      kind === 7 ? 'Not of community value' : '',
      decided,
      '',
      kind === 6 ? addDays(decided, 300) : '',
    ];
    lines.push(cells.join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

await runImportBench({
  description: 'ACV register file (planning.data.gov.uk fields)',
  format: 'acv-register',
  rows: ROWS,
  contents: generateFile(ROWS),
});
