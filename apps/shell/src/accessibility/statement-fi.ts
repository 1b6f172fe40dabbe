import type { StatementContent } from './statement-content';

export const statementFi: StatementContent = {
  title: 'Saavutettavuusseloste',
  intro: [
    'Tämä saavutettavuusseloste koskee Länsirannikon hyvinvointialueen sähköistä asiointipalvelua. Hyvinvointialueena meitä koskee laki digitaalisten palvelujen tarjoamisesta (306/2019), jonka mukaan julkisten verkkopalvelujen on oltava saavutettavia.',
    'Seloste on laadittu 20.11.2026. Palvelun saavutettavuus on arvioitu itse: automaattisilla tarkistuksilla sekä käyttämällä palvelua pelkällä näppäimistöllä, ruudunlukijalla, 400 %:n suurennuksella ja 320 pikselin levyisellä näytöllä.',
  ],
  statusHeading: 'Saavutettavuuden tila',
  status: 'Palvelu täyttää osittain WCAG 2.1 -ohjeiston AA-tason saavutettavuusvaatimukset.',
  nonAccessibleHeading: 'Sisältö, joka ei ole saavutettavaa',
  nonAccessibleIntro: 'Tiedämme seuraavista puutteista ja korjaamme ne mahdollisimman pian:',
  nonAccessible: [
    'Perhekeskuksen, työkyvyn tuen ja palautteen palveluja ei ole vielä arvioitu. Ne arvioidaan ennen kuin ne otetaan käyttöön.',
    'Osa toimipisteiden PDF-muotoisista ohjeista ei ole saavutettavia: otsikoita ja taulukoita ei ole merkitty rakenteisesti (WCAG 1.3.1). Saat ohjeen pyynnöstä saavutettavassa muodossa.',
    'Palvelun kirjasimena käytetään laitteen omaa kirjasinta, joten tekstin ulkoasu voi vaihdella laitteittain. Tämä ei vaikuta tekstin luettavuuteen eikä suurennettavuuteen.',
  ],
  feedbackHeading: 'Anna palautetta saavutettavuudesta',
  feedback: [
    'Huomasitko saavutettavuuspuutteen? Kerro siitä meille, niin korjaamme sen. Voit myös pyytää meiltä sisältöä, joka ei ole saavutettavaa, saavutettavassa muodossa.',
  ],
  feedbackEmailLabel: 'Sähköposti',
  responseTime: 'Vastaamme palautteeseesi ja pyyntöösi viimeistään 14 päivän kuluessa.',
  enforcementHeading: 'Valvontaviranomainen',
  enforcement: [
    'Jos huomaat palvelussa saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen vastaukseemme tai et saa vastausta 14 päivän kuluessa, voit tehdä ilmoituksen valvontaviranomaiselle.',
    'Digitaalisten palvelujen saavutettavuutta valvoo 1.1.2026 alkaen Liikenne- ja viestintävirasto Traficom. Sitä ennen valvonnasta vastasi Etelä-Suomen aluehallintoviraston saavutettavuusvalvonnan yksikkö.',
  ],
  authorityName: 'Liikenne- ja viestintävirasto Traficom, digitaalisen saavutettavuuden valvonta',
  authorityWebsiteLabel: 'Verkkosivusto',
  authorityWebsite: 'https://www.saavutettavuusvaatimukset.fi',
};
