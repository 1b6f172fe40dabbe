// Every component imports the foundation CSS (tokens, theme, base) itself: this barrel is free of
// side effects, so a stylesheet imported only here would be dropped from the bundle.
export { Alert, type AlertProps, type AlertVariant } from './components/Alert';
export { Button, type ButtonProps } from './components/Button';
export { Checkbox, CheckboxGroup, type CheckboxGroupProps, type CheckboxProps } from './components/Checkbox';
export { DateField, type DateFieldProps } from './components/DateField';
export { Dialog, DialogTrigger, type DialogProps } from './components/Dialog';
export { FormProblem } from './forms/FormProblem';
export type { FieldPath } from './forms/field-path';
export type { FormDraft, Unfilled } from './forms/form-draft';
export { LazyPage, type LazyPageProps } from './components/LazyPage';
export { Link, type LinkProps } from './components/Link';
export { LoadingState } from './components/LoadingState';
export { PageLayout, mainContentId, type PageLayoutProps } from './components/PageLayout';
export { PopoverDialog, type PopoverDialogProps } from './components/PopoverDialog';
export { Radio, RadioGroup, type RadioGroupProps, type RadioProps } from './components/RadioGroup';
export { Select, SelectItem, type SelectProps } from './components/Select';
export { TextAreaField, type TextAreaFieldProps } from './components/TextAreaField';
export { TextField, type TextFieldProps } from './components/TextField';
export { UiProvider } from './components/UiProvider';
export type { FieldProps, FieldTexts } from './forms/field-props';
export {
  useValidatedSubmit,
  type SubmitTarget,
  type ValidatedForm,
  type ValidatedSubmitOptions,
} from './forms/use-validated-submit';
