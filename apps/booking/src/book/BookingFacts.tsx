import { Fragment, type ReactNode } from 'react';
import './booking-flow.css';

/** Label–value pairs of a booking (what, when, where, …) as a description list. */
export function BookingFacts({
  facts,
}: {
  facts: ReadonlyArray<readonly [string, ReactNode] | false | null>;
}) {
  return (
    <dl className="booking-facts">
      {facts
        .filter((fact): fact is readonly [string, ReactNode] => Array.isArray(fact))
        .map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
    </dl>
  );
}
