/** index.html's first script: starts the network query before the app's bundle has been parsed. */
import { prefetchNetwork } from './lib/api/network-prefetch';

prefetchNetwork();
