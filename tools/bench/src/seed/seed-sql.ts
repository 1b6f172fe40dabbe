// Set-based SQL for the benchmark's region: every row is derived from its ordinal and a hash, so a run is
// repeatable and the data set never passes through Node's memory.
import type { DataSetSize } from '../bench-options';

/** A v4-shaped uuid derived from a text key (the contract's z.uuid() checks version and variant). */
export function uuidOf(keyExpression: string): string {
  return `(overlay(overlay(md5(${keyExpression}) placing '4' from 13) placing '8' from 17)::uuid)`;
}

export const unitIdOf = (ordinal: string) => uuidOf(`'bench-unit-' || (${ordinal})`);
export const resourceIdOf = (ordinal: string) => uuidOf(`'bench-resource-' || (${ordinal})`);
export const serviceTypeIdOf = (unit: string, code: string) =>
  uuidOf(`'bench-service-' || (${unit}) || '-' || (${code})`);

/** Service code n (1-based), e.g. bench-service-01: the same code in every unit. */
export function serviceCode(n: number): string {
  return `bench-service-${String(n).padStart(2, '0')}`;
}
const serviceCodeSql = (n: string) => `'bench-service-' || lpad((${n})::text, 2, '0')`;

/** Skills come in ten groups; service n needs group (n-1) % 10 and resource r has three groups. */
export const skillGroups = 10;
export const resourceSkillGroups = (r: string) => [`(${r}) % 10`, `((${r}) + 3) % 10`, `((${r}) + 7) % 10`];

/**
 * Service n's variant (n-1) / 10 % 4: 0 = 30 min with care guarantee, 1 = 25 min + 5 min buffer after,
 * 2 = 15 min, 3 = 60 min, booked by staff only. Variants 0 and 1 step 30 minutes, like the seeded bookings.
 */
export const searchedServiceCode = serviceCode(1);

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const weekdayPeriods = (start: string, end: string) =>
  JSON.stringify(Object.fromEntries(weekdays.map((day) => [day, [{ start, end }]])));
/** Every resource works Monday to Friday 08:00–16:00: sixteen 30-minute grid times a day. */
export const workingPeriodsJson = weekdayPeriods('08:00', '16:00');
export const slotsPerDay = 16;

export function unitsSql({ units }: DataSetSize): string {
  return `
insert into booking.units (id, name_fi, name_sv, name_en, municipality, street_address, phone, opening_hours)
select ${unitIdOf('u')},
       'Terveysasema ' || lpad(u::text, 2, '0'), 'Hälsostation ' || lpad(u::text, 2, '0'),
       'Health station ' || lpad(u::text, 2, '0'),
       (array['Kuopio', 'Iisalmi', 'Varkaus', 'Siilinjärvi', 'Suonenjoki', 'Leppävirta'])[1 + u % 6],
       'Asemakatu ' || u, '+358 17 ' || (100000 + u), '${weekdayPeriods('07:45', '16:15')}'::jsonb
from generate_series(1, ${units}) u`;
}

export function serviceTypesSql({ units, serviceCodes }: DataSetSize): string {
  return `
insert into booking.service_types (id, unit_id, code, category, name_fi, name_sv, name_en, duration_minutes,
  channels, self_bookable, buffer_after_minutes, required_skill, care_guarantee)
select ${serviceTypeIdOf('u', 'c')}, ${unitIdOf('u')}, ${serviceCodeSql('c')},
       (array['health', 'oralHealth', 'socialServices', 'laboratory', 'rehabilitation', 'workAbility'])[1 + (c - 1) % 6],
       'Palvelu ' || c, 'Tjänst ' || c, 'Service ' || c,
       (array[30, 25, 15, 60])[1 + v],
       case when v = 0 then array['onSite', 'phone'] else array['onSite'] end,
       v <> 3,
       case when v = 1 then 5 else 0 end,
       'bench-skill-' || ((c - 1) % ${skillGroups}),
       case when v = 0 then '{"limitDays": 14}'::jsonb end
from generate_series(1, ${units}) u, generate_series(1, ${serviceCodes}) c,
     lateral (select ((c - 1) / ${skillGroups}) % 4 as v) variant`;
}

export function resourcesSql({ units, resourcesPerUnit }: DataSetSize): string {
  return `
insert into booking.resources (id, unit_id, kind, name, skills, languages)
select ${resourceIdOf('r')}, ${unitIdOf(`(r - 1) / ${resourcesPerUnit} + 1`)},
       case when r % ${resourcesPerUnit} = 0 then 'room' else 'person' end,
       'Ammattilainen ' || r,
       array[${resourceSkillGroups('r')
         .map((group) => `'bench-skill-' || ${group}`)
         .join(', ')}],
       case r % 5 when 0 then array['fi', 'sv'] when 1 then array['fi', 'en'] else array['fi'] end
from generate_series(1, ${units * resourcesPerUnit}) r`;
}

export function scheduleTemplatesSql({ units, resourcesPerUnit, horizonDays }: DataSetSize): string {
  return `
insert into booking.schedule_templates (resource_id, valid_from, working_periods)
select ${resourceIdOf('r')}, (now() at time zone 'Europe/Helsinki')::date - ${horizonDays + 30},
       '${workingPeriodsJson}'::jsonb
from generate_series(1, ${units * resourcesPerUnit}) r`;
}

