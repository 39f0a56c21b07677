import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("notFound");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
