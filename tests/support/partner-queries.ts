/**
 * Queries a partner frontend really sends, used to check that the query budget lets them through (tests)
 * and to measure what the check costs (bench/budget.ts).
 */

/**
 * The deepest query the schema's real uses need: a council officer's dashboard of the area's buildings, each
 * with its owner and the owner's members, and the latest changes. Signed in.
 */
export const COUNCIL_DASHBOARD = /* GraphQL */ `
  query CouncilDashboard($councilCode: String!, $councilId: ID!, $after: String) {
    organisation(id: $councilId) {
      id
      name
      gssCode
      verified
      members(first: 50) {
        edges {
          node {
            userId
            role
            createdAt
            version
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
    buildingsByCouncil(councilCode: $councilCode, first: 50, after: $after) {
      edges {
        cursor
        node {
          ...BuildingSummary
          owner {
            id
            name
            kind
            verified
            members(first: 20) {
              edges {
                node {
                  userId
                  role
                }
              }
            }
          }
          history(first: 5) {
            edges {
              node {
                action
                at
                actorId
                changes {
                  field
                  oldValue
                  newValue
                }
              }
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }

  fragment BuildingSummary on Building {
    id
    name
    uprn
    assetReference
    status
    category
    visibility
    version
    floorAreaSqm
    accessibilityFeatures
    address {
      lines
      postTown
      postcode
      postcodeIsPartial
    }
    location {
      latitude
      longitude
    }
    tenure {
      type
      detail
    }
    ownerName
    updatedAt
  }
`;

/** The public map of an area: the largest page, every public field and the owner's name. Anonymous. */
export const PUBLIC_AREA_MAP = /* GraphQL */ `
  query PublicAreaMap($councilCode: String!, $first: Int) {
    buildingsByCouncil(councilCode: $councilCode, first: $first) {
      edges {
        node {
          id
          name
          uprn
          status
          category
          accessibilityFeatures
          address {
            lines
            postTown
            postcode
            postcodeIsPartial
          }
          location {
            latitude
            longitude
          }
          tenure {
            type
            detail
          }
          owner {
            id
            name
            kind
            verified
            website
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** `owner { buildings(first: 100) }` nested `levels` times under a first page of 100 buildings. */
export function nestedOwnerBuildings(levels: number, councilCode = 'E07000078'): string {
  let inner = 'name';
  for (let level = 0; level < levels; level++) {
    inner = `name owner { buildings(first: 100) { edges { node { ${inner} } } } }`;
  }
  return `{ buildingsByCouncil(councilCode: "${councilCode}", first: 100) { edges { node { ${inner} } } } }`;
}

/** `count` aliases of a full page of an area's buildings. */
export function aliasedPages(count: number, councilCode = 'E07000078'): string {
  const fields: string[] = [];
  for (let i = 0; i < count; i++) {
    fields.push(
      `a${i}: buildingsByCouncil(councilCode: "${councilCode}", first: 100) { edges { node { name } } }`,
    );
  }
  return `{ ${fields.join(' ')} }`;
}
