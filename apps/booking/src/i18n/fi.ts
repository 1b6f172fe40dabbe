/** The booking module's strings in Finnish; sv.ts and en.ts must have the same keys. */
export const bookingFi = {
  title: 'Ajanvaraus',
  intro: 'Valitse toimipiste, niin näet sen palvelut ja sen, miten niihin varataan aika.',
  unitPicker: {
    label: 'Toimipiste',
    placeholder: 'Valitse toimipiste',
    loading: 'Ladataan toimipisteitä…',
    none: 'Toimipisteitä ei löytynyt.',
  },
  unit: {
    address: 'Osoite',
  },
  services: {
    heading: 'Palvelut: {{unit}}',
    loading: 'Ladataan palveluja…',
    none: 'Tässä toimipisteessä ei ole verkossa näkyviä palveluja.',
    duration: 'Kesto',
    durationValue: '{{minutes}} min',
    channels: 'Asiointitapa',
    selfBookable: 'Voit varata ajan verkossa.',
    requiresBookingRight:
      'Ajan voi varata verkossa, kun sinulla on ajanvarausoikeus: kutsukirjeen koodi tai ammattilaisen myöntämä oikeus.',
    byPhoneOnly: 'Varaa aika soittamalla toimipisteeseen.',
  },
  channels: {
    onSite: 'Käynti toimipisteessä',
    phone: 'Puhelu',
    video: 'Videoyhteys',
  },
  errors: {
    unitNotFound: 'Valitsemaasi toimipistettä ei löytynyt. Valitse toinen toimipiste.',
    invalidRequest: 'Tietoja ei voitu hakea tällä valinnalla. Valitse toimipiste uudelleen.',
    tooManyRequests: 'Palvelussa on juuri nyt ruuhkaa. Odota hetki ja yritä uudelleen.',
    network: 'Yhteys palveluun ei toiminut. Tarkista verkkoyhteys ja yritä uudelleen.',
    generic: 'Tietoja ei juuri nyt saatu ladattua. Yritä myöhemmin uudelleen.',
    retry: 'Yritä uudelleen',
    invalidPreferences:
      'Asetuksia ei voitu tallentaa näillä valinnoilla. Tarkista valinnat ja yritä uudelleen.',
    unauthenticated: 'Kirjautumisesi on vanhentunut. Kirjaudu uudelleen sisään.',
    forbidden: 'Sinulla ei ole oikeutta tähän toimintoon.',
    actingForNotAllowed:
      'Et voi hoitaa tätä asiaa valitsemasi henkilön puolesta. Vaihda asioiva henkilö sivun yläosasta.',
    temporarilyUnavailable:
      'Palvelu ei juuri nyt pysty tarkistamaan oikeuksiasi. Yritä hetken kuluttua uudelleen.',
    signIn: 'Kirjaudu sisään',
  },
  preferencesLink: 'Muistutusasetukset',
  preferences: {
    title: 'Muistutusasetukset',
    intro:
      'Valitse, miten haluat muistutuksen varatusta ajasta edellisenä päivänä, ja millä kielellä haluat asioida vastaanotolla.',
    actingFor: 'Asetukset koskevat henkilöä {{name}}.',
    signInPrompt: 'Kirjaudu sisään, niin voit valita muistutusasetuksesi.',
    signIn: 'Kirjaudu sisään',
    staffOnly: 'Muistutusasetukset ovat asukkaille. Henkilöstön tunnuksella niitä ei voi muuttaa.',
    loading: 'Haetaan asetuksia…',
    channelLabel: 'Muistutus varatusta ajasta',
    channels: {
      sms: 'Tekstiviesti',
      email: 'Sähköposti',
      none: 'Ei muistutusta',
    },
    languageLabel: 'Asiointikieli vastaanotolla',
    languageDescription: 'Jos et valitse kieltä, asioit samalla kielellä kuin tässä palvelussa.',
    languages: {
      none: 'Ei valintaa',
      fi: 'suomi',
      sv: 'ruotsi',
      en: 'englanti',
    },
    save: 'Tallenna asetukset',
    saving: 'Tallennetaan…',
    saved: 'Asetukset tallennettu.',
    backToBooking: 'Takaisin ajanvaraukseen',
  },
  notFound: {
    title: 'Sivua ei löytynyt',
    backToBooking: 'Takaisin ajanvaraukseen',
  },
};

export type BookingStrings = typeof bookingFi;
