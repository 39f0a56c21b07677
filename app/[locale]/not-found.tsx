import { useLocale, useTranslations } from "next-intl";

export default function NotFound() {
  const t = useTranslations("notFound");
  const locale = useLocale();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <a href={`/${locale}`} className="text-brand-700 underline">
          {t("back")}
        </a>
      </p>
    </div>
  );
}
