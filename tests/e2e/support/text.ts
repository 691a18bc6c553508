// Small text helpers the specs share: how the app writes a code, an id in an address, a message
// inside a server action's answer.

export const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** A participant's code as the app shows it: two groups of three ("K7Q 2M4"). */
export const formatCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

/** The code read back from the page, without the space between its groups. */
export const codeFrom = (text: string | null) => (text ?? "").replace(/\s/g, "");

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The JSON text of a message, as it appears in a server action's RSC answer. */
export const inPayload = (text: string) => JSON.stringify(text).slice(1, -1);
