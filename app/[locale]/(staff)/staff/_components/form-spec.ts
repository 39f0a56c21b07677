// How a page describes a content form to <ContentForm>: plain data, labels already
// translated on the server, so one client component serves every content form.

export type Option = { value: string; label: string; lang?: "fr" | "ar" };

export type FieldSpec = {
  name: string;
  label: string;
  kind: "text" | "textarea" | "date" | "decimal" | "number" | "url" | "select" | "checkbox" | "checkboxes";
  hint?: string;
  /** The language the text is written in; the input gets its lang and direction. */
  lang?: "fr" | "ar";
  options?: Option[];
  /** A select's "none" choice, when the field may be left empty. */
  emptyOption?: string;
  maxLength?: number;
  rows?: number;
};

export type FormSection = { legend?: string; intro?: string; fields: FieldSpec[] };

/** The French and Arabic inputs of one bilingual column pair ("titleFr", "titleAr"). */
export function bilingualFields(base: string, labels: { fr: string; ar: string }, options: Partial<FieldSpec> & { kind?: "text" | "textarea" } = {}): FieldSpec[] {
  return [
    { kind: "text", ...options, name: `${base}Fr`, label: labels.fr, lang: "fr" },
    { kind: "text", ...options, name: `${base}Ar`, label: labels.ar, lang: "ar" },
  ];
}

/** A DATE column as an <input type="date"> value. */
export const dayValue = (date: Date | null | undefined): string => (date ? date.toISOString().slice(0, 10) : "");
