import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnavailableRelation } from './acting-choices';
import { refusalMessageKey } from './refusal-message-key';

/** The people the resident cannot act for now, each with the reason. */
export function UnavailableRelations({ relations }: { relations: UnavailableRelation[] }) {
  const { t } = useTranslation('shell');
  const headingId = useId();
  if (relations.length === 0) return null;
  return (
    <section className="shell-unavailable" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('acting.unavailableHeading')}</h3>
      <ul>
        {relations.map((relation) => (
          <li key={relation.subject}>
            <strong>{relation.displayName}</strong>
            <br />
            {t(refusalMessageKey(relation.reason), { given: relation.givenName })}
          </li>
        ))}
      </ul>
    </section>
  );
}
