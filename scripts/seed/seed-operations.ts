/** The GraphQL operations the seed sends: the same mutations a partner's client would. */

export const CREATE_ORGANISATION = /* GraphQL */ `
  mutation Seed_CreateOrganisation($input: CreateOrganisationInput!, $key: String) {
    createOrganisation(input: $input, idempotencyKey: $key) {
      id
      version
    }
  }
`;

export const SET_VERIFIED = /* GraphQL */ `
  mutation Seed_SetVerified($id: ID!, $expectedVersion: Int!) {
    setOrganisationVerified(id: $id, expectedVersion: $expectedVersion, verified: true) {
      id
      version
    }
  }
`;

export const ADD_MEMBER = /* GraphQL */ `
  mutation Seed_AddMember($organisationId: ID!, $userId: String!, $role: MemberRole!) {
    addMember(organisationId: $organisationId, userId: $userId, role: $role) {
      userId
    }
  }
`;

export const INVITE_MEMBER = /* GraphQL */ `
  mutation Seed_Invite($organisationId: ID!, $email: String!, $role: MemberRole!) {
    inviteMember(organisationId: $organisationId, email: $email, role: $role) {
      email
    }
  }
`;

export const CREATE_BUILDING = /* GraphQL */ `
  mutation Seed_CreateBuilding($input: CreateBuildingInput!, $key: String) {
    createBuilding(input: $input, idempotencyKey: $key) {
      id
      version
      dataQualityIssues {
        code
      }
    }
  }
`;

export const NOMINATE = /* GraphQL */ `
  mutation Seed_Nominate($input: NominateAssetInput!, $key: String) {
    nominateAsset(input: $input, idempotencyKey: $key) {
      id
      version
      state
    }
  }
`;

/** One step mutation on an entry; every one answers with the entry's id, version and state. */
function entryStep(name: string, argumentsSdl: string, passing: string): string {
  return /* GraphQL */ `
    mutation Seed_${name}($id: ID!, $expectedVersion: Int!${argumentsSdl}) {
      ${name}(id: $id, expectedVersion: $expectedVersion${passing}) {
        id
        version
        state
      }
    }
  `;
}

export const WITHDRAW_NOMINATION = entryStep('withdrawNomination', '', '');
export const DECIDE_NOMINATION = entryStep(
  'decideNomination',
  ', $input: DecideNominationInput!',
  ', input: $input',
);
export const RECORD_REGISTRATION = entryStep(
  'recordListingRegistration',
  ', $input: RecordListingRegistrationInput!',
  ', input: $input',
);
export const REQUEST_REVIEW = entryStep('requestListingReview', '', '');
export const DECIDE_REVIEW = entryStep(
  'decideListingReview',
  ', $input: DecideListingReviewInput!',
  ', input: $input',
);
export const RECORD_APPEAL = entryStep('recordAppeal', ', $input: RecordAppealInput!', ', input: $input');
export const DISPOSAL_NOTICE = entryStep(
  'recordDisposalNotice',
  ', $input: RecordDisposalNoticeInput!',
  ', input: $input',
);
export const REQUEST_TO_BID = entryStep('requestToBid', ', $input: RequestToBidInput!', ', input: $input');
export const RECORD_DISPOSAL = entryStep(
  'recordDisposal',
  ', $input: RecordDisposalInput!',
  ', input: $input',
);
export const REMOVE_LISTING = entryStep('removeListing', ', $input: RemoveListingInput!', ', input: $input');

export const OFFER_SPACE = /* GraphQL */ `
  mutation Seed_OfferSpace($input: OfferSpaceInput!, $key: String) {
    offerSpace(input: $input, idempotencyKey: $key) {
      id
      version
      status
    }
  }
`;

export const POST_NEED = /* GraphQL */ `
  mutation Seed_PostNeed($input: PostSpaceNeedInput!, $key: String) {
    postSpaceNeed(input: $input, idempotencyKey: $key) {
      id
      version
    }
  }
`;

export const CLOSE_NEED = /* GraphQL */ `
  mutation Seed_CloseNeed($id: ID!, $expectedVersion: Int!) {
    closeSpaceNeed(id: $id, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`;

export const EXPRESS_INTEREST = /* GraphQL */ `
  mutation Seed_ExpressInterest($input: ExpressInterestInput!, $key: String) {
    expressInterest(input: $input, idempotencyKey: $key) {
      id
      version
      status
    }
  }
`;

export const REPLY_TO_INTEREST = /* GraphQL */ `
  mutation Seed_Reply($id: ID!, $expectedVersion: Int!, $message: String!) {
    replyToInterest(id: $id, expectedVersion: $expectedVersion, message: $message) {
      id
      version
      status
    }
  }
`;

export const RESPOND_TO_INTEREST = /* GraphQL */ `
  mutation Seed_Respond($id: ID!, $expectedVersion: Int!, $response: InterestResponse!, $message: String) {
    respondToInterest(id: $id, expectedVersion: $expectedVersion, response: $response, message: $message) {
      id
      version
      status
    }
  }
`;

export const ACV_STATE = /* GraphQL */ `
  query Seed_AcvState($id: ID!) {
    assetOfCommunityValue(id: $id) {
      id
      state
    }
  }
`;
