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
    // Numbers go through Intl (", number"): "1 000" in Finnish and Swedish, "1,000" in English.
    characterCount: '{{used, number}} / {{limit, number}} merkkiä',
    charactersTooMany_one: '{{count, number}} merkki liikaa',
    charactersTooMany_other: '{{count, number}} merkkiä liikaa',
  },
  form: {
    checkFields: 'Tietoja puuttuu tai ne ovat virheellisiä. Tarkista alla merkityt kentät.',
  },
  serviceErrors: {
    network: 'Yhteys palveluun ei toiminut. Tarkista verkkoyhteys ja yritä uudelleen.',
    generic: 'Tietoja ei juuri nyt saatu ladattua. Yritä myöhemmin uudelleen.',
    invalidRequest: 'Palvelu ei voinut käsitellä näitä tietoja. Tarkista ne ja yritä uudelleen.',
    tooManyRequests: 'Palvelussa on juuri nyt ruuhkaa. Odota hetki ja yritä uudelleen.',
    unauthenticated: 'Kirjautumisesi on vanhentunut. Kirjaudu uudelleen sisään.',
    forbidden: 'Sinulla ei ole oikeutta tähän toimintoon.',
    actingForNotAllowed:
      'Et voi hoitaa tätä asiaa valitsemasi henkilön puolesta. Vaihda asioiva henkilö sivun yläosasta.',
    temporarilyUnavailable: 'Palvelu ei ole juuri nyt käytettävissä. Yritä hetken kuluttua uudelleen.',
    retry: 'Yritä uudelleen',
    signIn: 'Kirjaudu sisään',
  },
  remote: {
    loading: 'Ladataan palvelua…',
    unavailable: 'Palvelu ei ole juuri nyt käytettävissä. Yritä myöhemmin uudelleen.',
    retry: 'Yritä uudelleen',
  },
};

export type CommonStrings = typeof commonFi;
