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
    requiresBookingRight:
      'Du kan boka tid på nätet när du har bokningsrätt: koden i ett kallelsebrev eller en rätt som en yrkesperson har beviljat.',
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
    invalidPreferences:
      'Inställningarna kunde inte sparas med de här valen. Kontrollera valen och försök igen.',
    unauthenticated: 'Din inloggning har gått ut. Logga in igen.',
    forbidden: 'Du har inte rätt att göra det här.',
    actingForNotAllowed:
      'Du kan inte sköta det här ärendet för personen du har valt. Byt person högst upp på sidan.',
    temporarilyUnavailable:
      'Tjänsten kan inte kontrollera dina rättigheter just nu. Försök igen om en stund.',
    signIn: 'Logga in',
  },
  preferencesLink: 'Påminnelseinställningar',
  preferences: {
    title: 'Påminnelseinställningar',
    intro:
      'Välj hur du vill bli påmind om en bokad tid dagen innan, och på vilket språk du vill bli betjänad på mottagningen.',
    actingFor: 'Inställningarna gäller {{name}}.',
    signInPrompt: 'Logga in för att välja dina påminnelseinställningar.',
    signIn: 'Logga in',
    staffOnly: 'Påminnelseinställningarna är för invånare. De kan inte ändras med personalens inloggning.',
    loading: 'Inställningarna hämtas…',
    channelLabel: 'Påminnelse om en bokad tid',
    channels: {
      sms: 'Textmeddelande',
      email: 'E-post',
      none: 'Ingen påminnelse',
    },
    languageLabel: 'Språk på mottagningen',
    languageDescription: 'Om du inte väljer ett språk betjänas du på samma språk som i den här tjänsten.',
    languages: {
      none: 'Inget val',
      fi: 'finska',
      sv: 'svenska',
      en: 'engelska',
    },
    save: 'Spara inställningarna',
    saving: 'Sparas…',
    saved: 'Inställningarna har sparats.',
    backToBooking: 'Tillbaka till tidsbokningen',
  },
  notFound: {
    title: 'Sidan hittades inte',
    backToBooking: 'Tillbaka till tidsbokningen',
  },
} satisfies BookingStrings;
