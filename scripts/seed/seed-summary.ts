import { signLocalToken } from '../../src/local/signing-key';
import type { LocalSigningKey } from '../../src/local/signing-key';
import type { SeedSummary } from './seed-register';

/**
 * What a person needs to start exploring: what was written, a few ids, and tokens (valid 12 hours, signed
 * with the local server's key) to paste into GraphiQL's headers as `{"authorization": "Bearer <token>"}`.
 */
export function formatSeedSummary(summary: SeedSummary, signingKey: LocalSigningKey): string {
  const kinds = new Map<string, number>();
  for (const organisation of summary.organisations)
    kinds.set(organisation.kind, (kinds.get(organisation.kind) ?? 0) + 1);
  const verified = summary.organisations.filter((o) => o.verified).length;
  const lines = [
    `Seeded the demo council: ${summary.councilName} (${summary.councilCode}), seed ${summary.seed}, today ${summary.today}.`,
    '',
    `  Organisations: ${summary.organisations.length} (${verified} verified), ${summary.members} members, ${summary.invites} open invitations`,
    `    ${[...kinds].map(([kind, count]) => `${kind} ${count}`).join(', ')}`,
    `  Buildings:     ${summary.buildingIds.length}`,
    `  ACV entries:   ${summary.acvEntries.length}`,
    ...summary.acvEntries.map((entry) => `    ${entry.state.padEnd(22)} ${entry.id}  ${entry.story}`),
    `  Co-location:   ${summary.offers.length} offers, ${summary.needs.length} needs, ${summary.interests.length} expressions of interest`,
    ...summary.interests.map((interest) => `    interest ${interest.status.padEnd(9)} ${interest.id}`),
    '',
    `  Council id:    ${summary.councilId}`,
    `  A building:    ${summary.buildingIds[0] ?? ''}`,
    `  Try:           { buildingsByCouncil(councilCode: "${summary.councilCode}") { edges { node { name address { postcode } } } } }`,
    '',
    `  Tokens (12 hours; header "authorization: Bearer <token>"):`,
    ...summary.users.flatMap((user) => [
      `    ${user.userId}: ${user.role}`,
      `      ${signLocalToken(signingKey, { userId: user.userId, email: `${user.userId}@demo.example.org` })}`,
    ]),
    '',
    `  More: npm run token -- <user id>   (user ids are demo-<organisation>-admin, -editor and -viewer)`,
  ];
  return lines.join('\n');
}
