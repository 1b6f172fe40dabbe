import type { BookingStrings } from './fi';

export const bookingSv = {
  title: 'Tidsbokning',
  intro: 'Välj ett verksamhetsställe så ser du dess tjänster och hur du bokar tid till dem.',
  unitPicker: {
    label: 'Verksamhetsställe',
    placeholder: 'Välj verksamhetsställe',
    loading: 'Verksamhetsställena laddas…',
    none: 'Inga verksamhetsställen hittades.',
  },
  unit: {
    address: 'Adress',
  },
  services: {
    heading: 'Tjänster: {{unit}}',
    loading: 'Tjänsterna laddas…',
    none: 'Det här verksamhetsstället har inga tjänster som visas på nätet.',
    duration: 'Längd',
    durationValue: '{{minutes}} min',
    channels: 'Kontaktsätt',
    selfBookable: 'Du kan boka tid på nätet.',
    requiresBookingRight: 'Du kan boka tid när du har rätt att boka, till exempel en remiss.',
    byPhoneOnly: 'Boka tid genom att ringa verksamhetsstället.',
  },
  channels: {
    onSite: 'Besök på verksamhetsstället',
    phone: 'Telefonsamtal',
    video: 'Videosamtal',
  },
  errors: {
    unitNotFound: 'Verksamhetsstället du valde hittades inte. Välj ett annat verksamhetsställe.',
    invalidRequest: 'Uppgifterna kunde inte hämtas med det här valet. Välj verksamhetsställe på nytt.',
    tooManyRequests: 'Tjänsten är överbelastad just nu. Vänta en stund och försök igen.',
    network: 'Anslutningen till tjänsten fungerade inte. Kontrollera nätanslutningen och försök igen.',
    generic: 'Uppgifterna kunde inte laddas just nu. Försök igen senare.',
    retry: 'Försök igen',
  },
  notFound: {
    title: 'Sidan hittades inte',
    backToBooking: 'Tillbaka till tidsbokningen',
  },
} satisfies BookingStrings;
