import type { ModuleStrings } from './fi';

export const moduleSv = {
  title: 'Respons',
  intro: 'På de här verksamhetsställena kan du uträtta ärenden hos oss.',
  loading: 'Laddar…',
  none: 'Verksamhetsställena har inga tjänster här ännu.',
  staffLink: 'Personalens sidor',
  errors: {
    unitNotFound: 'Verksamhetsstället finns inte i förteckningen över verksamhetsställen.',
  },
  staff: {
    title: 'Respons: personal',
    intro: 'Lägg till en tjänst i ditt verksamhetsställes utbud som invånarna ser.',
    staffOnly: 'Den här sidan är för personalen. Logga in med personalens inloggning.',
    signIn: 'Logga in',
    noUnits: 'Du har inga roller i den här tjänsten på något verksamhetsställe.',
    unitLabel: 'Verksamhetsställe',
    entriesHeading: 'Tjänster nu',
    formHeading: 'Lägg till en tjänst',
    saved: 'Tjänsten har lagts till: {{name}}.',
    save: 'Lägg till tjänsten',
    saving: 'Lägger till…',
    fields: {
      nameFi: { label: 'Namn på finska', errorMessage: 'Skriv namnet på finska (högst 500 tecken).' },
      nameSv: { label: 'Namn på svenska', errorMessage: 'Skriv namnet på svenska (högst 500 tecken).' },
      nameEn: { label: 'Namn på engelska', errorMessage: 'Skriv namnet på engelska (högst 500 tecken).' },
      descriptionFi: {
        label: 'Beskrivning på finska',
        description: 'Frivillig. Om du skriver en beskrivning, skriv den på alla tre språken.',
        errorMessage: 'Skriv beskrivningen på alla språk eller lämna den tom (högst 2 000 tecken).',
      },
      descriptionSv: {
        label: 'Beskrivning på svenska',
        errorMessage: 'Skriv beskrivningen på alla språk eller lämna den tom (högst 2 000 tecken).',
      },
      descriptionEn: {
        label: 'Beskrivning på engelska',
        errorMessage: 'Skriv beskrivningen på alla språk eller lämna den tom (högst 2 000 tecken).',
      },
    },
  },
} satisfies ModuleStrings;
