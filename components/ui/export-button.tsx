// An export is a form that POSTs from our own page: the route answers only a same-origin request
// (lib/security/export-request.ts), so a link or an image on another site downloads nothing.
// The answer is a file (Content-Disposition: attachment): the browser saves it and stays here.
export function ExportButton({ action, fields = {}, label, variant = "secondary" }: { action: string; fields?: Record<string, string>; label: string; variant?: "primary" | "secondary" | "link" }) {
  const look = {
    primary: "inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-white",
    secondary: "inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4",
    link: "min-h-11 underline",
  }[variant];
  return (
    <form method="post" action={action} className="inline">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={look}>{label}</button>
    </form>
  );
}
