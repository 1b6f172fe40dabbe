import { useId, type ReactNode } from 'react';
import './time-picker.css';

/** A professional's times on one day: the name once, as the group's heading and accessible name. */
export function ProfessionalGroup({ name, children }: { name: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <div role="group" aria-labelledby={headingId} className="booking-professional-times">
      <h4 id={headingId}>{name}</h4>
      {children}
    </div>
  );
}
