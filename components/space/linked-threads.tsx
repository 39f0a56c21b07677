import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import { findPublicThreadsForProject, findPublicThreadsForSession, type LinkedThread } from "@/lib/data/space-links";
import type { Locale } from "@/lib/i18n/routing";
import { linkClass } from "./format";
import { PostTime } from "@/components/space/post-time";

// On the public project and session pages: the space's threads linked to them. Only
// threads of public categories, for every visitor alike (no session read here), so these
// pages stay the same for everyone and never show a restricted thread.

async function ThreadList({ locale, threads }: { locale: Locale; threads: LinkedThread[] }) {
  const t = await getTranslations({ locale, namespace: "space" });
  return (
    <ul className="space-y-2">
      {threads.map((thread) => (
        <li key={thread.id}>
          <LocaleLink locale={locale} href={`/space/threads/${thread.id}`} className={`${linkClass} font-medium`}>
            <bdi>{thread.title}</bdi>
          </LocaleLink>
          <span className="block text-sm text-slate-700">
            {t("linked.meta", { count: thread.postCount })} · <PostTime locale={locale} value={thread.lastPostAt} />
          </span>
        </li>
      ))}
    </ul>
  );
}

export async function ProjectDiscussions({ locale, projectId, projectSlug }: { locale: Locale; projectId: number; projectSlug: string }) {
  const [t, { threads, total }] = await Promise.all([getTranslations({ locale, namespace: "space" }), findPublicThreadsForProject(projectId)]);
  return (
    <section aria-labelledby="discussions-title" className="space-y-3" data-testid="project-discussions">
      <h2 id="discussions-title" className="text-2xl font-semibold text-brand-900">
        {t("linked.heading")}
      </h2>
      {threads.length === 0 ? <p>{t("linked.noneForProject")}</p> : <ThreadList locale={locale} threads={threads} />}
      <p>
        <LocaleLink locale={locale} href={`/space/projects/${projectSlug}`} className={linkClass}>
          {total > threads.length ? t("linked.allForProject", { count: total }) : t("linked.discussProject")}
        </LocaleLink>
      </p>
    </section>
  );
}

/** Nothing when no public thread is linked: most of a session's discussions are the staff's. */
export async function SessionDiscussions({ locale, sessionNumber }: { locale: Locale; sessionNumber: number }) {
  const { threads } = await findPublicThreadsForSession(sessionNumber);
  if (threads.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "space" });
  return (
    <section aria-labelledby="discussions-title" className="space-y-3" data-testid="session-discussions">
      <h2 id="discussions-title" className="text-2xl font-semibold text-brand-900">
        {t("linked.heading")}
      </h2>
      <ThreadList locale={locale} threads={threads} />
    </section>
  );
}
