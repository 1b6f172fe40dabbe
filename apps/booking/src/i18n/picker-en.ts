import type { PickerStrings } from './picker-fi';

export const pickerEn: PickerStrings = {
  timePicker: {
    days: 'Days of the week',
    freeCount_one: '{{count}} free time',
    freeCount_other: '{{count}} free times',
    dayPassed: 'The day has passed',
    full: 'No free times',
    timesOf: 'Free times on {{day}}',
    dayPassedText: 'The day has passed, so no time can be booked for it any more.',
    fullText: 'There are no free times on this day. Please choose another day.',
    timeLabel: '{{time}}, {{resource}}',
  },
  cutOff: {
    mark: 'cannot be cancelled online',
    legend:
      '* A time marked with an asterisk cannot be cancelled or moved online once booked: its cancellation deadline has already passed.',
    until: 'You can cancel or move this time online until {{date}} at {{time}}.',
    passed:
      'Once booked, this time cannot be cancelled or moved online: online cancellation closed on {{date}} at {{time}}.',
    passedCall: 'If you cannot come, please call the unit: {{phone}}.',
    termsHeading: 'Cancellation and no-show terms',
  },
};
