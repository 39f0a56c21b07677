/** Illustrative content says so, visibly (the seed's sample survey is not a real consultation). */
export function IllustrativeNotice({ text }: { text: string }) {
  return <p className="rounded border-s-4 border-amber-500 bg-amber-50 p-3 text-sm font-semibold text-amber-900">{text}</p>;
}
