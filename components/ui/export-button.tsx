// An export is a link on our own page: the route answers only a same-origin request
// (lib/security/export-request.ts), so a link or an image on another site downloads nothing.
// Not a form POST: with Referrer-Policy no-referrer a browser sends "Origin: null" on a form
// navigation, which the proxy refuses; a click on this link says Sec-Fetch-Site: same-origin.
export function ExportButton({ href, query = {}, label, variant = "secondary" }: { href: string; query?: Record<string, string>; label: string; variant?: "primary" | "secondary" | "link" }) {
  const look = {
    primary: "inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-white",
    secondary: "inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4",
    link: "underline",
  }[variant];
  const search = new URLSearchParams(query).toString();
  return (
    <a href={search ? `${href}?${search}` : href} download className={look}>
      {label}
    </a>
  );
}
