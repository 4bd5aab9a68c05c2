import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { readSession } from "../auth/session";

/** Sends the session's bearer token with every request to the gateway's /graphql (same origin). */
const withToken = new ApolloLink((operation, forward) => {
  const token = readSession()?.token;
  if (token) operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, authorization: `Bearer ${token}` } }));
  return forward(operation);
});

export const graphClient = new ApolloClient({
  link: ApolloLink.from([withToken, new HttpLink({ uri: "/graphql" })]),
  // nothing is cached between requests (react-admin keeps its own query cache): in particular
  // an unmasked reporter never outlives the component that asked for it
  cache: new InMemoryCache(),
  defaultOptions: {
    query: { fetchPolicy: "no-cache", errorPolicy: "all" },
    mutate: { fetchPolicy: "no-cache", errorPolicy: "all" },
  },
});
