/** Strings the platform components need, in Finnish: the source every other language must match. */
export const commonFi = {
  skipToMainContent: 'Siirry pääsisältöön',
  languageSwitch: {
    label: 'Kieli',
  },
  loading: 'Ladataan…',
  dialog: {
    close: 'Sulje',
  },
  field: {
    required: 'pakollinen',
  },
  remote: {
    loading: 'Ladataan palvelua…',
    unavailable: 'Palvelu ei ole juuri nyt käytettävissä. Yritä myöhemmin uudelleen.',
    retry: 'Yritä uudelleen',
  },
};

export type CommonStrings = typeof commonFi;
