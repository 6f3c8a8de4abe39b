/**
 * The peer: the same model served by the Neo4j GraphQL Library (@neo4j/graphql), as a team would write it
 * instead of our API. Same labels, relationship types and full-text index (entity_search) as the product.
 * Only the parts the shared workloads need: an actor with its neighbours (W2) and full-text search (W4).
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Actor @node(labels: ["Actor", "Entity"]) {
    id: ID!
    name: String!
    kind: String
    aliases: [String!]
    memberOf: [Actor!]! @relationship(type: "MEMBER_OF", direction: OUT)
    members: [Actor!]! @relationship(type: "MEMBER_OF", direction: IN)
    cooperatesWith: [Actor!]! @relationship(type: "COOPERATES_WITH", direction: OUT)
    cooperatedWithBy: [Actor!]! @relationship(type: "COOPERATES_WITH", direction: IN)
    partyTo: [LegalInstrument!]! @relationship(type: "PARTY_TO", direction: OUT)
  }

  type LegalInstrument @node(labels: ["LegalInstrument", "Entity"]) {
    id: ID!
    name: String!
    type: String
    parties: [Actor!]! @relationship(type: "PARTY_TO", direction: IN)
  }

  type Entity
    @node(labels: ["Entity"])
    @fulltext(
      indexes: [
        { indexName: "entity_search", queryName: "searchEntities", fields: ["name", "aliasText", "text", "quoteText"] }
      ]
    ) {
    id: ID!
    name: String
    kind: String
    aliasText: String
    text: String
    quoteText: String
  }
`;

/** The relationship types both W2 queries traverse (ours as `relationTypes`, the peer as fields). */
export const W2_TYPES = ['MEMBER_OF', 'COOPERATES_WITH', 'PARTY_TO'];

const ACTOR_NEIGHBOURS = (inner: string) => `
  memberOf { ${inner} } members { ${inner} } cooperatesWith { ${inner} } cooperatedWithBy { ${inner} }`;

const BRIEF = 'id name kind';

/** W2 on the peer: the actor and its neighbours through W2_TYPES, nested `depth` levels (1 or 2). */
export function peerNeighbourhoodQuery(depth: 1 | 2): string {
  const level1 =
    depth === 1
      ? `${ACTOR_NEIGHBOURS(BRIEF)} partyTo { id name type }`
      : `${ACTOR_NEIGHBOURS(`${BRIEF} ${ACTOR_NEIGHBOURS(BRIEF)} partyTo { id name type }`)}
         partyTo { id name type parties { ${BRIEF} } }`;
  return `query PeerNeighbourhood($id: ID!) { actors(where: { id: { eq: $id } }) { ${BRIEF} ${level1} } }`;
}

/** W4 on the peer: the same Lucene query text on the same index, best score first. */
export const PEER_SEARCH = `query PeerSearch($phrase: String!, $first: Int) {
  searchEntities(phrase: $phrase, first: $first, sort: [{ score: DESC }]) { edges { score node { id name kind } } }
}`;
