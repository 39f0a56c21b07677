type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The labels of components/pagination.tsx, from the "space" namespace. */
export function paginationLabels(t: Translate) {
  return { nav: t("pagination.label"), previous: t("pagination.previous"), next: t("pagination.next"), page: (page: number) => t("pagination.page", { page }) };
}
