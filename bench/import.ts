/**
 * Import throughput: `npm run import`'s engine (CSV reading, projection, batching, the GraphQL client over
 * HTTP) against the API served by the Lambda handler over a real DynamoDB Local, for a generated
 * Transparency Code file (Cheltenham 2021 layout, Windows-1252).
 *
 *   npx tsx bench/import.ts [rows]      (default 10000)
 *
 * Reports rows per second for the first import (every row created) and for the same file again (every row
 * unchanged), and DynamoDB requests per row. Everything runs on this machine, so the figures compare
 * versions of this code; DynamoDB in AWS has other latencies.
 */
import { runImportBench } from './support/import-bench';
import iconv from 'iconv-lite';

const ROWS = Number(process.argv[2] ?? 10_000);

/** A Cheltenham-like file: several assets per site UPRN, line breaks in streets, partial postcodes. */
function generateFile(rows: number): string {
  const lines = [
    'Organisation,OrganisationLabel,Organisation,OrganisationLabel,UPRN,AssetCode,PropertyName,StreetName,PostTown,PostCode,GeoX,GeoY,TenureType,TenureDetail,HoldingType',
  ];
  for (let i = 0; i < rows; i++) {
    const site = Math.floor(i / 3);
    const uprn = String(100120000000 + site).padStart(12, '0');
    const land = i % 2 === 0;
    lines.push(
      [
        'Cheltenham Borough Council',
        '23UB',
        'Cheltenham Borough Council',
        '23UB',
        i % 5 === 0 ? `0${uprn.slice(1)}` : uprn,
        `09/${String(i).padStart(5, '0')}/${land ? 'Land' : 'Land and Building'}`,
        i % 7 === 0 ? 'N/A' : `Asset ${i} at site ${site}`,
        `"Unit ${i % 40}\r${['High Street', 'Promenade', 'Bath Road', 'Hewlett Road'][i % 4]}\r \r"`,
        'Cheltenham',
        i % 3 === 0
          ? ''
          : `"GL5${i % 4} ${1 + (i % 9)}${'ABDEFGHJLNPQRSTUWXYZ'[i % 20]}${'ABDEFGHJLNPQRSTUWXYZ'[(i * 7) % 20]}\n"`,
        `${391000 + (i % 6000)}.00`,
        `${219000 + ((i * 13) % 6000)}.00`,
        i % 9 === 0 ? 'Leasehold' : 'Freehold\u00a0',
        ['Occupied by local authority', 'Leasehold', 'Licence', 'Vacant'][i % 4],
        land ? 'Land' : 'Land and Building',
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

await runImportBench({
  description: 'Transparency Code file (Windows-1252)',
  format: 'transparency-code',
  rows: ROWS,
  contents: iconv.encode(generateFile(ROWS), 'windows-1252'),
});
