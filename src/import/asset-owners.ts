import { isCouncilGssCode } from '../kernel/domain/identifiers';
import { findCouncilArea } from '../kernel/domain/council-areas';
import { toNameKey } from '../kernel/domain/names';
import type { GraphQLTransport } from './graphql-client';
import type { OwnerResolution } from './import-engine';

const COUNCIL_BY_CODE = /* GraphQL */ `
  query CouncilByCode($code: String!) {
    councilByGssCode(gssCode: $code) {
      id
      name
    }
  }
`;
const ORGANISATIONS_NAMED = /* GraphQL */ `
  query OrganisationsNamed($prefix: String!) {
    organisationsByName(prefix: $prefix, first: 20) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`;

/**
 * What an owner column's value names: a council by its GSS code, else the one organisation of exactly that
 * name (case, accents and punctuation aside). No match: the rows are recorded with the value as the owner's
 * name (managed by the area's council officers) and no organisation is created, because whoever created it
 * would become its first admin, and a council officer importing their own file is no admin of a department
 * or of another council. Two or more of one name: the rows are not imported (a name is no proof of which).
 */
export async function resolveOwnerColumn(api: GraphQLTransport, value: string): Promise<OwnerResolution> {
  const code = value.toUpperCase();
  if (isCouncilGssCode(code)) {
    const council = await findCouncil(api, code);
    const name = findCouncilArea(code)?.name ?? code;
    return council
      ? {
          value,
          outcome: 'MATCHED_CODE',
          organisationId: council.id,
          ownerName: null,
          message: `${value} is ${council.name} (${council.id})`,
        }
      : {
          value,
          outcome: 'NOT_REGISTERED',
          organisationId: null,
          ownerName: name,
          message: `no council is registered for ${code}: its rows are recorded with "${name}" as the owner's name, managed by the area's council officers`,
        };
  }
  const data = await api<{ organisationsByName: { edges: { node: { id: string; name: string } }[] } }>(
    ORGANISATIONS_NAMED,
    { prefix: value.slice(0, 100) },
  );
  const named = data.organisationsByName.edges
    .map((edge) => edge.node)
    .filter((organisation) => toNameKey(organisation.name) === toNameKey(value));
  const [only] = named;
  if (named.length === 1 && only)
    return {
      value,
      outcome: 'MATCHED_NAME',
      organisationId: only.id,
      ownerName: null,
      message: `"${value}" is ${only.name} (${only.id})`,
    };
  if (named.length > 1)
    return {
      value,
      outcome: 'AMBIGUOUS',
      organisationId: null,
      ownerName: null,
      message: `"${value}" names ${named.length} organisations (${named.map((o) => o.id).join(', ')}): its rows were not imported; import them with --owner <id>`,
    };
  return {
    value,
    outcome: 'NOT_REGISTERED',
    organisationId: null,
    ownerName: value,
    message: `no organisation is named "${value}": its rows are recorded with that owner's name, managed by the area's council officers (once it is registered, an officer hands them to it with updateBuilding)`,
  };
}

/** The council registered for a GSS code, or null. */
export async function findCouncil(
  api: GraphQLTransport,
  code: string,
): Promise<{ id: string; name: string } | null> {
  const data = await api<{ councilByGssCode: { id: string; name: string } | null }>(COUNCIL_BY_CODE, {
    code,
  });
  return data.councilByGssCode;
}
