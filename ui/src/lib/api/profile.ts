/**
 * The actor profile (issue 19): its eligibility in every objective × approach with the memberships and the
 * provisions that name it (one operation), the actions naming it (every page) and its paths to ENISA.
 */
import { allPages, graphql } from './client';
import {
  ActorProfileDocument,
  ProfileActionsDocument,
  ProfilePathsDocument,
  type ActorProfileQuery,
  type ProfileActionsQuery,
  type ProfilePathsQuery,
} from './generated/graphql';
import type { AssumptionState } from '../state/url-state';

type ProfileAnswer = NonNullable<ActorProfileQuery['actorProfile']>;
type ActorAnswer = NonNullable<ActorProfileQuery['actor']>;
export type ProfileCell = ProfileAnswer['cells'][number];
export type ProfileReason = ProfileCell['reasons'][number];
export type Membership = ActorAnswer['memberships']['edges'][number]['node'];
export type ProfileProvision = ActorAnswer['provisions']['edges'][number]['node'];
export type ProfileAction = NonNullable<ProfileActionsQuery['actions']>['edges'][number]['node'];
export type ProfilePaths = NonNullable<ProfilePathsQuery['paths']>;

export interface Profile extends Omit<ProfileAnswer, 'actor'> {
  actor: ProfileAnswer['actor'];
  memberships: Membership[];
  membershipTotal: number;
  provisions: ProfileProvision[];
  provisionTotal: number;
}

/** The profile, or null when no actor has the id. */
export async function fetchProfile(actor: string, assume: readonly AssumptionState[]): Promise<Profile | null> {
  const data = await graphql(ActorProfileDocument, { actor, assume: [...assume] });
  if (!data.actorProfile || !data.actor) return null;
  const { memberships, provisions } = data.actor;
  return {
    ...data.actorProfile,
    memberships: memberships.edges.map((e) => e.node),
    membershipTotal: memberships.totalCount,
    provisions: provisions.edges.map((e) => e.node),
    provisionTotal: provisions.totalCount,
  };
}

export async function fetchProfileActions(actor: string): Promise<ProfileAction[]> {
  const page = async (after: string | null) => (await graphql(ProfileActionsDocument, { actor, after })).actions;
  const first = await page(null);
  return first ? allPages(first, page) : [];
}

export async function fetchProfilePaths(from: string, to: string): Promise<ProfilePaths | null> {
  return (await graphql(ProfilePathsDocument, { from, to })).paths;
}
