import type { PickerStrings } from './picker-fi';

export const pickerSv: PickerStrings = {
  timePicker: {
    days: 'Veckans dagar',
    freeCount_one: '{{count}} ledig tid',
    freeCount_other: '{{count}} lediga tider',
    dayPassed: 'Dagen har passerat',
    full: 'Inga lediga tider',
    timesOf: 'Lediga tider {{day}}',
    dayPassedText: 'Dagen har redan passerat, så det går inte längre att boka tid för den.',
    fullText: 'Det finns inga lediga tider den här dagen. Välj en annan dag.',
    timeLabel: 'kl. {{time}}, {{resource}}',
  },
  cutOff: {
    mark: 'kan inte avbokas på nätet',
    legend:
      '* En tid med en asterisk kan inte avbokas eller flyttas på nätet efter bokningen, eftersom avbokningstiden redan har gått ut.',
    until: 'Du kan avboka eller flytta tiden på nätet fram till {{date}} kl. {{time}}.',
    passed:
      'Den här tiden kan inte avbokas eller flyttas på nätet efter bokningen: avbokning på nätet var möjlig fram till {{date}} kl. {{time}}.',
    passedCall: 'Om du inte kan komma, ring verksamhetsstället: {{phone}}.',
    termsHeading: 'Villkor för avbokning och uteblivet besök',
  },
};
