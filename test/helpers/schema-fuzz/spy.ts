/**
 * Counts the write transactions a driver opens (sessions in WRITE mode, executeQuery routed to WRITE), so a
 * test can check that a request wrote nothing, whatever other tests write to the same database meanwhile.
 */
import neo4j, { type Driver } from 'neo4j-driver';

export function countWrites(driver: Driver): () => number {
  let writes = 0;
  const session = driver.session.bind(driver);
  const executeQuery = driver.executeQuery.bind(driver);
  driver.session = ((config = {}) => {
    if ((config.defaultAccessMode ?? neo4j.session.WRITE) === neo4j.session.WRITE) writes += 1;
    return session(config);
  }) as Driver['session'];
  driver.executeQuery = ((query: string, parameters?: unknown, config: { routing?: string } = {}) => {
    if ((config.routing ?? neo4j.routing.WRITE) === neo4j.routing.WRITE) writes += 1;
    return executeQuery(query as never, parameters as never, config as never);
  }) as Driver['executeQuery'];
  return () => writes;
}
