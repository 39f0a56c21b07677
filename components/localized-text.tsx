import type { LocalizedText as Text } from "@/lib/i18n/localized";

/**
 * Renders database text in its own language: a French fallback inside an Arabic page
 * gets lang="fr" and dir="ltr" so screen readers pronounce it right and it lays out right.
 */
export function LocalizedText({ value, as: Tag = "span", className }: { value: Text; as?: "span" | "p" | "div"; className?: string }) {
  if (!value.isFallback) return <Tag className={className}>{value.text}</Tag>;
  return (
    <Tag className={className} lang={value.lang} dir="ltr">
      {value.text}
    </Tag>
  );
}
