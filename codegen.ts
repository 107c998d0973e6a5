import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types generated from the SDL; `npm test` fails when the generated file is stale.
// Mappers make resolvers return the domain records, whose nested fields (owner, members...) resolve lazily.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/generated/type-defs.ts': { plugins: ['./scripts/codegen-type-defs.cjs'] },
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context#RequestContext',
        mappers: {
          Organisation: '../../domain/records#Organisation as OrganisationRecord',
          Building: '../../domain/records#Building as BuildingRecord',
          Membership: '../../domain/records#Membership as MembershipRecord',
          Invite: '../../domain/records#Invite as InviteRecord',
          AuditEvent: '../../domain/records#AuditEvent as AuditEventRecord',
          Me: '../../domain/authorization#UserActor as UserActorRecord',
          // Assets of community value
          AcvEntry: '../../domain/acv-records#AcvEntry as AcvEntryRecord',
          AcvSite: '../../domain/acv-records#AcvSite as AcvSiteRecord',
          AcvParty: '../../domain/acv-records#AcvParty as AcvPartyRecord',
          AcvBidRequest: '../../domain/acv-records#AcvBidRequest as AcvBidRequestRecord',
          AcvMoratorium: '../../domain/acv-lifecycle#AcvMoratorium as AcvMoratoriumRecord',
          AcvNotice: '../../domain/acv-records#AcvNotice as AcvNoticeRecord',
          AcvTask: '../../domain/acv-records#AcvTask as AcvTaskRecord',
          AcvSettings: '../../domain/acv-records#AcvSettings as AcvSettingsRecord',
          // Co-location.
          SpaceOffer: '../../domain/space-offer#SpaceOffer as SpaceOfferRecord',
          SpaceNeed: '../../domain/space-need#SpaceNeed as SpaceNeedRecord',
          SpaceInterest: '../../domain/space-interest#SpaceInterest as SpaceInterestRecord',
          InterestMessage: '../../domain/space-interest#InterestMessage as InterestMessageRecord',
          SpaceMatch: '../../domain/matching#ScoredMatch as SpaceMatchRecord',
        },
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string' },
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
  },
};

export default config;
