import { graphql } from './client';

export interface IncidentType {
  id: string;
  code: string;
  name: string;
}

export interface Responder {
  order: number;
  role: string | null;
  actor: { id: string; name: string; kind: string };
  citations: Array<{ document: { id: string; name: string }; locator: string; quote: string }>;
}

export async function fetchIncidentTypes(): Promise<IncidentType[]> {
  const data = await graphql<{ incidentTypes: IncidentType[] }>('{ incidentTypes { id code name } }');
  return data.incidentTypes;
}

const RESPONSE = `query Incident($kind: String!) {
  incidentResponse(kind: $kind) {
    incidentType { id code name description }
    responders { order role actor { id name kind } citations { document { id name } locator quote } }
  }
}`;

export async function fetchIncidentResponse(
  kind: string,
): Promise<{ incidentType: IncidentType & { description: string | null }; responders: Responder[] }> {
  const data = await graphql<{
    incidentResponse: { incidentType: IncidentType & { description: string | null }; responders: Responder[] };
  }>(RESPONSE, { kind });
  return data.incidentResponse;
}
