import type { ShellStrings } from './fi';

export const shellSv = {
  regionName: 'Västkustens välfärdsområde',
  serviceName: 'E-tjänster',
  home: {
    title: 'E-tjänster',
    intro:
      'Sköt dina ärenden inom hälso- och socialvården när det passar dig. Välj den tjänst du behöver nedan.',
    servicesHeading: 'Tjänster',
    noServices: 'Inga tjänster är tillgängliga på nätet just nu.',
    manifestUnavailable: 'Uppgifterna om tjänsterna kunde inte laddas just nu. Försök igen senare.',
  },
  modules: {
    booking: {
      title: 'Tidsbokning',
      description: 'Boka, flytta eller avboka en tid inom hälso- och socialvården.',
    },
    'family-centre': {
      title: 'Familjecentret',
      description: 'Rådgivning, stöd för familjer samt uppfostrings- och familjerådgivning.',
    },
    'work-ability': {
      title: 'Stöd för arbetsförmågan',
      description: 'Bedömning av arbetsförmågan och stöd för att återgå till eller fortsätta i arbetet.',
    },
    feedback: {
      title: 'Respons',
      description: 'Ge respons om tjänsterna eller gör en anmärkning.',
    },
  },
  notFound: {
    title: 'Sidan hittades inte',
    text: 'Sidan du söker finns inte eller har flyttats.',
    backHome: 'Gå till startsidan',
  },
  footer: {
    accessibility: 'Tillgänglighetsutlåtande',
    homeLink: 'Startsida',
  },
  accessibility: {
    title: 'Tillgänglighetsutlåtande',
  },
} satisfies ShellStrings;
