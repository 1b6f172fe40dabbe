/** The day picker of free times (resident and staff) and what the cancellation cut-off means for a time. */
export const pickerFi = {
  timePicker: {
    days: 'Viikon päivät',
    freeCount_one: '{{count}} vapaa aika',
    freeCount_other: '{{count}} vapaata aikaa',
    dayPassed: 'Päivä on mennyt',
    full: 'Ei vapaita aikoja',
    timesOf: 'Vapaat ajat {{day}}',
    dayPassedText: 'Päivä on jo mennyt, joten sille ei voi enää varata aikaa.',
    fullText: 'Tälle päivälle ei ole vapaita aikoja. Valitse toinen päivä.',
    timeLabel: 'klo {{time}}, {{resource}}',
  },
  cutOff: {
    mark: 'ei peruttavissa verkossa',
    legend:
      '* Tähdellä merkittyä aikaa ei voi varaamisen jälkeen perua eikä siirtää verkossa, koska sen peruutusaika on jo päättynyt.',
    until: 'Voit perua tai siirtää ajan verkossa {{date}} klo {{time}} asti.',
    passed:
      'Tätä aikaa ei voi varaamisen jälkeen perua eikä siirtää verkossa: verkossa peruminen päättyi {{date}} klo {{time}}.',
    passedCall: 'Jos et pääse paikalle, soita toimipisteeseen: {{phone}}.',
    termsHeading: 'Peruutusehdot ja käyttämättä jätetty aika',
  },
};

export type PickerStrings = typeof pickerFi;
