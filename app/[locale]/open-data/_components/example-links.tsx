/** Addresses of an endpoint or a feed: an optional description, then each address as a link with what it returns. */
export function ExampleLinks({
  heading,
  description,
  examples,
}: {
  heading: string;
  description?: string;
  examples: { label?: string; url: string }[];
}) {
  return (
    <div className="space-y-2">
      <h3 className="font-semibold text-brand-900">{heading}</h3>
      {description && <p>{description}</p>}
      <ul className="space-y-2">
        {examples.map((example) => (
          <li key={example.url}>
            {example.label && <span className="block">{example.label}</span>}
            <a href={example.url} dir="ltr" className="break-all font-mono text-[0.8125rem] text-brand-800 underline">
              {example.url}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
