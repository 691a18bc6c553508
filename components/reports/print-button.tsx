"use client";

/** The browser's print dialog; "Save as PDF" there gives the clean report (see globals.css @media print). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="min-h-11 rounded-md border border-stone-400 bg-white px-4 print:hidden">
      {label}
    </button>
  );
}
