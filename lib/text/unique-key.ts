import "server-only";
/**
 * A stable machine key made from a name ("Winter coat" → "winter-coat"; accents dropped, 32
 * characters at most), with "-2", "-3"... added while `taken` says the key is already used.
 * Catalogue items and vaccines are keyed this way: reports and seeds refer to them by key.
 */
export async function uniqueKeyFrom(name: string, fallback: string, taken: (key: string) => Promise<boolean>): Promise<string> {
  const base = keyFrom(name) || fallback;
  let key = base;
  for (let suffix = 2; await taken(key); suffix++) key = `${base}-${suffix}`;
  return key;
}

function keyFrom(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 32);
}
