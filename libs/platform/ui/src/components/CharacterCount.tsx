import { useEffect, useRef, useState } from 'react';
import '../styles/foundation.css';
import './text-area-field.css';

// How long typing must pause before the count is read out: a screen reader user hears it once per
// pause, not after every keystroke.
const announceAfterMs = 1000;

export interface CharacterCountProps {
  /** The visible count's id, for the field's aria-describedby. */
  id: string;
  count: number;
  maxLength: number;
  /** The caller's words, e.g. (120, 1000) => "120 / 1000 merkkiä". */
  format: (count: number, maxLength: number) => string;
}

/**
 * How much of a field's limit is used. The visible count describes the field (read on focus); a
 * separate polite live region repeats it once typing pauses.
 */
export function CharacterCount({ id, count, maxLength, format }: CharacterCountProps) {
  const text = format(count, maxLength);
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
      <span id={id} className="asi-text-area-field__count">
        {text}
      </span>
      <span className="asi-visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </>
  );
}
