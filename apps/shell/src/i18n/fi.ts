/** The shell's own strings in Finnish; sv.ts and en.ts must have the same keys. */
export const shellFi = {
  regionName: 'Länsirannikon hyvinvointialue',
  serviceName: 'Sähköinen asiointi',
  home: {
    title: 'Sähköinen asiointi',
    intro:
      'Hoida terveys- ja sosiaalipalvelujen asioita silloin, kun sinulle sopii. Valitse alta palvelu, jota tarvitset.',
    servicesHeading: 'Palvelut',
    noServices: 'Verkossa ei ole juuri nyt käytettävissä palveluja.',
    manifestUnavailable: 'Palvelujen tietoja ei juuri nyt saatu ladattua. Yritä myöhemmin uudelleen.',
  },
  modules: {
    booking: {
      title: 'Ajanvaraus',
      description: 'Varaa, siirrä tai peru aika terveys- ja sosiaalipalveluihin.',
    },
    'family-centre': {
      title: 'Perhekeskus',
      description: 'Neuvola, perheiden tuki sekä kasvatus- ja perheneuvonta.',
    },
    'work-ability': {
      title: 'Työkyvyn tuki',
      description: 'Työkyvyn arviointi ja tuki työhön palaamiseen tai työssä jatkamiseen.',
    },
    feedback: {
      title: 'Palaute',
      description: 'Anna palautetta palveluista tai tee muistutus.',
    },
  },
  notFound: {
    title: 'Sivua ei löytynyt',
    text: 'Etsimääsi sivua ei ole olemassa, tai se on siirretty.',
    backHome: 'Siirry etusivulle',
  },
  footer: {
    accessibility: 'Saavutettavuusseloste',
    homeLink: 'Etusivu',
  },
  accessibility: {
    title: 'Saavutettavuusseloste',
  },
  auth: {
    signIn: 'Kirjaudu sisään',
    signingIn: 'Kirjaudutaan sisään…',
    signingOut: 'Kirjaudutaan ulos…',
    checking: 'Tarkistetaan kirjautumista…',
    redirecting: 'Siirrytään tunnistautumiseen…',
    signedInAs: 'Kirjautuneena',
    userMenu: 'Käyttäjävalikko',
    signOut: 'Kirjaudu ulos',
    dataAccessLink: 'Kuka on käsitellyt tietojani',
    guardianConsentLink: 'Kuka saa asioida puolestani',
    required: {
      title: 'Kirjaudu sisään',
      text: 'Tällä sivulla on henkilökohtaisia tietoja. Kirjaudu sisään, niin pääset jatkamaan.',
    },
    residentsOnly: 'Tämä sivu on asukkaille. Henkilöstön tunnuksella sitä ei voi käyttää.',
    notices: {
      sessionEnded: 'Istuntosi on päättynyt. Kirjaudu uudelleen sisään jatkaaksesi.',
      signInFailed: 'Kirjautuminen ei onnistunut. Yritä uudelleen.',
      signInCancelled: 'Kirjautuminen keskeytettiin. Voit kirjautua uudelleen, kun haluat.',
      unavailable: 'Kirjautuminen ei ole juuri nyt käytettävissä. Yritä myöhemmin uudelleen.',
      dismiss: 'Sulje ilmoitus',
    },
    signedOut: {
      title: 'Olet kirjautunut ulos',
      text: 'Kiitos asioinnista. Jos käytit yhteistä laitetta, sulje vielä selain.',
      idleTitle: 'Istuntosi päättyi',
      idleText:
        'Sinut kirjattiin ulos, koska et käyttänyt palvelua {{minutes}} minuuttiin. Tallentamasi tiedot ovat tallessa.',
      signInAgain: 'Kirjaudu uudelleen',
      home: 'Siirry etusivulle',
    },
    idle: {
      title: 'Haluatko jatkaa asiointia?',
      text: 'Et ole käyttänyt palvelua hetkeen. Tietoturvan vuoksi sinut kirjataan ulos automaattisesti.',
      remaining: 'Aikaa jäljellä: {{time}}',
      continue: 'Jatka asiointia',
      signOut: 'Kirjaudu ulos',
    },
  },
  staff: {
    modeLabel: 'Henkilöstö',
    rolesLabel: 'Roolisi',
    roleInUnit: '{{role}}, {{unit}}',
    /** While the unit directory loads or cannot be read: never the unit's id. */
    roleInSomeUnit: '{{role}}, hyvinvointialueen toimipiste',
    roles: {
      'booking-admin': 'Ajanvarauksen pääkäyttäjä',
      nurse: 'Sairaanhoitaja',
      'family-centre-worker': 'Perhekeskuksen työntekijä',
      'work-ability-professional': 'Työkyvyn tuen ammattilainen',
      'feedback-analyst': 'Palauteanalyytikko',
      manager: 'Esihenkilö',
    },
    unknownRole: 'Ammattilainen',
    noRoles: 'Tunnuksellesi ei ole merkitty rooleja.',
    areasLabel: 'Henkilöstön sivut',
    areas: {
      booking: 'Ajanvarauksen hallinta',
    },
  },
  acting: {
    label: 'Asioin',
    self: 'Itse',
    change: 'Vaihda henkilöä',
    dialogTitle: 'Kenen asioita hoidat?',
    groupLabel: 'Asioin',
    apply: 'Vaihda',
    cancel: 'Peruuta',
    relation: {
      'guardian-of': 'Huollettavasi',
      'mandate-holder-for': 'Valtuutus',
    },
    onlyScopes: 'Vain: {{scopes}}',
    unavailableHeading: 'Näiden henkilöiden puolesta et voi nyt asioida',
    reasons: {
      minorHasNotAllowed:
        '{{given}} ei ole antanut sinulle lupaa asioida puolestaan. 12–17-vuotias päättää itse, saako huoltaja asioida hänen puolestaan.',
      subjectIsAdult:
        '{{given}} on täysi-ikäinen. Hänen puolestaan voi asioida vain hänen antamallaan valtuutuksella.',
      noMandate: 'Sinulla ei ole voimassa olevaa valtuutusta asioida hänen puolestaan.',
      mandateNotYetValid: 'Valtuutuksesi ei ole vielä voimassa.',
      mandateExpired: 'Valtuutuksesi on päättynyt.',
      mandateDoesNotCover: 'Valtuutuksesi ei koske näitä palveluja.',
      other: 'Et voi tällä hetkellä asioida hänen puolestaan.',
    },
    loadFailed:
      'Henkilöitä, joiden puolesta voit asioida, ei saatu juuri nyt haettua. Asioit omissa asioissasi.',
  },
  guardianConsent: {
    title: 'Kuka saa asioida puolestani',
    intro:
      'Kun olet 12–17-vuotias, päätät itse, missä palveluissa huoltajasi saa asioida puolestasi, esimerkiksi varata sinulle ajan. Voit muuttaa valintaasi milloin tahansa.',
    loading: 'Haetaan huoltajiasi…',
    none: 'Sinulle ei ole merkitty huoltajia.',
    groupLabel: '{{name}} saa asioida puolestani näissä palveluissa:',
    groupDescription: 'Jos et valitse mitään, {{given}} ei voi asioida puolestasi.',
    save: 'Tallenna valinta',
    saving: 'Tallennetaan…',
    saved: 'Valinta tallennettu: {{given}} saa asioida puolestasi näissä: {{scopes}}.',
    savedNone: 'Valinta tallennettu: {{given}} ei voi asioida puolestasi.',
    errors: {
      loadFailed: 'Huoltajiesi tietoja ei saatu juuri nyt haettua. Yritä myöhemmin uudelleen.',
      saveFailed: 'Valintaa ei saatu tallennettua. Yritä uudelleen.',
      notMinor: 'Voit tehdä tämän valinnan, kun olet 12–17-vuotias.',
      retry: 'Yritä uudelleen',
    },
  },
  dataAccess: {
    title: 'Kuka on käsitellyt tietojani',
    intro:
      'Sinulla on oikeus saada tietää, kuka on käsitellyt asiakastietojasi, milloin ja mihin tarkoitukseen (laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä 703/2023, 11 §). Tällä sivulla näet tietojesi käsittelyt näissä verkkopalveluissa. Ammattilaiset näytetään tehtävän ja toimipisteen mukaan.',
    actingFor: 'Näytetään henkilön {{name}} tiedot.',
    noServices: 'Yksikään palvelu ei ole juuri nyt käytettävissä.',
    listLabel: 'Tapahtumat: {{service}}',
    loading: 'Haetaan tapahtumia…',
    none: 'Ei tapahtumia.',
    loadMore: 'Näytä lisää tapahtumia',
    loadingMore: 'Haetaan lisää…',
    failed: 'Palvelun tietoja ei saatu juuri nyt haettua. Yritä myöhemmin uudelleen.',
    loadMoreFailed: 'Lisää tapahtumia ei saatu haettua. Yritä uudelleen.',
    retry: 'Yritä uudelleen',
    fields: {
      service: 'Palvelu',
      who: 'Kuka',
      what: 'Mitä',
      why: 'Miksi',
      outcome: 'Tulos',
    },
    actor: {
      self: 'Sinä',
      subjectSelf: '{{given}} itse',
      guardian: 'Huoltajasi',
      subjectGuardian: 'Huoltaja',
      mandateHolder: 'Valtuuttamasi henkilö',
      subjectMandateHolder: 'Valtuutettu henkilö',
      system: 'Järjestelmä (automaattinen käsittely)',
    },
    actions: {
      read: 'Katsoi tietoja',
      create: 'Lisäsi tietoja',
      update: 'Muutti tietoja',
      delete: 'Poisti tietoja',
    },
    outcomeDenied: 'Estetty: ei oikeutta tietoihin',
  },
};

export type ShellStrings = typeof shellFi;
