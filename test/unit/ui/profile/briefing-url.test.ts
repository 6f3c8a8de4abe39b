import { describe, expect, it } from 'vitest';
import { profileBriefingFileName, profileBriefingUrl } from '../../../../ui/src/lib/profile/briefing-url';

describe('profile briefing links', () => {
  it('should ask GET /briefing for the actor and the format, and nothing else without assumptions', () => {
    expect(profileBriefingUrl('japan', 'pdf')).toBe('/briefing?actor=japan&format=pdf');
    expect(profileBriefingUrl('united-states', 'png')).toBe('/briefing?actor=united-states&format=png');
  });

  it('should add one assume per what-if, in order, as the eligibility briefing writes them', () => {
    const url = profileBriefingUrl('japan', 'html', [
      { kind: 'SPECIFIC_EU_AGREEMENT', actor: 'united-states' },
      { kind: 'INCOMPATIBLE', actor: 'japan' },
    ]);
    expect(url).toBe(
      '/briefing?actor=japan&assume=specific-eu-agreement:united-states&assume=incompatible:japan&format=html',
    );
    const params = new URL(url, 'http://x').searchParams;
    expect(params.getAll('assume')).toEqual(['specific-eu-agreement:united-states', 'incompatible:japan']);
  });

  it('should name the downloaded file after the actor and the day', () => {
    const day = new Date('2026-12-05T12:00:00Z');
    expect(profileBriefingFileName('japan', 'pdf', day)).toBe('explorer-briefing-profile-japan-2026-12-05.pdf');
    expect(profileBriefingFileName('japan', 'svg', day)).toBe('explorer-briefing-profile-japan-diagram-2026-12-05.svg');
  });
});
