import type { AcvRegisterRow } from '../domain/acv-register-import';
import type { AcvRegisterRowInput, Resolvers } from '../../generated/resolvers-types';
import { importAcvEntries } from '../changes/import-acv-entries';

export const acvRegisterImportResolvers: Resolvers = {
  Mutation: {
    importAcvEntries: async (_, { input }, ctx) => {
      return importAcvEntries(ctx, input.councilCode, input.rows.map(toRow), input.dryRun ?? false);
    },
  },
};

function toRow(input: AcvRegisterRowInput): AcvRegisterRow {
  return {
    line: input.line,
    reference: input.reference,
    name: input.name,
    addressText: input.addressText ?? null,
    description: input.description ?? null,
    point: input.point ?? null,
    organisation: input.organisation ?? null,
    nominationDate: input.nominationDate ?? null,
    nominatingGroup: input.nominatingGroup ?? null,
    decision: input.decision ?? null,
    decisionDate: input.decisionDate ?? null,
    expiryDate: input.expiryDate ?? null,
    notificationToSellDate: input.notificationToSellDate ?? null,
    interestedGroup: input.interestedGroup ?? null,
    protectedPeriodStartDate: input.protectedPeriodStartDate ?? null,
    notes: input.notes ?? null,
    entryDate: input.entryDate ?? null,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
  };
}
