import type { StatementContent } from './statement-content';

export const statementSv: StatementContent = {
  title: 'Tillgänglighetsutlåtande',
  intro: [
    'Detta tillgänglighetsutlåtande gäller Västkustens välfärdsområdes e-tjänster. Som välfärdsområde omfattas vi av lagen om tillhandahållande av digitala tjänster (306/2019), enligt vilken offentliga webbtjänster ska vara tillgängliga.',
    'Utlåtandet har upprättats den 20 november 2026. Tjänstens tillgänglighet har bedömts internt: med automatiska kontroller och genom att använda tjänsten med enbart tangentbord, med skärmläsare, med 400 % förstoring och på en 320 pixlar bred skärm.',
  ],
  statusHeading: 'Tillgänglighetsstatus',
  status: 'Tjänsten uppfyller delvis tillgänglighetskraven på nivå AA i WCAG 2.1.',
  nonAccessibleHeading: 'Innehåll som inte är tillgängligt',
  nonAccessibleIntro: 'Vi känner till följande brister och åtgärdar dem så snart som möjligt:',
  nonAccessible: [
    'Familjecentrets tjänster, stödet för arbetsförmågan och responstjänsten har ännu inte bedömts. De bedöms innan de tas i bruk.',
    'En del av verksamhetsställenas anvisningar i PDF-format är inte tillgängliga: rubriker och tabeller är inte strukturellt märkta (WCAG 1.3.1). Du får anvisningen i tillgänglig form på begäran.',
    'Tjänsten använder enhetens eget typsnitt, så textens utseende kan variera mellan enheter. Det påverkar inte textens läsbarhet eller möjligheten att förstora den.',
  ],
  feedbackHeading: 'Ge respons om tillgängligheten',
  feedback: [
    'Har du upptäckt en tillgänglighetsbrist? Berätta för oss så åtgärdar vi den. Du kan också be oss om innehåll som inte är tillgängligt i tillgänglig form.',
  ],
  feedbackEmailLabel: 'E-post',
  responseTime: 'Vi svarar på din respons och din begäran inom 14 dagar.',
  enforcementHeading: 'Tillsynsmyndighet',
  enforcement: [
    'Om du upptäcker tillgänglighetsproblem i tjänsten, ge först respons till oss. Om du inte är nöjd med vårt svar eller inte får något svar inom 14 dagar kan du göra en anmälan till tillsynsmyndigheten.',
    'Från och med den 1 januari 2026 övervakas de digitala tjänsternas tillgänglighet av Transport- och kommunikationsverket Traficom. Tidigare ansvarade enheten för tillgänglighetstillsyn vid Regionförvaltningsverket i Södra Finland för tillsynen.',
  ],
  authorityName: 'Transport- och kommunikationsverket Traficom, tillsynen över digital tillgänglighet',
  authorityWebsiteLabel: 'Webbplats',
  authorityWebsite: 'https://www.tillganglighetskrav.fi',
};
