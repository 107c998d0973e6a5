import type { Building } from '../../../kernel/domain/records';

/** One council's published files, and how each is made from its public buildings. */
export interface CouncilDataset {
  readonly gssCode: string;
  readonly councilName: string;
  readonly buildings: readonly Building[];
  readonly ownerNames: ReadonlyMap<string, string>;
}
