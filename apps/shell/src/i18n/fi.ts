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
};

export type ShellStrings = typeof shellFi;
