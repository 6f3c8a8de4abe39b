import type { IResolvers } from 'mercurius';
import { Query } from './Query.js';

export const resolvers: IResolvers = { Query };
