import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/foundation.css';
import './text-area-field.css';

// How long typing must pause before the count is read out: a screen reader user hears it once per
// pause, not after every keystroke.
const announceAfterMs = 1000;

export interface CharacterCountProps {
  /** The visible count's id, for the field's aria-describedby. */
  id: string;
  count: number;
  limit: number;
}

/**
 * How much of a field's limit is used ("120 / 1 000 merkkiä"), or by how much the text goes over it
 * ("20 merkkiä liikaa"). The visible count describes the field (read on focus); a separate polite
 * live region repeats it once typing pauses.
 */
export function CharacterCount({ id, count, limit }: CharacterCountProps) {
  const { t } = useTranslation();
  const tooMany = count - limit;
  const isOver = tooMany > 0;
  const text = isOver
    ? t('field.charactersTooMany', { count: tooMany })
    : t('field.characterCount', { used: count, limit });
  const [announcement, setAnnouncement] = useState('');
  // What was last announced, or shown at first: nothing new to say while the text is still that.
  const lastSaid = useRef(text);

  useEffect(() => {
    if (text === lastSaid.current) return;
    const timer = setTimeout(() => {
      lastSaid.current = text;
      setAnnouncement(text);
    }, announceAfterMs);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <>
      <span
        id={id}
        className={`asi-text-area-field__count${isOver ? ' asi-text-area-field__count--over' : ''}`}
      >
        {/* Over the limit, a mark as well as the colour: colour alone is not enough. The words say it. */}
        {isOver ? (
          <span className="asi-text-area-field__count-mark" aria-hidden="true">
            !
          </span>
        ) : null}
        {text}
      </span>
      <span className="asi-visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </>
  );
}
