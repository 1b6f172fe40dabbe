// Deep enough for the nesting forms have ('careGuarantee.limitDays'); it also stops recursive types.
type MaxDepth = 4;

/**
 * The dotted path of a field in a form's input: 'name', 'name.fi', 'careGuarantee.limitDays'. A list
 * is one field (its items are not named), and a union's paths are those of all its members.
 */
export type FieldPath<Input, Depth extends unknown[] = []> = Depth['length'] extends MaxDepth
  ? never
  : Input extends readonly unknown[]
    ? never
    : Input extends object
      ? {
          [Key in keyof Input & string]-?:
            Key | `${Key}.${FieldPath<NonNullable<Input[Key]>, [...Depth, unknown]>}`;
        }[keyof Input & string]
      : never;

/** Whether a problem found at `issuePath` concerns the field at `path` or something inside it. */
export function isWithin(issuePath: readonly PropertyKey[], path: string): boolean {
  return path
    .split('.')
    .every((segment, index) => index < issuePath.length && String(issuePath[index]) === segment);
}
