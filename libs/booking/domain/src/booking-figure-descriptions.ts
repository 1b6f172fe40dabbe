// What each of booking's figures is, in the words every figure carries to the staff page, the management
// view and exports. Each definition says exactly what is counted; change one and raise its version.
import type { FigureDescription } from '@asiointi/platform-contract';

export const bookingFigureDescriptions = {
  t3: {
    id: 'booking.t3',
    version: 1,
    title: { fi: 'T3 (kolmas vapaa aika)', sv: 'T3 (tredje lediga tiden)', en: 'T3 (third next free time)' },
    definition: {
      fi: 'Päiviä laskentapäivästä palvelun kolmanteen vapaaseen aikaan toimipisteessä (0: se on tänään), Suomen aikaa; jakso on laskentapäivä. Perusteena löydetyt vapaat ajat (enintään kolme kultakin resurssilta); ei arvoa, jos varattavissa olevalla jaksolla on alle kolme vapaata aikaa.',
      sv: 'Dagar från beräkningsdagen till tjänstens tredje lediga tid vid verksamhetsstället (0: den är i dag), enligt finsk tid; perioden är beräkningsdagen. Underlaget är de lediga tider som hittades (högst tre per resurs); inget värde om färre än tre lediga tider finns inom bokningshorisonten.',
      en: 'Days from the day of computation to the third next free time of the service in the unit (0: it is today), in Finnish time; the period is the day of computation. Based on the free times found (at most three per resource); no value when fewer than three free times are left within the booking horizon.',
    },
    measure: 'days',
    higherIsBetter: false,
  },
  careGuaranteeShare: {
    id: 'booking.care-guarantee-share',
    version: 2,
    title: {
      fi: 'Käynnit hoitotakuun ajassa',
      sv: 'Besök inom vårdgarantin',
      en: 'Visits within the care guarantee',
    },
    definition: {
      fi: 'Osuus jakson toteutuneista käynneistä (aika jaksolla ja jo alkanut, merkitty toteutuneeksi), jotka toteutuivat palvelun yleisessä hoitotakuurajassa hoidon tarpeen arvioinnista laskien (ikäryhmäkohtaisia rajoja ei sovelleta, koska varaukseen ei tallenneta ikää). Perusteena nämä käynnit, joilla on arviointipäivä; palvelulla ilman hoitotakuurajaa niitä ei ole.',
      sv: 'Andelen av periodens genomförda besök (tiden under perioden har redan börjat och besöket har markerats som genomfört) som skedde inom tjänstens allmänna vårdgarantigräns räknat från bedömningen av vårdbehovet (gränser för åldersgrupper tillämpas inte: bokningen sparar ingen ålder). Underlaget är de besöken med ett bedömningsdatum; en tjänst utan vårdgarantigräns har inga.',
      en: 'Share of the attended visits in the period (their time has begun and they are marked attended) that took place within the service’s general care-guarantee limit counted from the need assessment (limits for age groups are not applied: a booking records no age). Based on those visits with an assessment date; a service without a care-guarantee limit has none.',
    },
    measure: 'share',
    higherIsBetter: true,
  },
  noShowRate: {
    id: 'booking.no-show-rate',
    version: 2,
    title: { fi: 'Saapumatta jääneiden osuus', sv: 'Andel uteblivna besök', en: 'No-show rate' },
    definition: {
      fi: 'Varaukset, joiden aika on jaksolla ja on jo alkanut ja joihin asukas ei saapunut, jaettuna käyneiden ja saapumatta jääneiden summalla; peruutetut, tulevat ja merkitsemättömät eivät ole mukana. Perusteena tämä summa.',
      sv: 'Bokningar med en tid under perioden som redan har börjat och där invånaren inte kom, delat med summan av besökta och uteblivna; avbokade, kommande och omarkerade räknas inte. Underlaget är den summan.',
      en: 'Bookings with a time in the period that has begun where the resident did not come, divided by those attended plus those not come; cancelled, upcoming and unmarked bookings are left out. Based on that sum.',
    },
    measure: 'rate',
    higherIsBetter: false,
  },
  selfServiceShare: {
    id: 'booking.self-service-share',
    version: 2,
    title: {
      fi: 'Omatoimisten varausten osuus',
      sv: 'Andel bokningar invånarna gjort själva',
      en: 'Self-service share of bookings',
    },
    definition: {
      fi: 'Osuus jaksolla tehdyistä varauksista (tekopäivän mukaan Suomen aikaa, ajankohdasta riippumatta), jotka asukas teki itse verkossa (myös lapsensa puolesta), peruutetut mukaan lukien. Perusteena kaikki jaksolla tehdyt varaukset.',
      sv: 'Andelen av bokningarna som gjordes under perioden (enligt den dag de gjordes, finsk tid, oavsett när tiden infaller) som invånarna gjorde själva på nätet (även för sitt barn), avbokade medräknade. Underlaget är alla bokningar som gjordes under perioden.',
      en: 'Share of the bookings made during the period (by the day they were made, in Finnish time, whenever the appointment) that residents made themselves online (also for their child), cancelled ones included. Based on all bookings made during the period.',
    },
    measure: 'share',
    higherIsBetter: true,
  },
} as const satisfies Record<string, FigureDescription>;

export type BookingFigureName = keyof typeof bookingFigureDescriptions;
