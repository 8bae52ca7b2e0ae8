import { type FormEvent, useState } from "react";

/**
 * A form's values and their validation: errors show once the member first tries to submit, and
 * `onValid` runs only when there are none.
 */
export function useFormState<F>(initial: () => F, validate: (form: F) => Record<string, string>) {
  const [form, setForm] = useState<F>(initial);
  const [submitted, setSubmitted] = useState(false);
  const errors = validate(form);
  const valid = Object.keys(errors).length === 0;
  return {
    form,
    setForm,
    errors,
    valid,
    submitted,
    /** A field's error, once the form was submitted. */
    shown: (key: string): string | undefined => (submitted ? errors[key] : undefined),
    submitWith: (onValid: (form: F) => void) => (event: FormEvent) => {
      event.preventDefault();
      setSubmitted(true);
      if (valid) onValid(form);
    },
  };
}
