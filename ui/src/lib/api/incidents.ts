/** The incident view: the kinds of incident, and who responds to one. */
import { graphql } from './client';
import {
  IncidentResponseDocument,
  IncidentTypesDocument,
  type IncidentResponseQuery,
  type IncidentTypeCode,
  type IncidentTypesQuery,
} from './generated/graphql';

export type IncidentType = IncidentTypesQuery['incidentTypes'][number];
type Response = NonNullable<IncidentResponseQuery['incidentResponse']>;
export type Responder = Response['responders'][number];
export type TriggeredPlan = Response['plans'][number];

export async function fetchIncidentTypes(): Promise<IncidentType[]> {
  return (await graphql(IncidentTypesDocument, {})).incidentTypes;
}

/** Who responds to one kind of incident; null when the graph does not hold that kind. */
export async function fetchIncidentResponse(code: IncidentTypeCode): Promise<Response | null> {
  return (await graphql(IncidentResponseDocument, { code })).incidentResponse;
}
