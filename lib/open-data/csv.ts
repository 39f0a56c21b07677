import { stringify } from "csv-stringify/sync";

/** Byte order mark: without it, spreadsheet software guesses a legacy encoding and garbles accents and Arabic. */
export const UTF8_BOM = "\uFEFF";

export type CsvValue = string | number | boolean | null;

/**
 * Rows as RFC 4180 CSV: comma-separated, fields with a comma, a quote or a line break
 * quoted, quotes doubled, every record ended by CRLF (so chunks can be concatenated as
 * they stream). null is an empty cell; booleans read true/false, as in the JSON.
 */
export function toCsvRecords(rows: readonly (readonly CsvValue[])[]): string {
  if (rows.length === 0) return "";
  return stringify(rows as CsvValue[][], {
    record_delimiter: "windows",
    // Given a record delimiter, the library stops quoting a lone \n or \r; RFC 4180 wants them quoted.
    quote_record_delimiter: true,
    eof: true,
    cast: { boolean: (value) => (value ? "true" : "false") },
    // Security: spreadsheet software runs a text cell that starts with = + - @ (or a tab or
    // carriage return, or their full-width forms) as a formula, so a project title such as
    // =HYPERLINK(...) typed by an editor would become live code on the machine of whoever
    // opens the export. The library prefixes such text cells with an apostrophe (OWASP "CSV
    // injection"); numbers are left alone, so -1 stays a number.
    escape_formulas: true,
  });
}
