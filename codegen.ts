import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types generated from the SDL; `npm test` fails when the generated file is stale.
// Mappers make resolvers return the domain records, whose nested fields (owner, members...) resolve lazily.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/kernel/graphql/generated/type-defs.ts': { plugins: ['./scripts/codegen-type-defs.cjs'] },
    // The partner example's typed operations (docs/partners.md), as a partner generates them from the
    // published SDL (`npm run schema`): the operation types only, dates as ISO strings.
    'examples/partner-client/generated/graphql.ts': {
      documents: 'examples/partner-client/src/**/*.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string' },
        strictScalars: true,
        avoidOptionals: false,
      },
    },
    'src/registers/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context#RegisterContext',
        mappers: {
          PageInfo: '../../kernel/domain/ports#PageInfoRecord',
          Organisation: '../../kernel/domain/records#Organisation as OrganisationRecord',
          Building: '../../kernel/domain/records#Building as BuildingRecord',
          Membership: '../../kernel/domain/records#Membership as MembershipRecord',
          Invite: '../../kernel/domain/records#Invite as InviteRecord',
          AuditEvent: '../../kernel/domain/records#AuditEvent as AuditEventRecord',
          Me: '../../kernel/domain/authorization#UserActor as UserActorRecord',
          // Assets of community value
          AcvEntry: '../acv/domain/acv-records#AcvEntry as AcvEntryRecord',
          AcvSite: '../acv/domain/acv-records#AcvSite as AcvSiteRecord',
          AcvParty: '../acv/domain/acv-records#AcvParty as AcvPartyRecord',
          AcvBidRequest: '../acv/domain/acv-records#AcvBidRequest as AcvBidRequestRecord',
          AcvMoratorium: '../acv/domain/acv-state#AcvMoratorium as AcvMoratoriumRecord',
          AcvNotice: '../acv/domain/acv-records#AcvNotice as AcvNoticeRecord',
          AcvTask: '../acv/domain/acv-records#AcvTask as AcvTaskRecord',
          AcvSettings: '../acv/domain/acv-records#AcvSettings as AcvSettingsRecord',
          // Co-location.
          SpaceOffer: '../colocation/domain/space-offer#SpaceOffer as SpaceOfferRecord',
          SpaceNeed: '../colocation/domain/space-need#SpaceNeed as SpaceNeedRecord',
          SpaceInterest: '../colocation/domain/space-interest#SpaceInterest as SpaceInterestRecord',
          InterestMessage: '../colocation/domain/space-interest#InterestMessage as InterestMessageRecord',
          SpaceMatch: '../colocation/domain/matching#ScoredMatch as SpaceMatchRecord',
          // Surplus listings.
          SurplusListing: '../surplus/domain/surplus-listing#SurplusListing as SurplusListingRecord',
          SurplusRequest: '../surplus/domain/surplus-request#SurplusRequest as SurplusRequestRecord',
          SurplusSettings: '../surplus/domain/surplus-settings#SurplusSettings as SurplusSettingsRecord',
          SurplusImpact: '../surplus/domain/surplus-impact#ReuseSummary as SurplusImpactRecord',
          SurplusCollection:
            '../surplus/domain/surplus-listing#CollectionArrangements as SurplusCollectionRecord',
          // Notifications.
          WebhookEndpoint:
            '../notifications/domain/webhook-endpoint#WebhookEndpoint as WebhookEndpointRecord',
          NoticeDelivery: '../notifications/domain/delivery#Delivery as NoticeDeliveryRecord',
          MyNotificationSettings:
            '../notifications/domain/notification-preferences#UserNotificationSettings as UserNotificationSettingsRecord',
          OrganisationNotificationSettings:
            '../notifications/domain/notification-preferences#OrganisationNotificationSettings as OrganisationNotificationSettingsRecord',
          // The changes feed.
          RegisterChange: '../../kernel/domain/change-feed#FeedChangeView as RegisterChangeRecord',
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
