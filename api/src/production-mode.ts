/**
 * Imported first by the server entry (server.ts), before any module that loads graphql-js: NODE_ENV defaults to
 * `production` there, unless it is set. graphql-js reads NODE_ENV once, when its modules load; outside production
 * every failed type check (isObjectType, isInputType… on each variable, argument and field) also compares class
 * names to detect a second copy of graphql, about 0.1 ms per request of this API (issue 20). Nothing else the API
 * loads reads NODE_ENV (checked at start-up and under requests). Tests (vitest sets `test`) and an explicit
 * NODE_ENV keep graphql-js' development checks.
 */
process.env.NODE_ENV ??= 'production';

export {};
