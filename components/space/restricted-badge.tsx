/** Marks a category (and its threads) that only the programme's staff can read. */
export function RestrictedBadge({ label }: { label: string }) {
  return <span className="inline-block rounded border border-amber-500 bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900">{label}</span>;
}

export function LockedBadge({ label }: { label: string }) {
  return <span className="inline-block rounded border border-slate-400 bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-800">{label}</span>;
}
