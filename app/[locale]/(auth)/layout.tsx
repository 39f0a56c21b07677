import type { Metadata } from "next";
import { FormMessages } from "@/components/forms/form-messages";

// Depends on the visitor (query string, session or cookie): rendered for each request, never cached.
export const dynamic = "force-dynamic";

// Sign-in and set-password pages are not for search engines.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function AuthLayout({ children }: LayoutProps<"/[locale]">) {
  return <FormMessages namespaces={["auth", "forms"]}>{children}</FormMessages>;
}
