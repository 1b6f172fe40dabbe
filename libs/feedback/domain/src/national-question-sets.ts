// The national default question sets, version 1, worded after THL's national client-feedback model
// (asiakaspalautteen kansallinen malli): the recommendation question 0–10 with its "why", the seven core
// statements on the 1–5 agreement scale, and one regional example statement; a children's set for ages
// 7–12 and a smiley set for people with memory disorders, both on the smiley scale in simpler words; and
// a staff-experience pulse. The wording is this project's own, close to the model's. The service seeds
// them as published version 1 at start; a region's change is a new version, never an edit.
import type { QuestionSetDefinition, QuestionText } from '@asiointi/feedback-contract';

const text = (fi: string, sv: string, en: string): QuestionText => ({ fi, sv, en });

/** Longest answer to an open question in the national sets. */
export const nationalFreeTextMaxLength = 1000;

const generalSet: QuestionSetDefinition = {
  key: 'general',
  version: 1,
  audience: 'client',
  ageBand: { min: 13, max: 120 },
  title: text(
    'Palaute saamastasi palvelusta',
    'Respons om tjänsten du fick',
    'Feedback on the service you received',
  ),
  intro: text(
    'Vastaaminen vie muutaman minuutin. Vastaat nimettömänä: vastaustasi ei voi yhdistää sinuun eikä käyntiisi.',
    'Det tar några minuter att svara. Du svarar anonymt: ditt svar kan inte kopplas till dig eller ditt besök.',
    'Answering takes a few minutes. You answer anonymously: your answer cannot be linked to you or your visit.',
  ),
  questions: [
    {
      kind: 'recommendation',
      id: 'recommendation',
      text: text(
        'Kuinka todennäköisesti suosittelisit saamaasi palvelua läheisellesi tai ystävällesi, jos hän tarvitsisi vastaavaa palvelua?',
        'Hur sannolikt är det att du skulle rekommendera tjänsten du fick till en närstående eller vän som behövde motsvarande tjänst?',
        'How likely would you be to recommend the service you received to a family member or friend who needed similar service?',
      ),
      commentPrompt: text(
        'Miksi annoit tämän arvion?',
        'Varför gav du det här betyget?',
        'Why did you give this rating?',
      ),
    },
    {
      kind: 'statement',
      id: 'access',
      theme: 'access',
      scale: 'agreement',
      text: text(
        'Sain palvelua silloin, kun sitä tarvitsin.',
        'Jag fick service när jag behövde den.',
        'I received service when I needed it.',
      ),
    },
    {
      kind: 'statement',
      id: 'encounter',
      theme: 'encounter',
      scale: 'agreement',
      text: text(
        'Minua kohdeltiin arvostavasti.',
        'Jag blev bemött med respekt.',
        'I was treated with respect.',
      ),
    },
    {
      kind: 'statement',
      id: 'participation',
      theme: 'participation',
      scale: 'agreement',
      text: text(
        'Pystyin vaikuttamaan asioideni hoitoon.',
        'Jag kunde påverka hur mina ärenden sköttes.',
        'I was able to influence how my matters were handled.',
      ),
    },
    {
      kind: 'statement',
      id: 'safety',
      theme: 'safety',
      scale: 'agreement',
      text: text('Koin oloni turvalliseksi.', 'Jag kände mig trygg.', 'I felt safe.'),
    },
    {
      kind: 'statement',
      id: 'information',
      theme: 'information',
      scale: 'agreement',
      text: text(
        'Sain riittävästi tietoa asiaani liittyen.',
        'Jag fick tillräckligt med information om mitt ärende.',
        'I received enough information about my matter.',
      ),
    },
    {
      kind: 'statement',
      id: 'understandability',
      theme: 'understandability',
      scale: 'agreement',
      text: text(
        'Minulle kerrottiin asiat ymmärrettävästi.',
        'Saker förklarades för mig på ett begripligt sätt.',
        'Things were explained to me in a way I understood.',
      ),
    },
    {
      kind: 'statement',
      id: 'usefulness',
      theme: 'usefulness',
      scale: 'agreement',
      text: text(
        'Sain apua tilanteeseeni.',
        'Jag fick hjälp i min situation.',
        'I got help with my situation.',
      ),
    },
    {
      kind: 'statement',
      id: 'region-own-language',
      scale: 'agreement',
      text: text(
        'Sain asioida haluamallani kielellä.',
        'Jag kunde sköta ärendet på det språk jag ville.',
        'I could use the language I wanted.',
      ),
    },
    {
      kind: 'freeText',
      id: 'other-comments',
      maxLength: nationalFreeTextMaxLength,
      text: text(
        'Mitä muuta haluaisit kertoa?',
        'Vad mer vill du berätta?',
        'Is there anything else you would like to tell us?',
      ),
    },
  ],
};

