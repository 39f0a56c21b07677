/** How a field's type is documented (translated on the open-data page, `types.*`). */
export type FieldType = "string" | "enum" | "integer" | "number" | "boolean" | "date" | "datetime" | "url" | "array" | "object";

/**
 * One documented field of an open-data record. Nested fields use a path:
 * `agenda[].titleFr` is the titleFr of each item of the agenda array.
 */
export type FieldDoc = { key: string; type: FieldType; isNullable: boolean };

/** What records need beyond the row: the portal's public origin, for page links. */
export type ExportContext = { baseUrl: string };

/** Prisma's Decimal as a JSON number (values here are counts and amounts with 2 decimals at most). */
export function decimalToNumber(value: { toString(): string }): number;
export function decimalToNumber(value: { toString(): string } | null): number | null;
export function decimalToNumber(value: { toString(): string } | null): number | null {
  return value === null ? null : Number(value.toString());
}

/** Every key path of a JSON value, as documented in FieldDoc (arrays of objects as `key[].field`). */
export function keyPaths(record: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(record).flatMap(([key, value]) => {
    const path = prefix + key;
    if (Array.isArray(value)) {
      const first = value.find((item) => item !== null && typeof item === "object");
      return [path, ...(first ? keyPaths(first as Record<string, unknown>, `${path}[].`) : [])];
    }
    if (value !== null && typeof value === "object") return [path, ...keyPaths(value as Record<string, unknown>, `${path}.`)];
    return [path];
  });
}

/** The message key of a documented field (`agenda[].titleFr` → `agenda__titleFr`): next-intl keys cannot hold dots. */
export function fieldMessageKey(key: string): string {
  return key.replace(/\[\]/g, "").replace(/\./g, "__");
}
