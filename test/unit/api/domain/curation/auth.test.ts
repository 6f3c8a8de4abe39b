import { describe, expect, it } from 'vitest';
import { bearerToken, curatorResolver } from '../../../../../api/src/domain/curation/auth.js';

describe('curator authentication', () => {
  const resolve = curatorResolver({ 'alice-token-0123456789': 'alice', 'bob-token-0123456789ab': 'bob' });

  it('should find the curator of a known bearer token', () => {
    expect(resolve('Bearer alice-token-0123456789')).toBe('alice');
    expect(resolve('bearer   bob-token-0123456789ab ')).toBe('bob');
  });

  it.each([
    undefined,
    '',
    'Bearer',
    'Bearer ',
    'Basic alice-token-0123456789',
    'alice-token-0123456789',
    'Bearer alice-token-012345678',
    'Bearer alice-token-01234567890',
    'Bearer alice-token-0123456789 extra',
    ['Bearer alice-token-0123456789'],
  ])('should refuse %j', (header) => {
    expect(resolve(header)).toBeNull();
  });

  it('should refuse everything when no token is configured', () => {
    expect(curatorResolver({})('Bearer anything-at-all-here')).toBeNull();
  });

  it('should read only the Bearer scheme', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('Token abc')).toBeNull();
  });
});
