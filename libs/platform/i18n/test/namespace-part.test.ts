import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { addNamespace, addNamespacePart, initI18n } from '../src';

declare module 'i18next' {
  interface ResourceNamespaceMap {
    parted: { title: string; staff: { loading: string; title?: string } };
  }
}

const first = {
  fi: { title: 'Ajanvaraus', staff: { loading: 'Ladataan…' } },
  sv: { title: 'Tidsbokning', staff: { loading: 'Laddar…' } },
  en: { title: 'Appointments', staff: { loading: 'Loading…' } },
};
const staffPart = {
  fi: { staff: { title: 'Henkilöstö', loading: 'Ei tätä' } },
  sv: { staff: { title: 'Personal', loading: 'Inte detta' } },
  en: { staff: { title: 'Staff', loading: 'Not this' } },
};

describe('addNamespacePart', () => {
  it('adds a later chunk’s strings to a namespace already there, in every language, keeping what was there', async () => {
    const i18n = initI18n({ instance: i18next.createInstance(), storage: undefined });
    addNamespace(i18n, 'parted', first);
    expect(i18n.exists('staff.title', { ns: 'parted' })).toBe(false);
    addNamespacePart(i18n, 'parted', staffPart);
    expect(i18n.t('staff.title', { ns: 'parted' })).toBe('Henkilöstö');
    expect(i18n.t('staff.loading', { ns: 'parted' })).toBe('Ladataan…');
    expect(i18n.t('title', { ns: 'parted' })).toBe('Ajanvaraus');
    await i18n.changeLanguage('en');
    expect(i18n.t('staff.title', { ns: 'parted' })).toBe('Staff');
    expect(i18n.t('staff.loading', { ns: 'parted' })).toBe('Loading…');
  });

  it('adds a part once per instance, however often it is called', () => {
    const i18n = initI18n({ instance: i18next.createInstance(), storage: undefined });
    addNamespace(i18n, 'parted', first);
    let added = 0;
    i18n.store.on('added', () => (added += 1));
    addNamespacePart(i18n, 'parted', staffPart);
    addNamespacePart(i18n, 'parted', staffPart);
    expect(added).toBe(3);
  });
});