const childrenSet: QuestionSetDefinition = {
  key: 'children',
  version: 1,
  audience: 'client',
  ageBand: { min: 7, max: 12 },
  title: text('Kerro, miten käynti meni', 'Berätta hur besöket gick', 'Tell us how your visit went'),
  intro: text(
    'Valitse jokaiseen kysymykseen naama, joka kertoo sinun mielipiteesi. Voit ohittaa kysymyksen.',
    'Välj det ansikte som visar vad du tycker. Du kan hoppa över en fråga.',
    'Choose the face that shows what you think. You can skip a question.',
  ),
  questions: [
    {
      kind: 'statement',
      id: 'encounter',
      theme: 'encounter',
      scale: 'smiley',
      text: text('Minulle oltiin ystävällisiä.', 'De var vänliga mot mig.', 'People were kind to me.'),
    },
    {
      kind: 'statement',
      id: 'participation',
      theme: 'participation',
      scale: 'smiley',
      text: text('Minua kuunneltiin.', 'De lyssnade på mig.', 'People listened to me.'),
    },
    {
      kind: 'statement',
      id: 'safety',
      theme: 'safety',
      scale: 'smiley',
      text: text('Minulla oli turvallinen olo.', 'Jag kände mig trygg.', 'I felt safe.'),
    },
    {
      kind: 'statement',
      id: 'understandability',
      theme: 'understandability',
      scale: 'smiley',
      text: text(
        'Ymmärsin, mitä minulle kerrottiin.',
        'Jag förstod vad de berättade för mig.',
        'I understood what I was told.',
      ),
    },
    {
      kind: 'statement',
      id: 'usefulness',
      theme: 'usefulness',
      scale: 'smiley',
      text: text('Sain apua.', 'Jag fick hjälp.', 'I got help.'),
    },
    {
      kind: 'freeText',
      id: 'other-comments',
      maxLength: 500,
      text: text(
        'Mitä muuta haluat kertoa?',
        'Vad mer vill du berätta?',
        'What else would you like to tell us?',
      ),
    },
  ],
};

const smileySet: QuestionSetDefinition = {
  key: 'smiley',
  version: 1,
  audience: 'client',
  title: text('Miten käynti meni?', 'Hur gick besöket?', 'How did the visit go?'),
  intro: text(
    'Valitse naama. Läheinen tai työntekijä saa auttaa vastaamisessa.',
    'Välj ett ansikte. En närstående eller anställd får hjälpa till.',
    'Choose a face. A relative or a member of staff may help you answer.',
  ),
  questions: [
    {
      kind: 'statement',
      id: 'encounter',
      theme: 'encounter',
      scale: 'smiley',
      text: text('Minulle oltiin ystävällisiä.', 'De var vänliga mot mig.', 'People were kind to me.'),
    },
    {
      kind: 'statement',
      id: 'safety',
      theme: 'safety',
      scale: 'smiley',
      text: text('Oloni oli turvallinen.', 'Jag kände mig trygg.', 'I felt safe.'),
    },
    {
      kind: 'statement',
      id: 'usefulness',
      theme: 'usefulness',
      scale: 'smiley',
      text: text('Sain apua.', 'Jag fick hjälp.', 'I got help.'),
    },
  ],
};

const staffPulseSet: QuestionSetDefinition = {
  key: 'staff-pulse',
  version: 1,
  audience: 'staff',
  title: text('Henkilöstön pulssikysely', 'Personalens pulsenkät', 'Staff pulse survey'),
  intro: text(
    'Kerro, miltä työ yksikössäsi tuntuu juuri nyt. Vastaat nimettömänä.',
    'Berätta hur arbetet på din enhet känns just nu. Du svarar anonymt.',
    'Tell us how work in your unit feels right now. You answer anonymously.',
  ),
  questions: [
    {
      // The staff side of the same measure as the clients' (an employee NPS), shown beside it.
      kind: 'recommendation',
      id: 'recommendation',
      text: text(
        'Kuinka todennäköisesti suosittelisit työyksikköäsi työpaikkana ystävällesi?',
        'Hur sannolikt är det att du skulle rekommendera din enhet som arbetsplats till en vän?',
        'How likely would you be to recommend your unit as a workplace to a friend?',
      ),
      commentPrompt: text(
        'Miksi annoit tämän arvion?',
        'Varför gav du det här betyget?',
        'Why did you give this rating?',
      ),
    },
    {
      kind: 'statement',
      id: 'time-for-clients',
      scale: 'agreement',
      text: text(
        'Minulla on riittävästi aikaa asiakkaille.',
        'Jag har tillräckligt med tid för klienterna.',
        'I have enough time for clients.',
      ),
    },
    {
      kind: 'statement',
      id: 'quality-of-service',
      scale: 'agreement',
      text: text(
        'Voin tehdä työni niin hyvin kuin haluaisin.',
        'Jag kan göra mitt arbete så bra som jag vill.',
        'I can do my work as well as I would like to.',
      ),
    },
    {
      kind: 'statement',
      id: 'support',
      scale: 'agreement',
      text: text(
        'Saan tarvittaessa tukea työyhteisöltäni.',
        'Jag får stöd av arbetsgemenskapen när jag behöver det.',
        'I get support from my colleagues when I need it.',
      ),
    },
    {
      kind: 'statement',
      id: 'wellbeing',
      scale: 'agreement',
      text: text('Jaksan hyvin työssäni.', 'Jag orkar bra i mitt arbete.', 'I am coping well at work.'),
    },
    {
      kind: 'freeText',
      id: 'improvement',
      maxLength: nationalFreeTextMaxLength,
      text: text(
        'Mitä yksikössäsi pitäisi parantaa?',
        'Vad borde förbättras på din enhet?',
        'What should be improved in your unit?',
      ),
    },
  ],
};

/** The national sets as published version 1, in the order staff see them. */
export const nationalQuestionSets: readonly QuestionSetDefinition[] = [
  generalSet,
  childrenSet,
  smileySet,
  staffPulseSet,
];
