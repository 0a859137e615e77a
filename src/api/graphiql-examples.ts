export const GRAPHIQL_DEFAULT_QUERY = "{ meetings(first: 5) { edges { node { key name } } } }";
