/** "Eetu Virtanen": how a booking names whom it is for. */
export function personName(person: { given: string; family: string }): string {
  return `${person.given} ${person.family}`;
}
