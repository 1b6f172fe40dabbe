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
};

export type ModuleStrings = typeof moduleFi;
