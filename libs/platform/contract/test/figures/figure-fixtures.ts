import type { FigureDescription, FigureScope } from '../../src/index';

export const shareDescription: FigureDescription = {
  id: 'test.visits-in-time',
  version: 1,
  title: { fi: 'Käynnit ajassa', sv: 'Besök i tid', en: 'Visits in time' },
  definition: {
    fi: 'Ajassa toteutuneet käynnit jaettuna kaikilla käynneillä.',
    sv: 'Besök i tid delat med alla besök.',
    en: 'Visits in time divided by all visits.',
  },
  measure: 'share',
  higherIsBetter: true,
};

export const daysDescription: FigureDescription = {
  ...shareDescription,
  id: 'test.days-to-visit',
  measure: 'days',
  higherIsBetter: false,
};

export const scope: FigureScope = {
  period: { from: '2027-02-01', until: '2027-02-28' },
  computedAt: '2027-03-04T13:00:00.000Z',
  dimensions: {
    unitId: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01',
    service: { code: 'nurse-appointment', name: { fi: 'Hoitaja', sv: 'Skötare', en: 'Nurse' } },
  },
};
