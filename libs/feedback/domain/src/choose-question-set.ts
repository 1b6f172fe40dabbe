// Which client set a feedback request uses: the children's set for ages 7–12 when the event tells the age,
// otherwise the general form. (The smiley set is chosen by staff for a client, never guessed from an age.)
import type { QuestionSetKey } from '@asiointi/feedback-contract';

export function questionSetForAge(age: number | undefined): Extract<QuestionSetKey, 'general' | 'children'> {
  return age !== undefined && age >= 7 && age <= 12 ? 'children' : 'general';
}
