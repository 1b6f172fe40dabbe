/** A field not filled in yet: the schema, not the type, says whether that may be sent. */
export type Unfilled = null | undefined;

/**
 * What a form holds for a schema's input while it is being filled in. Every key of the input stays
 * (a field the schema gains is a compile error in each form that does not fill it), but any field may
 * still be unfilled, and the schema judges the rest when the form is sent.
 */
export type FormDraft<Input> = Input extends readonly (infer Item)[]
  ? FormDraft<Item>[]
  : Input extends object
    ? { [Key in keyof Input]: FormDraft<Input[Key]> | Unfilled }
    : Input;