/** Helsinki working days (Mon–Fri) from horizonDays back to horizonDays ahead, as ISO dates. */
export function workingDaysSql({ horizonDays }: DataSetSize): string {
  return `
select to_char(d, 'YYYY-MM-DD') as day
from generate_series((now() at time zone 'Europe/Helsinki')::date - ${horizonDays},
                     (now() at time zone 'Europe/Helsinki')::date + ${horizonDays - 1}, interval '1 day') d
where extract(isodow from d) < 6
order by d`;
}

export interface BookingBatch {
  days: readonly string[];
  /** Bookings to insert for these days. */
  count: number;
}

/**
 * One batch of seeded bookings: distinct 30-minute grid times of each resource on the given days, picked by
 * hash with a rate that slightly overshoots, cut at exactly `count`. Times never overlap, so the exclusion
 * constraint holds; past visits are attended, no-shows or cancelled, upcoming ones booked or cancelled.
 */
export function bookingBatchSql({ units, resourcesPerUnit }: DataSetSize, batch: BookingBatch): string {
  const resources = units * resourcesPerUnit;
  const candidates = batch.days.length * slotsPerDay * resources;
  const threshold = Math.min(100_000, Math.ceil(((batch.count * 1.04) / candidates) * 100_000));
  const [g0, g1, g2] = resourceSkillGroups('p.r');
  const days = batch.days.map((day) => `'${day}'`).join(', ');
  return `
insert into booking.bookings (reference, unit_id, service_type_id, resource_id, person_subject, person_given_name,
  person_family_name, booked_by, booked_by_subject, starts_at, ends_at, occupied_from, occupied_until, channel,
  status, reminder_channel, language, need_assessed_at, idempotency_key, request_fingerprint, status_changed_at,
  cancelled_at, cancelled_by, created_at, updated_at)
select booking.reference_of(k.reference_number), ${unitIdOf('k.u')}, ${serviceTypeIdOf('k.u', 'k.c')}, ${resourceIdOf('p.r')},
       k.person, (array['Aino', 'Eino', 'Helmi', 'Onni', 'Sofia', 'Leo', 'Aada', 'Väinö'])[1 + p.h % 8],
       (array['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen'])[1 + (p.h / 8) % 8],
       case when k.by_resident then 'resident' else 'staff' end,
       case when k.by_resident then k.person else 'bench-staff-' || k.u end,
       t.starts, t.starts + (case when k.v = 0 then 30 else 25 end) * interval '1 minute',
       t.starts, t.starts + interval '30 minutes', 'onSite',
       s.status, (array['sms', 'email', 'none'])[1 + (p.h / 19) % 3], 'fi',
       case when k.v = 0 then t.starts - ((p.h / 23) % 21) * interval '1 day' end,
       k.idempotency_key, md5(k.idempotency_key),
       case when s.status in ('attended', 'noShow') then t.starts + interval '30 minutes'
            when s.status = 'cancelled' then s.cancelled_at end,
       case when s.status = 'cancelled' then s.cancelled_at end,
       case when s.status = 'cancelled' then 'resident' end,
       s.created_at, s.created_at
from (
  select r, day, slot, hashtext(r || ':' || day || ':' || slot)::bigint & 2147483647 as h
  from generate_series(0, ${slotsPerDay - 1}) slot, unnest(array[${days}]::date[]) day,
       generate_series(1, ${resources}) r
  where (hashtext(r || ':' || day || ':' || slot)::bigint & 2147483647) % 100000 < ${threshold}
  limit ${batch.count}
) p
cross join lateral (
  select (p.r - 1) / ${resourcesPerUnit} + 1 as u, (p.h / 11) % 2 as v,
         (array[${g0}, ${g1}, ${g2}])[1 + (p.h / 7) % 3] + 1 + ${skillGroups} * ((p.h / 11) % 2) as c,
         'bench-resident-' || (p.h / 13) % 200000 as person,
         (p.h / 17) % 10 < 7 as by_resident,
         'seed-' || p.r || '-' || p.day || '-' || p.slot as idempotency_key,
         -- Unique as the key is: a distinct number gives a distinct reference (migration 0006).
         (p.r::bigint * 100000 + (p.day - date '2000-01-01')) * ${slotsPerDay} + p.slot as reference_number
) k
cross join lateral (
  select (p.day + time '08:00' + p.slot * interval '30 minutes') at time zone 'Europe/Helsinki' as starts
) t
cross join lateral (
  select case
           when t.starts < now() then (case when p.h % 100 < 85 then 'attended' when p.h % 100 < 92 then 'noShow' else 'cancelled' end)
           else (case when p.h % 100 < 95 then 'booked' else 'cancelled' end)
         end as status,
         least(now(), t.starts - interval '2 days') as cancelled_at,
         least(now() - interval '1 day', t.starts - (2 + (p.h / 29) % 30) * interval '1 day') as created_at
) s`;
}

/** Splits the working days into batches of about `daysPerBatch`, sharing `total` bookings by day count. */
export function bookingBatches(days: readonly string[], total: number, daysPerBatch: number): BookingBatch[] {
  const batches: BookingBatch[] = [];
  let assigned = 0;
  for (let index = 0; index < days.length; index += daysPerBatch) {
    const batchDays = days.slice(index, index + daysPerBatch);
    const end = index + batchDays.length;
    const count = Math.round((total * end) / days.length) - assigned;
    assigned += count;
    batches.push({ days: batchDays, count });
  }
  return batches;
}
