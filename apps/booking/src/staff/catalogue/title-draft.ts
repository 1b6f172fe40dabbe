import type { LocalizedText } from '@asiointi/booking-contract';

/**
 * A title typed in every language: none when all are left empty; otherwise all three, trimmed (an empty
 * one is then refused by the contract and shown at its field).
 */
export function titleOfDraft(draft: LocalizedText): LocalizedText | null {
  const trimmed = { fi: draft.fi.trim(), sv: draft.sv.trim(), en: draft.en.trim() };
  return trimmed.fi === '' && trimmed.sv === '' && trimmed.en === '' ? null : trimmed;
}
