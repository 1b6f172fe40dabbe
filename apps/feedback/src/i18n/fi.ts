/** The module's strings in Finnish; sv.ts and en.ts must have the same keys. */
export const moduleFi = {
  title: 'Palaute',
  intro: 'Näissä toimipisteissä voit asioida kanssamme.',
  loading: 'Ladataan…',
  none: 'Toimipisteillä ei ole vielä palveluja tässä.',
  staffLink: 'Henkilöstön sivut',
  errors: {
    unitNotFound: 'Toimipistettä ei löytynyt toimipisteluettelosta.',
  },
  staff: {
    title: 'Palaute: henkilöstö',
    intro: 'Lisää toimipisteesi palveluvalikoimaan palvelu, jonka asukkaat näkevät.',
    staffOnly: 'Tämä sivu on henkilöstölle. Kirjaudu sisään henkilöstön tunnuksilla.',
    signIn: 'Kirjaudu sisään',
    noUnits: 'Sinulla ei ole tämän palvelun rooleja yhdessäkään toimipisteessä.',
    unitLabel: 'Toimipiste',
    entriesHeading: 'Palvelut nyt',
    formHeading: 'Lisää palvelu',
    saved: 'Palvelu lisätty: {{name}}.',
    save: 'Lisää palvelu',
    saving: 'Lisätään…',
    fields: {
      nameFi: { label: 'Nimi suomeksi', errorMessage: 'Kirjoita nimi suomeksi (enintään 500 merkkiä).' },
      nameSv: { label: 'Nimi ruotsiksi', errorMessage: 'Kirjoita nimi ruotsiksi (enintään 500 merkkiä).' },
      nameEn: {
        label: 'Nimi englanniksi',
        errorMessage: 'Kirjoita nimi englanniksi (enintään 500 merkkiä).',
      },
      descriptionFi: {
        label: 'Kuvaus suomeksi',
        description: 'Vapaaehtoinen. Jos kirjoitat kuvauksen, kirjoita se kaikilla kolmella kielellä.',
        errorMessage: 'Kirjoita kuvaus kaikilla kielillä tai jätä se tyhjäksi (enintään 2 000 merkkiä).',
      },
      descriptionSv: {
        label: 'Kuvaus ruotsiksi',
        errorMessage: 'Kirjoita kuvaus kaikilla kielillä tai jätä se tyhjäksi (enintään 2 000 merkkiä).',
      },
      descriptionEn: {
        label: 'Kuvaus englanniksi',
        errorMessage: 'Kirjoita kuvaus kaikilla kielillä tai jätä se tyhjäksi (enintään 2 000 merkkiä).',
      },
    },
  },
  // Answering a feedback request from its link (issue 11, part 1).
  answer: {
    title: 'Anna palautetta',
    loading: 'Avataan kyselyä…',
    aboutUnit: 'Palaute koskee toimipistettä {{unit}}.',
    aboutService: 'Palaute koskee saamaasi palvelua.',
    questionOf: 'Kysymys {{number}}/{{total}}',
    optional: 'Voit jättää kysymyksen vastaamatta.',
    cannotSay: 'En osaa sanoa',
    recommendationLow: '0 = en lainkaan todennäköisesti',
    recommendationHigh: '10 = erittäin todennäköisesti',
    agreement: {
      '1': 'Täysin eri mieltä',
      '2': 'Jokseenkin eri mieltä',
      '3': 'Ei samaa eikä eri mieltä',
      '4': 'Jokseenkin samaa mieltä',
      '5': 'Täysin samaa mieltä',
    },
    smiley: {
      '1': 'Tosi huono',
      '2': 'Huono',
      '3': 'Siltä väliltä',
      '4': 'Hyvä',
      '5': 'Tosi hyvä',
    },
    respondent: {
      label: 'Kuka vastasi?',
      self: 'Vastasin itse',
      withHelp: 'Vastasin toisen avustamana',
      relative: 'Läheinen vastasi puolestani',
    },
    textTooLong: 'Lyhennä tekstiä: enintään {{max}} merkkiä.',
    save: 'Tallenna ja jatka myöhemmin',
    saving: 'Tallennetaan…',
    saved: 'Vastauksesi on tallennettu. Voit jatkaa myöhemmin samasta linkistä.',
    submit: 'Lähetä palaute',
    submitting: 'Lähetetään…',
    thanksTitle: 'Kiitos palautteestasi!',
    thanksText: 'Palautteesi on tallennettu nimettömänä. Käytämme sitä palvelujen kehittämiseen.',
    unusableTitle: 'Linkki ei ole enää käytössä',
    unusableText:
      'Palautelinkki toimii kerran ja rajatun ajan. Tällä linkillä ei voi enää vastata. Kiitos, että halusit antaa palautetta!',
    errors: {
      REQUEST_LINK_UNUSABLE: 'Palautelinkki ei ole enää käytössä.',
      REQUEST_LINK_ATTEMPTS_EXCEEDED: 'Liian monta yritystä. Yritä myöhemmin uudelleen.',
      ANSWER_SHEET_INVALID: 'Vastauksia ei voitu tallentaa. Tarkista vastaukset ja yritä uudelleen.',
      ANSWER_SHEET_EMPTY: 'Vastaa vähintään yhteen kysymykseen ennen lähettämistä.',
    },
  },
};

export type ModuleStrings = typeof moduleFi;
