/**
 * The HTTP side of the in-process load generator: POST /graphql over keep-alive connections (one agent per
 * target, at most `concurrency` sockets), the answer parsed; GraphQL errors count as failures.
 */
import { Agent, request } from 'node:http';

export interface GraphQLClient {
  post<T = unknown>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T>;
  close(): void;
}

export function graphqlClient(endpoint: string, maxSockets: number): GraphQLClient {
  const url = new URL(endpoint);
  const agent = new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  return {
    post<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
      const body = JSON.stringify({ query, variables });
      return new Promise<T>((resolve, reject) => {
        const req = request(
          {
            agent,
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
              ...headers,
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              try {
                const parsed = JSON.parse(text) as {
                  data?: T;
                  errors?: Array<{ message: string }>;
                };
                if (res.statusCode !== 200 || parsed.errors?.length || !parsed.data) {
                  reject(new Error(`HTTP ${res.statusCode}: ${parsed.errors?.[0]?.message ?? text.slice(0, 200)}`));
                } else resolve(parsed.data);
              } catch {
                reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
              }
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}
