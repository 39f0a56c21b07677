/** Example addresses of an endpoint: what each returns, then the address itself as a link. */
export function ExampleLinks({ heading, examples }: { heading: string; examples: { label: string; url: string }[] }) {
  return (
    <div className="space-y-2">
      <h3 className="font-semibold text-brand-900">{heading}</h3>
      <ul className="space-y-2">
        {examples.map((example) => (
          <li key={example.url}>
            <span className="block">{example.label}</span>
            <a href={example.url} dir="ltr" className="break-all font-mono text-[0.8125rem] text-brand-800 underline">
              {example.url}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
