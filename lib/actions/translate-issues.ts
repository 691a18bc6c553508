// Schema messages are either our keys ("validation.required") or zod's own message, which zod
// already wrote in the user's language. Shared by server actions and client-side forms.
export type Translate = (key: string, values?: Record<string, string | number>) => string;

// "<namespace>.validation.x" and "<namespace>.errors.x" let a domain keep its messages in its own namespace.
const KEY = /^([a-z]+\.)?(validation|errors)\.[A-Za-z0-9_.]+$/;

export function translateIssue(message: string, t: Translate): string {
  return KEY.test(message) ? t(message) : message;
}
