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
  auth: {
    signIn: 'Logga in',
    signingIn: 'Du loggas in…',
    signingOut: 'Du loggas ut…',
    checking: 'Inloggningen kontrolleras…',
    redirecting: 'Du skickas till identifieringen…',
    signedInAs: 'Inloggad som',
    userMenu: 'Användarmeny',
    signOut: 'Logga ut',
    dataAccessLink: 'Vem har behandlat mina uppgifter',
    guardianConsentLink: 'Vem får sköta ärenden för mig',
    required: {
      title: 'Logga in',
      text: 'Den här sidan innehåller personliga uppgifter. Logga in för att fortsätta.',
    },
    residentsOnly: 'Den här sidan är för invånare. Den kan inte användas med personalens inloggning.',
    notices: {
      sessionEnded: 'Din session har gått ut. Logga in igen för att fortsätta.',
      signInFailed: 'Inloggningen lyckades inte. Försök igen.',
      signInCancelled: 'Inloggningen avbröts. Du kan logga in igen när du vill.',
      unavailable: 'Inloggningen är inte tillgänglig just nu. Försök igen senare.',
      dismiss: 'Stäng meddelandet',
    },
    signedOut: {
      title: 'Du har loggat ut',
      text: 'Tack för att du använde tjänsten. Om du använde en gemensam enhet, stäng också webbläsaren.',
      idleTitle: 'Din session har gått ut',
      idleText:
        'Du loggades ut eftersom du inte använde tjänsten på {{minutes}} minuter. Uppgifter som du har sparat finns kvar.',
      signInAgain: 'Logga in igen',
      home: 'Gå till startsidan',
    },
    idle: {
      title: 'Vill du fortsätta?',
      text: 'Du har inte använt tjänsten på en stund. Av säkerhetsskäl loggas du ut automatiskt.',
      remaining: 'Tid kvar: {{time}}',
      continue: 'Fortsätt',
      signOut: 'Logga ut',
    },
  },
  staff: {
    modeLabel: 'Personal',
    rolesLabel: 'Dina roller',
    roleInUnit: '{{role}}, {{unit}}',
    roleInSomeUnit: '{{role}}, ett verksamhetsställe inom välfärdsområdet',
    roles: {
      'booking-admin': 'Huvudanvändare för tidsbokning',
      nurse: 'Sjukskötare',
      'family-centre-worker': 'Anställd vid familjecentralen',
      'work-ability-professional': 'Yrkesperson inom stöd för arbetsförmågan',
      'feedback-analyst': 'Responsanalytiker',
      manager: 'Chef',
    },
    unknownRole: 'Yrkesperson',
    noRoles: 'Inga roller har registrerats för dig.',
    areasLabel: 'Personalens sidor',
    areas: {
      booking: 'Hantering av tidsbokningar',
    },
  },
  acting: {
    label: 'Jag sköter ärenden för',
    self: 'Mig själv',
    change: 'Byt person',
    dialogTitle: 'Vems ärenden sköter du?',
    groupLabel: 'Jag sköter ärenden för',
    apply: 'Byt',
    cancel: 'Avbryt',
    relation: {
      'guardian-of': 'Du är vårdnadshavare',
      'mandate-holder-for': 'Fullmakt',
    },
    onlyScopes: 'Endast: {{scopes}}',
    unavailableHeading: 'För de här personerna kan du inte sköta ärenden just nu',
    reasons: {
      minorHasNotAllowed:
        '{{given}} har inte gett dig lov att sköta ärenden för hen. En 12–17-åring bestämmer själv om vårdnadshavaren får sköta ärenden för hen.',
      subjectIsAdult:
        '{{given}} är myndig. Du kan sköta ärenden för hen endast med en fullmakt som hen har gett.',
      noMandate: 'Du har ingen giltig fullmakt att sköta ärenden för hen.',
      mandateNotYetValid: 'Din fullmakt gäller inte ännu.',
      mandateExpired: 'Din fullmakt har upphört.',
      mandateDoesNotCover: 'Din fullmakt gäller inte de här tjänsterna.',
      other: 'Du kan inte sköta ärenden för hen just nu.',
    },
    loadFailed:
      'Personerna som du kan sköta ärenden för kunde inte hämtas just nu. Du sköter dina egna ärenden.',
  },
  guardianConsent: {
    title: 'Vem får sköta ärenden för mig',
    intro:
      'När du är 12–17 år bestämmer du själv i vilka tjänster din vårdnadshavare får sköta ärenden för dig, till exempel boka en tid åt dig. Du kan ändra ditt val när som helst.',
    loading: 'Dina vårdnadshavare hämtas…',
    none: 'Inga vårdnadshavare har registrerats för dig.',
    groupLabel: '{{name}} får sköta ärenden för mig i de här tjänsterna:',
    groupDescription: 'Om du inte väljer något kan {{given}} inte sköta ärenden för dig.',
    save: 'Spara valet',
    saving: 'Sparas…',
    saved: 'Valet har sparats: {{given}} får sköta ärenden för dig i: {{scopes}}.',
    savedNone: 'Valet har sparats: {{given}} kan inte sköta ärenden för dig.',
    errors: {
      loadFailed: 'Uppgifterna om dina vårdnadshavare kunde inte hämtas just nu. Försök igen senare.',
      saveFailed: 'Valet kunde inte sparas. Försök igen.',
      notMinor: 'Du kan göra det här valet när du är 12–17 år.',
      retry: 'Försök igen',
    },
  },
  dataAccess: {
    title: 'Vem har behandlat mina uppgifter',
    intro:
      'Du har rätt att få veta vem som har behandlat dina klientuppgifter, när och för vilket ändamål (lagen om behandling av klientuppgifter inom social- och hälsovården 703/2023, 11 §). På den här sidan ser du behandlingen av dina uppgifter i de här e-tjänsterna. Yrkespersoner visas enligt uppgift och verksamhetsställe.',
    actingFor: 'Uppgifterna gäller {{name}}.',
    noServices: 'Ingen tjänst är tillgänglig just nu.',
    listLabel: 'Händelser: {{service}}',
    loading: 'Händelserna hämtas…',
    none: 'Inga händelser.',
    loadMore: 'Visa fler händelser',
    loadingMore: 'Fler hämtas…',
    failed: 'Tjänstens uppgifter kunde inte hämtas just nu. Försök igen senare.',
    loadMoreFailed: 'Fler händelser kunde inte hämtas. Försök igen.',
    retry: 'Försök igen',
    fields: {
      service: 'Tjänst',
      who: 'Vem',
      what: 'Vad',
      why: 'Varför',
      outcome: 'Resultat',
    },
    actor: {
      self: 'Du',
      subjectSelf: '{{given}} själv',
      guardian: 'Din vårdnadshavare',
      subjectGuardian: 'Vårdnadshavare',
      mandateHolder: 'Personen du har gett fullmakt',
      subjectMandateHolder: 'Fullmaktshavare',
      system: 'Systemet (automatisk behandling)',
    },
    actions: {
      read: 'Läste uppgifter',
      create: 'Lade till uppgifter',
      update: 'Ändrade uppgifter',
      delete: 'Raderade uppgifter',
    },
    outcomeDenied: 'Nekades: ingen rätt till uppgifterna',
  },
} satisfies ShellStrings;
