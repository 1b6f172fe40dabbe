import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { addNamespace, initI18n } from '../src';

// A remote declares its namespace like this, which also types the keys below.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    example: { title: string };
  }
}

const bundles = {
  fi: { title: 'Ajanvaraus' },
  sv: { title: 'Tidsbokning' },
  en: { title: 'Appointments' },
};

describe('addNamespace', () => {
  it("adds a remote's own strings in all three languages", async () => {
    const i18n = initI18n({ instance: i18next.createInstance(), storage: undefined });
    addNamespace(i18n, 'example', bundles);
    expect(i18n.t('title', { ns: 'example' })).toBe('Ajanvaraus');
    await i18n.changeLanguage('sv');
    expect(i18n.t('title', { ns: 'example' })).toBe('Tidsbokning');
  });

  it('leaves a namespace that is already there untouched', () => {
    const i18n = initI18n({ instance: i18next.createInstance(), storage: undefined });
    addNamespace(i18n, 'example', bundles);
    addNamespace(i18n, 'example', { ...bundles, fi: { title: 'Toinen' } });
    expect(i18n.t('title', { ns: 'example' })).toBe('Ajanvaraus');
  });
});
