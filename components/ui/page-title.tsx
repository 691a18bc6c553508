import type { ReactNode } from "react";

export function PageTitle({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <header className="mb-6">
      <h1 className="text-2xl font-semibold text-stone-900">{children}</h1>
      {lead ? <p className="mt-1 text-stone-700">{lead}</p> : null}
    </header>
  );
}
