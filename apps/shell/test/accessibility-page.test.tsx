import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderShell } from './render-shell';

describe('accessibility statement', () => {
  it.each([
    [
      'fi',
      'Saavutettavuusseloste',
      'Saavutettavuuden tila',
      'osittain WCAG 2.1',
      '14 päivän',
      'Etelä-Suomen aluehallintoviraston',
    ],
    [
      'sv',
      'Tillgänglighetsutlåtande',
      'Tillgänglighetsstatus',
      'delvis',
      'inom 14 dagar',
      'Regionförvaltningsverket i Södra Finland',
    ],
    [
      'en',
      'Accessibility statement',
      'Compliance status',
      'partially meets',
      'within 14 days',
      'Regional State Administrative Agency for Southern Finland',
    ],
  ] as const)(
    'is complete in %s',
    async (language, title, statusHeading, status, responseTime, formerAuthority) => {
      renderShell({ path: '/accessibility', language });
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
      expect(screen.getByRole('heading', { level: 2, name: statusHeading })).toBeTruthy();
      const text = screen.getByRole('main').textContent ?? '';
      expect(text).toContain(status);
      expect(text).toContain(responseTime);
      expect(text).toContain('Traficom');
      expect(text).toContain(formerAuthority);
      expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(4);
      expect(screen.getByRole('link', { name: /@/ }).getAttribute('href')).toMatch(/^mailto:/);
    },
  );
});
