// One live region per form for its overall result, so a screen reader hears it once.
export function FormMessage({ error, success }: { error?: string | null; success?: string | null }) {
  return (
    <div aria-live="polite" className="min-h-6">
      {error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 font-medium text-red-900">
          {error}
        </p>
      ) : success ? (
        <p className="rounded-md border border-brand-100 bg-brand-50 px-3 py-2 font-medium text-brand-800">{success}</p>
      ) : null}
    </div>
  );
}
